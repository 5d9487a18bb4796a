package org.briefkit.analysis.provenance;

/**
 * A normalised quote (or part of one) to look for, by Knuth–Morris–Pratt, so that a search
 * takes time linear in the text searched whatever the quote. Its first letter matches in either
 * case (a quote may start a sentence the source does not, or the other way round); the rest is
 * compared exactly.
 */
final class Needle {
  private final String key;
  private final char other;
  private final int[] failure;

  private Needle(String key) {
    this.key = key;
    char first = key.charAt(0);
    this.other = Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first);
    this.failure = failure(key.substring(1));
  }

  /** A needle for {@code key}, a normalised text that is not empty. */
  static Needle of(String key) {
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a needle is not empty");
    }
    return new Needle(key);
  }

  /** The normalised text looked for. */
  String key() {
    return key;
  }

  /** Its length, in characters. */
  int length() {
    return key.length();
  }

  /**
   * The first index at or after {@code from} where it occurs in {@code text}, or -1. One pass
   * finds both forms of the first letter: the rest of the needle is looked for, and each match
   * kept if the character before it is the first letter in either case.
   */
  int find(String text, int from) {
    int start = Math.max(0, from);
    char first = key.charAt(0);
    if (key.length() == 1) {
      for (int i = start; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == first || c == other) {
          return i;
        }
      }
      return -1;
    }
    int tail = key.length() - 1;
    int k = 0;
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      while (k > 0 && key.charAt(k + 1) != c) {
        k = failure[k - 1];
      }
      if (key.charAt(k + 1) == c) {
        k++;
      }
      if (k == tail) {
        char before = text.charAt(i - tail);
        if (before == first || before == other) {
          return i - tail;
        }
        k = failure[k - 1];
      }
    }
    return -1;
  }

  private static int[] failure(String p) {
    int[] f = new int[p.length()];
    int k = 0;
    for (int i = 1; i < p.length(); i++) {
      while (k > 0 && p.charAt(k) != p.charAt(i)) {
        k = f[k - 1];
      }
      if (p.charAt(k) == p.charAt(i)) {
        k++;
      }
      f[i] = k;
    }
    return f;
  }
}
