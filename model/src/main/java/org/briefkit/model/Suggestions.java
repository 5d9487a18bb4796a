package org.briefkit.model;

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
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
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
    int allowed = Math.max(1, Math.max(wanted.length(), best.length()) / 3);
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** The message suffix {@code " (did you mean \"x\"?)"}, or an empty string. */
  public static String didYouMean(String wanted, Iterable<String> candidates) {
    return closest(wanted, candidates).map(c -> " (did you mean \"" + c + "\"?)").orElse("");
  }

  /** Levenshtein distance, case-insensitive on ASCII letters. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      char ca = Character.toLowerCase(a.charAt(i - 1));
      for (int j = 1; j <= b.length(); j++) {
        int cost = ca == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
