package org.briefkit.analysis.changes;

/**
 * Long texts shortened for a line of the text rendering: whitespace (line breaks included) run
 * together, then cut at a word boundary with an ellipsis. Two versions of one text are shortened
 * around where they first differ, so that the difference shows.
 */
final class Shortening {
  private static final String ELLIPSIS = "…";
  /** How much of the common start to keep before the first difference. */
  private static final int LEAD = 15;

  private Shortening() {}

  /** {@code text} on one line, shortened to {@code limit} characters. */
  static String of(String text, int limit) {
    return cut(oneLine(text), limit);
  }

  /**
   * {@code text}, one of two versions of a text, on one line and shortened to {@code limit}
   * characters so that where it differs from {@code other} shows: when the two share a start
   * longer than fits, the start is elided.
   */
  static String against(String text, String other, int limit) {
    String t = oneLine(text);
    if (length(t) <= limit) {
      return t;
    }
    String o = oneLine(other);
    int common = 0;
    while (common < t.length() && common < o.length() && t.charAt(common) == o.charAt(common)) {
      common++;
    }
    if (common + LEAD <= limit) {
      return cut(t, limit);
    }
    // Start a word before the difference, or earlier when the rest of the shorter text is
    // short, so that its line is filled to its end; both versions start at the same word.
    int from = Math.max(0, Math.min(common - LEAD, Math.min(t.length(), o.length()) - (limit - 1)));
    int space = t.indexOf(' ', from);
    return space < 0 || space >= common ? cut(t, limit) : cut(ELLIPSIS + t.substring(space + 1), limit);
  }

  /** {@code text} with every run of whitespace made one space, trimmed. */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The length of {@code text} in characters as a reader counts them (code points). */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String cut(String text, int limit) {
    if (length(text) <= limit) {
      return text;
    }
    int end = text.offsetByCodePoints(0, limit - 1);
    int space = text.lastIndexOf(' ', end);
    if (space > end / 2) {
      end = space;
    }
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }
}
