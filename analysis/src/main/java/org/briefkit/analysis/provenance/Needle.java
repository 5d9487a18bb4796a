package org.briefkit.analysis.provenance;

/**
 * A normalised quote (or part of one) to look for, by Knuth–Morris–Pratt, so that a search
 * takes time linear in the text searched whatever the quote. Its first letter matches in either
 * case (a quote may start a sentence the source does not, or the other way round); the rest is
 * compared exactly.
 */
final class Needle {
  private final String key;
  private final String toggled;
  private final int[] failure;
  private final int[] toggledFailure;

  private Needle(String key) {
    this.key = key;
    char first = key.charAt(0);
    char other = Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first);
    this.toggled = other == first ? null : other + key.substring(1);
    this.failure = failure(key);
    this.toggledFailure = toggled == null ? null : failure(toggled);
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

  /** The first index at or after {@code from} where it occurs in {@code text}, or -1. */
  int find(String text, int from) {
    int a = find(text, from, key, failure);
    if (toggled == null) {
      return a;
    }
    int b = find(text, from, toggled, toggledFailure);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  private static int find(String text, int from, String p, int[] failure) {
    int k = 0;
    for (int i = Math.max(0, from); i < text.length(); i++) {
      char c = text.charAt(i);
      while (k > 0 && p.charAt(k) != c) {
        k = failure[k - 1];
      }
      if (p.charAt(k) == c) {
        k++;
      }
      if (k == p.length()) {
        return i - k + 1;
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
