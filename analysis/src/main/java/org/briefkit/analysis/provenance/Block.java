package org.briefkit.analysis.provenance;

/**
 * A block as a parser finds it, before paragraphs are numbered and sections found: a heading
 * (with its level, 1 for plain text) or a paragraph, its text, and the page it starts on (1 for
 * a text without page marks).
 */
record Block(boolean heading, int level, String text, int page) {
  static Block heading(int level, String text, int page) {
    return new Block(true, level, text, page);
  }

  static Block paragraph(String text, int page) {
    return new Block(false, 0, text, page);
  }
}
