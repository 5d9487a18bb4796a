package org.briefkit.report.xlsx;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.briefkit.report.xlsx.SheetCell.Kind;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part into {@link SheetCells}, as a stream of elements: each cell's value by
 * its type ({@code s} a shared string, {@code inlineStr}, {@code str} a formula's text, {@code b},
 * {@code e} an error value, {@code d} an ISO date, {@code n} or none a number, a date when its
 * style is one), its formula (a cell of a shared formula gets the formula of the cell it was
 * filled from), and the hyperlinks within the workbook. A formula whose value was saved empty
 * ({@code <v></v>}, as openpyxl and pandas save them) kept no value.
 */
final class WorksheetParser extends DefaultHandler {
  /** The namespaces of SpreadsheetML: transitional and strict. */
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

  private final String sheet;
  private final String what;
  private final WorkbookPackage.Styling styling;
  private final boolean firstRowOnly;

  private final List<SheetRow> rows = new ArrayList<>();
  private final List<SheetCell> cells = new ArrayList<>();
  /** A shared formula's index → its text and the cell it was written at. */
  private final Map<String, String[]> shared = new HashMap<>();
  private final StringBuilder text = new StringBuilder();

  private int depthInData = -1;
  private int rowIndex = -1;
  private int column = -1;
  private boolean inCell;
  private String type;
  private int style;
  private String value;
  private String formula;
  private String formulaAt;
  /** The index of the shared formula the cell's formula is the master of, null if none. */
  private String masterOf;
  private String inline;
  private boolean capture;
  private boolean inInline;
  private int phonetic;
  private boolean rowsSorted = true;

  /**
   * A parser of the sheet {@code sheet}, stored as the part described by {@code what}.
   *
   * @param firstRowOnly whether to stop after the first row, for a sheet only its title is read from
   */
  WorksheetParser(String sheet, String what, WorkbookPackage.Styling styling, boolean firstRowOnly) {
    this.sheet = sheet;
    this.what = what;
    this.styling = styling;
    this.firstRowOnly = firstRowOnly;
  }

  /** The sheet as read. */
  SheetCells cells() {
    SheetRow[] all = rows.toArray(SheetRow[]::new);
    if (!rowsSorted) {
      Arrays.sort(all, Comparator.comparingInt(SheetRow::index));
      all = distinct(all);
    }
    return new SheetCells(sheet, all);
  }

  /** Rows given twice: the last one given counts. */
  private static SheetRow[] distinct(SheetRow[] sorted) {
    List<SheetRow> out = new ArrayList<>();
    for (SheetRow r : sorted) {
      if (!out.isEmpty() && out.get(out.size() - 1).index() == r.index()) {
        out.set(out.size() - 1, r);
      } else {
        out.add(r);
      }
    }
    return out.toArray(SheetRow[]::new);
  }

  private static boolean spreadsheetMl(String uri) {
    return MAIN.equals(uri) || STRICT.equals(uri);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    if (!spreadsheetMl(uri)) {
      return;
    }
    switch (localName) {
      case "row" -> {
        String r = atts.getValue("r");
        int index = r == null ? rowIndex + 1 : positive(r, "row number") - 1;
        if (index < 0) {
          throw damaged("holds \"0\" as a row number");
        }
        if (index <= rowIndex && !rows.isEmpty()) {
          rowsSorted = false;
        }
        rowIndex = index;
        column = -1;
        cells.clear();
      }
      case "c" -> {
        String r = atts.getValue("r");
        column = r == null ? column + 1 : column(r);
        inCell = true;
        type = atts.getValue("t");
        String s = atts.getValue("s");
        style = s == null ? 0 : positive(s, "style");
        value = null;
        formula = null;
        formulaAt = null;
        masterOf = null;
        inline = null;
      }
      case "v" -> start(inCell);
      case "f" -> {
        if (inCell) {
          String t = atts.getValue("t");
          if ("dataTable".equals(t)) {
            return; // a what-if table's cell: Excel shows its value, not a formula
          }
          formula = "";
          if ("shared".equals(t) && atts.getValue("si") != null) {
            String si = atts.getValue("si");
            if (atts.getValue("ref") != null) {
              shared.put(si, new String[] {"", address(rowIndex, column)});
              masterOf = si; // its text follows
            } else if (shared.containsKey(si)) {
              String[] master = shared.get(si);
              formula = master[0];
              formulaAt = master[1];
            }
          }
          start(true);
        }
      }
      case "is" -> {
        if (inCell) {
          inInline = true;
          inline = "";
          text.setLength(0);
        }
      }
      case "rPh" -> phonetic++;
      case "t" -> {
        if (inInline && phonetic == 0) {
          capture = true; // the runs' texts are joined
        }
      }
      case "hyperlink" -> link(atts);
      default -> { }
    }
  }

  private void start(boolean on) {
    capture = on;
    text.setLength(0);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if (!spreadsheetMl(uri)) {
      return;
    }
    switch (localName) {
      case "v" -> {
        if (inCell && capture) {
          value = text.toString();
          capture = false;
        }
      }
      case "f" -> {
        if (inCell && capture) {
          capture = false;
          String own = text.toString();
          if (masterOf != null) {
            shared.get(masterOf)[0] = own;
            formula = own;
          } else if (formulaAt == null || !own.isBlank()) {
            // A cell's own formula; a cell of a shared one has no text and keeps its master's.
            formula = own;
            formulaAt = null;
          }
        }
      }
      case "t" -> {
        if (inInline) {
          capture = false;
        }
      }
      case "rPh" -> phonetic--;
      case "is" -> {
        if (inInline) {
          inline = text.toString();
          inInline = false;
        }
      }
      case "c" -> {
        if (inCell) {
          cells.add(cell());
          inCell = false;
        }
      }
      case "row" -> {
        endRow();
        if (firstRowOnly) {
          throw new XmlParts.Enough();
        }
      }
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (capture) {
      text.append(ch, start, length);
    }
  }

  private void endRow() {
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
    rows.add(new SheetRow(rowIndex, row));
    cells.clear();
  }

  /** The cell just read, its value by its type. */
  private SheetCell cell() {
    String t = type == null ? "n" : type;
    Kind kind;
    String shown;
    if (t.equals("inlineStr")) {
      kind = Kind.STRING;
      shown = TextRuns.decode(inline != null ? inline : value == null ? "" : value);
    } else if (t.equals("str")) {
      // A formula's text result: an empty one is a value, unlike an empty number.
      kind = value == null ? Kind.BLANK : Kind.STRING;
      shown = value == null ? "" : TextRuns.decode(value);
    } else if (value == null || value.isEmpty()) {
      kind = Kind.BLANK;
      shown = "";
    } else {
      switch (t) {
        case "s" -> {
          kind = Kind.STRING;
          shown = sharedString(value);
        }
        case "b" -> {
          kind = Kind.BOOLEAN;
          shown = value.trim().equals("1") || value.trim().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
        }
        case "e" -> {
          kind = Kind.ERROR;
          shown = error(value);
        }
        case "d" -> {
          kind = Kind.DATE;
          int time = value.indexOf('T');
          shown = (time < 0 ? value : value.substring(0, time)).trim();
        }
        case "n" -> {
          double d = number(value);
          if (styling.isDate(style) && DateUtil.isValidExcelDate(d)) {
            LocalDateTime when = DateUtil.getLocalDateTime(d, styling.date1904());
            kind = Kind.DATE;
            shown = when.toLocalDate().toString();
          } else {
            kind = Kind.NUMBER;
            shown = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
          }
        }
        default -> throw damaged("holds a cell of unknown type \"" + t + "\"");
      }
    }
    return new SheetCell(rowIndex, column, kind, shown, formula, formulaAt);
  }

  private String sharedString(String index) {
    int i = positive(index, "shared string's number");
    String s = styling.sharedString(i);
    if (s == null) {
      throw damaged("names shared string " + i + " at " + address(rowIndex, column) + ", which the workbook does not have");
    }
    return s;
  }

  private static String error(String code) {
    try {
      return FormulaError.forString(code.trim()).getString();
    } catch (IllegalArgumentException e) {
      return "#ERROR";
    }
  }

  private double number(String v) {
    try {
      double d = Double.parseDouble(v.trim());
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw damaged("holds \"" + shorten(v) + "\" as the number at " + address(rowIndex, column));
  }

  /** Attaches a hyperlink to the cells it covers: a place in the workbook, or "" for one outside it. */
  private void link(Attributes atts) {
    String ref = atts.getValue("ref");
    if (ref == null) {
      return;
    }
    boolean outside = false;
    for (int i = 0; i < atts.getLength(); i++) {
      outside |= atts.getLocalName(i).equals("id") && !atts.getURI(i).isEmpty();
    }
    String location = outside || atts.getValue("location") == null ? "" : atts.getValue("location");
    CellRangeAddress range;
    try {
      range = CellRangeAddress.valueOf(ref.trim());
    } catch (RuntimeException e) {
      return; // not a range: it covers no cell
    }
    if (range.getFirstRow() < 0 || range.getFirstColumn() < 0) {
      return;
    }
    for (SheetRow row : rowsBetween(range.getFirstRow(), range.getLastRow())) {
      for (SheetCell c : row.cells()) {
        if (c.column() >= range.getFirstColumn() && c.column() <= range.getLastColumn()) {
          c.linkIfNone(location);
        }
      }
    }
  }

  private List<SheetRow> rowsBetween(int first, int last) {
    if (!rowsSorted) {
      return rows.stream().filter(r -> r.index() >= first && r.index() <= last).toList();
    }
    int lo = 0;
    int hi = rows.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (rows.get(mid).index() < first) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < rows.size() && rows.get(end).index() <= last) {
      end++;
    }
    return rows.subList(lo, end);
  }

  /** The column of a cell reference ("B7" → 1). */
  private int column(String ref) {
    int col = 0;
    int i = 0;
    while (i < ref.length()) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        col = col * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        col = col * 26 + (ch - 'a' + 1);
      } else {
        break;
      }
      if (col > 16_384) {
        break;
      }
      i++;
    }
    if (i == 0 || col > 16_384) {
      throw damaged("has a cell at \"" + shorten(ref) + "\", which is no cell's address");
    }
    return col - 1;
  }

  private int positive(String s, String what) {
    try {
      int n = Integer.parseInt(s.trim());
      if (n >= 0 && n <= 1_048_576) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw damaged("holds \"" + shorten(s) + "\" as a " + what + " on row " + (rowIndex + 1));
  }

  private static String address(int row, int col) {
    return new CellReference(row, col).formatAsString(false);
  }

  private static String shorten(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }

  private DamagedPartException damaged(String what) {
    return new DamagedPartException("its part " + this.what + " " + what);
  }
}
