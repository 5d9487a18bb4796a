package org.briefkit.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a worksheet part row by row, as a stream (StAX), so that a sheet of any length is held
 * a row at a time (its hyperlinks, read apart when needed, excepted): each cell's value by its
 * type ({@code s} a shared string, {@code inlineStr}, {@code str} a formula's text, {@code b}, {@code e} an error value, {@code d} an
 * ISO date, {@code n} or none a number, a date when its style is one) and its formula (a cell of
 * a shared formula gets the formula of the cell it was filled from). A formula whose value was
 * saved empty ({@code <v></v>}, as openpyxl and pandas save them) kept no value. The cells'
 * hyperlinks, which the part holds after its rows, are read when asked for ({@link SheetLinks}).
 */
final class SheetRows implements AutoCloseable {
  /** The namespaces of SpreadsheetML: transitional and strict. */
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

  private final InputStream in;
  private final XMLStreamReader xml;
  private final String what;
  private final CellDecoder decoder;
  private final SheetLinks links;

  /** A shared formula's index → its text and the cell it was written at. */
  private final Map<String, String[]> shared = new HashMap<>();
  private final List<SheetCell> cells = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int rowIndex = -1;
  private boolean inRow;
  private boolean done;

  // The cell being read.
  private int column;
  private String type;
  private int style;
  private String value;
  private String formula;
  private String formulaAt;
  private String inline;

  /**
   * Rows of the part {@code what} (its name and sheet, for messages), read from {@code in}.
   *
   * @param links the sheet's hyperlinks, which its cells are given
   */
  SheetRows(InputStream in, String what, WorkbookPackage.Styling styling, SheetLinks links) {
    this.in = in;
    this.what = what;
    this.decoder = new CellDecoder(what, styling);
    this.links = links;
    try {
      this.xml = XmlParts.stream(in, what);
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /**
   * The next row, null after the last one. Rows come in the order written; a row of no cells
   * comes too.
   *
   * @throws DamagedPartException if the part is not well-formed or holds what a sheet cannot
   */
  SheetRow next() {
    if (done) {
      return null;
    }
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && ours()) {
          switch (xml.getLocalName()) {
            case "row" -> startRow();
            case "c" -> {
              if (inRow) {
                readCell();
              }
            }
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && ours()) {
          switch (xml.getLocalName()) {
            case "row" -> {
              return endRow();
            }
            case "sheetData" -> {
              done = true;
              return null;
            }
            default -> { }
          }
        }
      }
      done = true;
      return null;
    } catch (XMLStreamException e) {
      throw XmlParts.damaged(what, e);
    } catch (DamagedPartException e) {
      throw e;
    } catch (RuntimeException e) {
      // What a hostile part provokes in the parser is still the part's problem.
      throw DamagedPartException.in(what, "cannot be read as XML");
    }
  }

  private boolean ours() {
    String uri = xml.getNamespaceURI();
    return MAIN.equals(uri) || STRICT.equals(uri);
  }

  private void startRow() {
    String r = xml.getAttributeValue(null, "r");
    int index = r == null ? rowIndex + 1 : number(r, "row number") - 1;
    if (index < 0) {
      throw DamagedPartException.in(what, "holds \"0\" as a row number");
    }
    rowIndex = index;
    inRow = true;
    column = -1;
    cells.clear();
  }

  private SheetRow endRow() {
    SheetCell[] row = cells.toArray(SheetCell[]::new);
    boolean sorted = true;
    for (int i = 1; i < row.length; i++) {
      sorted &= row[i - 1].column() < row[i].column();
    }
    if (!sorted) {
      Arrays.sort(row, Comparator.comparingInt(SheetCell::column));
      List<SheetCell> out = new ArrayList<>();
      for (SheetCell c : row) {
        if (!out.isEmpty() && out.get(out.size() - 1).column() == c.column()) {
          out.set(out.size() - 1, c); // a cell given twice: the last one given counts
        } else {
          out.add(c);
        }
      }
      row = out.toArray(SheetCell[]::new);
    }
    cells.clear();
    inRow = false;
    return new SheetRow(rowIndex, row);
  }

  /** Reads a cell, from its start tag to its end tag. */
  private void readCell() throws XMLStreamException {
    String r = xml.getAttributeValue(null, "r");
    column = r == null ? column + 1 : column(r);
    type = xml.getAttributeValue(null, "t");
    String s = xml.getAttributeValue(null, "s");
    style = s == null ? 0 : number(s, "style");
    value = null;
    formula = null;
    formulaAt = null;
    inline = null;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (!ours()) {
          continue;
        }
        switch (xml.getLocalName()) {
          case "v" -> {
            value = elementText();
            depth--;
          }
          case "f" -> {
            readFormula();
            depth--;
          }
          case "is" -> {
            inline = inlineText();
            depth--;
          }
          default -> { }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    cells.add(decoder.decode(rowIndex, column, type, style, value, inline, formula, formulaAt, links));
  }

  private void readFormula() throws XMLStreamException {
    String t = xml.getAttributeValue(null, "t");
    String si = xml.getAttributeValue(null, "si");
    String ref = xml.getAttributeValue(null, "ref");
    String own = elementText();
    if ("dataTable".equals(t)) {
      return; // a what-if table's cell: Excel shows its value, not a formula
    }
    formula = own;
    if ("shared".equals(t) && si != null) {
      if (ref != null) {
        shared.put(si, new String[] {own, CellDecoder.address(rowIndex, column)});
      } else if (own.isBlank() && shared.containsKey(si)) {
        // A cell of a shared formula holds no text of its own: its master's, named as such.
        String[] master = shared.get(si);
        formula = master[0];
        formulaAt = master[1];
      }
    }
  }

  /** The text of the current element, which holds text only. */
  private String elementText() throws XMLStreamException {
    text.setLength(0);
    appendText();
    return text.toString();
  }

  /** Appends the text of the current element to {@link #text}, up to its end tag. */
  private void appendText() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        default -> { }
      }
    }
  }

  /** The text of an inline string: its runs joined, phonetic guides left out. */
  private String inlineText() throws XMLStreamException {
    text.setLength(0);
    int depth = 1;
    int phonetic = 0;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (ours() && xml.getLocalName().equals("rPh")) {
          phonetic++;
          depth++;
        } else if (phonetic == 0 && ours() && xml.getLocalName().equals("t")) {
          appendText();
        } else {
          depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (ours() && xml.getLocalName().equals("rPh")) {
          phonetic--;
        }
        depth--;
      }
    }
    return text.toString();
  }

  /** The column of a cell reference ("B7" → 1). */
  static int column(String ref, String what) {
    int col = 0;
    int i = 0;
    while (i < ref.length() && col <= 16_384) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        col = col * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        col = col * 26 + (ch - 'a' + 1);
      } else {
        break;
      }
      i++;
    }
    if (i == 0 || col > 16_384) {
      throw DamagedPartException.in(what, "has a cell at \"" + DamagedPartException.excerpt(ref) + "\", which is no cell's address");
    }
    return col - 1;
  }

  private int column(String ref) {
    return column(ref, what);
  }

  /** {@code s} as a row number, from 0 to Excel's last row. */
  private int number(String s, String name) {
    try {
      int n = Integer.parseInt(s.trim());
      if (n >= 0 && n <= 1_048_576) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw DamagedPartException.in(what, "holds \"" + DamagedPartException.excerpt(s) + "\" as a " + name + " on row " + (rowIndex + 1));
  }


  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // The bytes are in memory: nothing to release but the stream below.
    }
    try {
      in.close();
    } catch (IOException e) {
      // The bytes are in memory: nothing to release.
    }
  }
}
