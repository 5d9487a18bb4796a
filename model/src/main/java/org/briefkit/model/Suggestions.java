package org.briefkit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * "Did you mean" suggestions for misspelt ids and field names: the closest candidate by edit
 * distance, if it is close enough to be a plausible typo.
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code wanted}, if its edit distance is at most a third of the
   * longer of the two (and at least 1, so one-letter slips are always caught). Ties go to the
   * candidate that comes first.
   */
  public static Optional<String> closest(String wanted, Iterable<String> candidates) {
    Objects.requireNonNull(wanted, "wanted must not be null");
    Objects.requireNonNull(candidates, "candidates must not be null");
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (Math.abs(wanted.length() - c.length()) > allowed(wanted, c)) {
        continue; // too far apart to be a typo, whatever the letters: skip the work
      }
      int d = distance(wanted, c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    // The distance ignores case, so a candidate at distance 0 may still differ in case.
    if (best == null || best.equals(wanted)) {
      return Optional.empty();
    }
    return bestDistance <= allowed(wanted, best) ? Optional.of(best) : Optional.empty();
  }

  private static int allowed(String wanted, String candidate) {
    return Math.max(1, Math.max(wanted.length(), candidate.length()) / 3);
  }

  /** The message suffix {@code " (did you mean \"x\"?)"}, or an empty string. */
  public static String didYouMean(String wanted, Iterable<String> candidates) {
    return closest(wanted, candidates).map(c -> " (did you mean \"" + c + "\"?)").orElse("");
  }

  /**
   * Edit distance counting insertions, deletions, substitutions and swaps of two adjacent
   * letters ("titel" is one edit from "title"), case-insensitive on ASCII letters.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      char ca = Character.toLowerCase(a.charAt(i - 1));
      for (int j = 1; j <= b.length(); j++) {
        char cb = Character.toLowerCase(b.charAt(j - 1));
        int cost = ca == cb ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && ca == Character.toLowerCase(b.charAt(j - 2))
            && Character.toLowerCase(a.charAt(i - 2)) == cb) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
