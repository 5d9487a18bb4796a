package org.briefkit.report.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/** Plain-text helpers: paragraphs and lines of a case's free text, clipping. */
public final class Text {
  private Text() {}

  /** The paragraphs of a text: blank lines separate them, single line breaks are spaces. */
  public static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String block : text.strip().split("\\n\\s*\\n")) {
      String p = flow(block);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** The text on one line: line breaks and the space around them become one space. */
  public static String flow(String text) {
    return text.strip().replaceAll("\\s*\\n\\s*", " ");
  }

  /** Shortens {@code text} to at most {@code max} characters, at a word boundary, with "…". */
  public static String clip(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String cut = text.substring(0, max - 1);
    int space = cut.lastIndexOf(' ');
    if (space > max / 2) {
      cut = cut.substring(0, space);
    }
    return cut.replaceAll("[\\s,;:.–-]+$", "") + "…";
  }
}
