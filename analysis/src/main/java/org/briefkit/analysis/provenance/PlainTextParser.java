package org.briefkit.analysis.provenance;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.TextCopy;

/**
 * Plain text into blocks. Paragraphs are separated by blank lines ({@code paragraphs:
 * blank-lines}) or are single lines ({@code paragraphs: lines}). A form feed starts a new page,
 * and so a new paragraph, as {@code pdftotext} writes one between pages (a last form feed at
 * the end of the text opens no page).
 *
 * <p>A block is a heading when it is one line of at most {@value #HEADING_WORDS} words that does
 * not end, before any closing quote marks or brackets, with {@code .}, {@code ,}, {@code ;},
 * {@code :} or an ellipsis: a title, "2.3 Cyber defence", "Why was Yoon invited?". So in {@code
 * lines} mode a short line without final punctuation is a heading too. Plain-text headings have
 * no levels: all are level 1.
 */
final class PlainTextParser {
  /** The most words a heading has. */
  static final int HEADING_WORDS = 16;

  private PlainTextParser() {}

  /** The blocks of {@code text}, whose line ends are {@code \n}. */
  static List<Block> parse(String text, TextCopy.Paragraphs paragraphs) {
    List<Block> blocks = new ArrayList<>();
    String[] pages = text.split("\f", -1);
    int count = pages.length;
    if (count > 1 && pages[count - 1].isBlank()) {
      count--;
    }
    for (int p = 0; p < count; p++) {
      List<String> lines = new ArrayList<>();
      for (String line : pages[p].split("\n", -1)) {
        String l = line.strip();
        if (l.isEmpty()) {
          add(blocks, lines, p + 1);
        } else {
          lines.add(l);
          if (paragraphs == TextCopy.Paragraphs.LINES) {
            add(blocks, lines, p + 1);
          }
        }
      }
      add(blocks, lines, p + 1);
    }
    return blocks;
  }

  /** The number of pages of {@code text}: 0 without form feeds. */
  static int pages(String text) {
    if (text.indexOf('\f') < 0) {
      return 0;
    }
    String[] pages = text.split("\f", -1);
    return pages.length > 1 && pages[pages.length - 1].isBlank() ? pages.length - 1 : pages.length;
  }

  private static void add(List<Block> blocks, List<String> lines, int page) {
    if (lines.isEmpty()) {
      return;
    }
    String text = String.join("\n", lines);
    if (Blocks.hasWords(text)) {
      blocks.add(isHeading(lines) ? Block.heading(1, text, page) : Block.paragraph(text, page));
    }
    lines.clear();
  }

  /** Whether a block of {@code lines} reads as a heading (see the class comment). */
  static boolean isHeading(List<String> lines) {
    if (lines.size() != 1) {
      return false;
    }
    String line = lines.get(0).strip();
    if (line.split("\\s+").length > HEADING_WORDS) {
      return false;
    }
    int end = line.length();
    while (end > 0 && ")]}\"'”’»".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".,;:…".indexOf(line.charAt(end - 1)) < 0;
  }
}
