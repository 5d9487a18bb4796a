package org.briefkit.analysis.provenance;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text as quotes are compared: every run of whitespace one space (none at either end), every
 * quote mark (straight, curly, guillemets, primes) one apostrophe, and dashes left out together
 * with the spaces around them, so that hyphen, en dash, em dash, minus and figure dash compare
 * equal, "Korea – NATO" equals "Korea–NATO", and a word hyphenated at a line end
 * ("inter-\nrelated") equals both "interrelated" and "inter-related". Compatibility characters
 * are unfolded (the ligature "ﬁ" is "fi", "…" is "..."); soft hyphens and zero-width characters
 * are dropped. Case is kept.
 *
 * <p>Each character of the result knows the index of the character of the original it came from,
 * so that a passage found in the normalised text can be quoted as the original writes it.
 */
final class Normalized {
  private static final String QUOTES = "\"'`´‘’‚‛“”„‟«»‹›′″";
  private static final String DASHES = "-‐‑‒–—―−⁃﹘﹣－";
  private static final String DROPPED = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";

  private final String text;
  private final int[] origin;

  private Normalized(String text, int[] origin) {
    this.text = text;
    this.origin = origin;
  }

  /** The normalised form of {@code s}. */
  static Normalized of(CharSequence s) {
    Builder b = new Builder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      String one = cp < 0xA0 ? null : new String(Character.toChars(cp));
      if (one == null || Normalizer.isNormalized(one, Normalizer.Form.NFKC)) {
        b.add(cp, i);
      } else {
        String unfolded = Normalizer.normalize(one, Normalizer.Form.NFKC);
        for (int k = 0; k < unfolded.length(); ) {
          int u = unfolded.codePointAt(k);
          b.add(u, i);
          k += Character.charCount(u);
        }
      }
      i += Character.charCount(cp);
    }
    return b.build();
  }

  /** The normalised form of {@code s}, as a string. */
  static String key(CharSequence s) {
    return of(s).text;
  }

  /** The normalised text. */
  String text() {
    return text;
  }

  /** The index in the original of the character that gave normalised character {@code i}. */
  int origin(int i) {
    return origin[i];
  }

  /** The length of the normalised text. */
  int length() {
    return text.length();
  }

  private static final class Builder {
    private final StringBuilder out;
    private int[] origin;
    private boolean afterDash;

    Builder(int capacity) {
      out = new StringBuilder(capacity);
      origin = new int[Math.max(16, capacity)];
    }

    void add(int cp, int at) {
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && !afterDash) {
          append(' ', at);
        }
        return;
      }
      if (DROPPED.indexOf(cp) >= 0) {
        return;
      }
      if (DASHES.indexOf(cp) >= 0) {
        if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
          out.setLength(out.length() - 1);
        }
        afterDash = true;
        return;
      }
      afterDash = false;
      if (QUOTES.indexOf(cp) >= 0) {
        append('\'', at);
      } else if (Character.isBmpCodePoint(cp)) {
        append((char) cp, at);
      } else {
        append(Character.highSurrogate(cp), at);
        append(Character.lowSurrogate(cp), at);
      }
    }

    private void append(char c, int at) {
      if (out.length() == origin.length) {
        origin = Arrays.copyOf(origin, origin.length * 2);
      }
      origin[out.length()] = at;
      out.append(c);
    }

    Normalized build() {
      if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
        out.setLength(out.length() - 1);
      }
      return new Normalized(out.toString(), Arrays.copyOf(origin, out.length()));
    }
  }
}
