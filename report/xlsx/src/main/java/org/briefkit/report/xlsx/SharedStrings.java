package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings ({@code xl/sharedStrings.xml}), which cells of type {@code s}
 * name by index: each string's text, the runs of rich text joined, phonetic guides (a reading
 * shown above East Asian text) left out, as Excel shows the cell.
 */
final class SharedStrings extends DefaultHandler {
  private final List<String> strings = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private boolean inItem;
  private int phonetic;
  private boolean inText;

  /** The string at {@code index}, or null when there is none. */
  String get(int index) {
    return index >= 0 && index < strings.size() ? strings.get(index) : null;
  }

  /** How many strings there are. */
  int size() {
    return strings.size();
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    switch (localName) {
      case "si" -> {
        inItem = true;
        text.setLength(0);
      }
      case "rPh" -> phonetic++;
      case "t" -> inText = inItem && phonetic == 0;
      default -> { }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    switch (localName) {
      case "si" -> {
        strings.add(TextRuns.decode(text.toString()));
        inItem = false;
      }
      case "rPh" -> phonetic--;
      case "t" -> inText = false;
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inText) {
      text.append(ch, start, length);
    }
  }
}
