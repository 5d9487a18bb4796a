package org.briefkit.report.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.briefkit.report.xlsx.SheetCell.Kind;

/**
 * Turns a worksheet cell as written into the text an analyst sees ({@link SheetRows} reads the
 * XML): a shared string, inline text, a formula's text result, a boolean, an error value, an ISO
 * date, or a number (a date when its style is one), numbers without ".0" as POI showed them.
 * One per sheet part, named in its messages.
 */
final class CellDecoder {
  private final String what;
  private final WorkbookPackage.Styling styling;

  /** A decoder for the part {@code what} (its name and sheet), with the workbook's styles and strings. */
  CellDecoder(String what, WorkbookPackage.Styling styling) {
    this.what = what;
    this.styling = styling;
  }

  /**
   * The cell at {@code row} and {@code column} as written: its type attribute ({@code t}, null
   * for a number), style index, value ({@code <v>}), inline text, formula and the cell a shared
   * formula was filled from.
   */
  SheetCell decode(
      int row, int column, String type, int style, String value, String inline, String formula, String formulaAt,
      SheetLinks links) {
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
          shown = sharedString(value, row, column);
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
          double d = number(value, row, column);
          if (styling.isDate(style) && DateUtil.isValidExcelDate(d)) {
            kind = Kind.DATE;
            shown = DateUtil.getLocalDateTime(d, styling.date1904()).toLocalDate().toString();
          } else {
            kind = Kind.NUMBER;
            shown = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
          }
        }
        default -> throw DamagedPartException.in(what, "holds a cell of unknown type \"" + DamagedPartException.excerpt(t) + "\" at " + address(row, column));
      }
    }
    return new SheetCell(row, column, kind, shown, formula, formulaAt, links);
  }

  private String sharedString(String index, int row, int column) {
    int i;
    try {
      i = Integer.parseInt(index.trim());
    } catch (NumberFormatException e) {
      i = -1;
    }
    if (i < 0) {
      throw DamagedPartException.in(what, "holds \"" + DamagedPartException.excerpt(index) + "\" as a shared string's number on row " + (row + 1));
    }
    String s = styling.sharedString(i);
    if (s == null) {
      throw DamagedPartException.in(what, "names shared string " + i + " at " + address(row, column) + ", which the workbook does not have");
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

  private double number(String v, int row, int column) {
    try {
      double d = Double.parseDouble(v.trim());
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw DamagedPartException.in(what, "holds \"" + DamagedPartException.excerpt(v) + "\" as the number at " + address(row, column));
  }

  /** A cell's address as Excel writes it: B7. */
  static String address(int row, int col) {
    return new CellReference(row, col).formatAsString(false);
  }

}
