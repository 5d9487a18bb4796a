package org.briefkit.analysis.provenance;

/** What the parsers share about the text of a block. */
final class Blocks {
  private Blocks() {}

  /**
   * Whether {@code text} holds a letter or a digit: a block without any ("* * *", "---") is a
   * separator, not a paragraph, and is left out.
   */
  static boolean hasWords(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** {@code text} with each run of spaces, tabs and no-break spaces one space, no blank at either end of a line, no blank line. */
  static String tidy(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      String l = line.replaceAll("\\h+", " ").strip();
      if (!l.isEmpty()) {
        b.append(b.length() == 0 ? "" : "\n").append(l);
      }
    }
    return b.toString();
  }
}
