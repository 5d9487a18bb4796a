package org.briefkit.report.xlsx;

/**
 * The text of a string cell as Excel shows it. Excel writes characters XML cannot hold (a
 * carriage return, other control characters) as {@code _xHHHH_}; they are read back as the
 * characters they stand for, as Excel and POI read them.
 */
final class TextRuns {
  private TextRuns() {}

  /** {@code text} with each {@code _xHHHH_} replaced by its character. */
  static String decode(String text) {
    int at = text.indexOf("_x");
    if (at < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int done = 0;
    while (at >= 0) {
      if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && hex(text, at + 2, at + 6)) {
        out.append(text, done, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
        done = at + 7;
        at = text.indexOf("_x", done);
      } else {
        at = text.indexOf("_x", at + 1);
      }
    }
    return out.append(text, done, text.length()).toString();
  }

  private static boolean hex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
