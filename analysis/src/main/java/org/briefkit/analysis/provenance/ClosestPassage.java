package org.briefkit.analysis.provenance;

import java.util.List;
import java.util.Optional;

/**
 * The passage of a place closest to a quote that is not in it: approximate substring matching
 * by Sellers' algorithm (the edit distance between the quote and the best-matching stretch of
 * the text, a match free to start anywhere) over the normalised text, block by block, the first
 * letter compared in either case as in {@link Needle}.
 *
 * <p>The cost is bounded: a quote is cut to its first {@value #MAX_QUOTE} normalised characters,
 * and at most {@value #MAX_CELLS} cells (quote characters × text characters) are computed per
 * quote, so a place longer than {@code MAX_CELLS / quote length} characters (20,000 for a
 * 200-character quote, 200,000 for a 20-character one) is searched from its start up to that
 * length. A passage is offered only if at most half of the quote's characters must change.
 */
final class ClosestPassage {
  /** The longest quote compared, in normalised characters. */
  static final int MAX_QUOTE = 300;

  /** The most cells of the edit-distance table computed for one quote. */
  static final long MAX_CELLS = 4_000_000L;

  /**
   * A stretch of a block's normalised text.
   *
   * @param block the block's index
   * @param start the first character
   * @param end the character after the last
   * @param distance the edit distance to the quote
   */
  record Match(int block, int start, int end, int distance) {}

  private ClosestPassage() {}

  /** The stretch of blocks {@code from} to {@code to} of {@code keys} closest to {@code quote}, if close enough. */
  static Optional<Match> in(List<String> keys, int from, int to, String quote) {
    String p = quote.length() > MAX_QUOTE ? quote.substring(0, MAX_QUOTE) : quote;
    int m = p.length();
    long budget = MAX_CELLS;
    Match best = null;
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    int[] prevStart = new int[m + 1];
    int[] curStart = new int[m + 1];
    for (int b = from; b < to && budget > 0; b++) {
      String t = keys.get(b);
      int n = (int) Math.min(t.length(), budget / m);
      budget -= (long) n * m;
      for (int i = 0; i <= m; i++) {
        prev[i] = i;
        prevStart[i] = 0;
      }
      for (int j = 1; j <= n; j++) {
        char c = t.charAt(j - 1);
        cur[0] = 0;
        curStart[0] = j;
        for (int i = 1; i <= m; i++) {
          int sub = prev[i - 1] + (same(p, i - 1, c) ? 0 : 1);
          int start = prevStart[i - 1];
          if (prev[i] + 1 < sub) {
            sub = prev[i] + 1;
            start = prevStart[i];
          }
          if (cur[i - 1] + 1 < sub) {
            sub = cur[i - 1] + 1;
            start = curStart[i - 1];
          }
          cur[i] = sub;
          curStart[i] = start;
        }
        if (best == null || cur[m] < best.distance()) {
          best = new Match(b, curStart[m], j, cur[m]);
        }
        int[] swap = prev;
        prev = cur;
        cur = swap;
        swap = prevStart;
        prevStart = curStart;
        curStart = swap;
      }
    }
    return best != null && best.distance() * 2 <= m ? Optional.of(best) : Optional.empty();
  }

  private static boolean same(String p, int i, char c) {
    char q = p.charAt(i);
    return q == c || (i == 0 && Character.toLowerCase(q) == Character.toLowerCase(c));
  }
}
