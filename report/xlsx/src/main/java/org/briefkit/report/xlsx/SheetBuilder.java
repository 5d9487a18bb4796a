package org.briefkit.report.xlsx;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.briefkit.report.Paper;

/**
 * Writes one sheet row by row (rows stream out of memory once written), remembering how wide
 * each column's text is so that widths fit the content, and wrapped rows tall enough.
 */
final class SheetBuilder {
  private static final int COLUMNS = 32;
  private static final float LINE_POINTS = 15f;
  private static final java.util.regex.Pattern ESCAPE_LIKE =
      java.util.regex.Pattern.compile("_x[0-9A-Fa-f]{4}_");

  final SXSSFSheet sheet;
  final XSSFSheet xssf;
  private int[] widest = new int[COLUMNS];
  private int[] maxWidth = new int[COLUMNS];
  private boolean[] wraps = new boolean[COLUMNS];
  private int next;
  private SXSSFRow row;
  private int rowLines;

  SheetBuilder(SXSSFSheet sheet, XSSFSheet xssf) {
    this.sheet = sheet;
    this.xssf = xssf;
    java.util.Arrays.fill(maxWidth, 40);
  }

  /** Makes room to measure column {@code col}: an ACH matrix has a column per hypothesis. */
  private void room(int col) {
    if (col >= widest.length) {
      int size = Math.max(col + 1, widest.length * 2);
      int old = widest.length;
      widest = java.util.Arrays.copyOf(widest, size);
      maxWidth = java.util.Arrays.copyOf(maxWidth, size);
      wraps = java.util.Arrays.copyOf(wraps, size);
      java.util.Arrays.fill(maxWidth, old, size, 40);
    }
  }

  /** Caps column {@code col} at {@code chars} characters, wrapping longer text. */
  SheetBuilder wrapAt(int col, int chars) {
    room(col);
    maxWidth[col] = chars;
    wraps[col] = true;
    return this;
  }

  /** Caps column {@code col} at {@code chars} characters without wrapping. */
  SheetBuilder capAt(int col, int chars) {
    room(col);
    maxWidth[col] = chars;
    return this;
  }

  /** The index of the row {@link #row()} will create next. */
  int nextRow() {
    return next;
  }

  /** Starts a new row. */
  SXSSFRow row() {
    finishRow();
    row = sheet.createRow(next++);
    rowLines = 1;
    return row;
  }

  /** Skips a row, leaving it empty. */
  void skip() {
    finishRow();
    row = null;
    next++;
  }

  private void finishRow() {
    if (row != null && rowLines > 1) {
      row.setHeightInPoints(Math.min(409f, rowLines * LINE_POINTS));
    }
  }

  /** Writes text: always a string cell, however formula-like it looks. */
  SXSSFCell text(int col, String value, CellStyle style) {
    checkLength(col, value);
    SXSSFCell c = row.createCell(col);
    if (!value.isEmpty()) {
      c.setCellValue(escape(value));
    }
    c.setCellStyle(style);
    measure(col, value, style.getWrapText());
    return c;
  }

  private void checkLength(int col, String value) {
    if (value.length() > Layout.MAX_CELL_TEXT) {
      throw new IllegalArgumentException(
          sheet.getSheetName()
              + "!"
              + new org.apache.poi.ss.util.CellReference(row.getRowNum(), col).formatAsString(false)
              + ": text of "
              + value.length()
              + " characters is longer than the "
              + Layout.MAX_CELL_TEXT
              + " an Excel cell holds");
    }
  }

  /**
   * Protects text that happens to contain {@code _xHHHH_}: readers of the file format decode
   * that as an escaped character, so its underscore is escaped itself ({@code _x005F_}).
   */
  static String escape(String text) {
    if (text.indexOf('_') < 0) {
      return text; // most text: nothing that looks like an escape
    }
    return ESCAPE_LIKE.matcher(text).replaceAll("_x005F$0");
  }

  /**
   * Writes text that links to a cell of this workbook, {@code target} such as {@code
   * 'Arms transfers'!A5}: a plain value with a cell hyperlink, not a {@code HYPERLINK} formula,
   * so that every tool keeps the value when it saves the workbook (openpyxl and pandas save
   * formulas without their values).
   */
  SXSSFCell link(int col, String value, String target, CellStyle style) {
    SXSSFCell c = text(col, value, style);
    if (sheet.getWorkbook() instanceof LinkingWorkbook wb) {
      wb.link(sheet, c.getRowIndex(), col, target);
    } else {
      Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      link.setAddress(target);
      c.setHyperlink(link);
    }
    return c;
  }

  /** Writes a number. */
  SXSSFCell number(int col, double value, CellStyle style) {
    SXSSFCell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(style);
    measure(col, "0000");
    return c;
  }

  /** Writes a date, measured as {@code shown} (how its format displays it). */
  SXSSFCell date(int col, java.time.LocalDate value, CellStyle style, String shown) {
    SXSSFCell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(style);
    measure(col, shown);
    return c;
  }

  /** Writes a formula with its cached numeric result. */
  SXSSFCell formula(int col, String formula, double cached, CellStyle style) {
    SXSSFCell c = row.createCell(col);
    c.setCellFormula(formula);
    c.setCellValue(cached);
    c.setCellStyle(style);
    measure(col, "0000");
    return c;
  }

  /** Writes a formula with its cached text result. */
  SXSSFCell formula(int col, String formula, String cached, CellStyle style) {
    SXSSFCell c = row.createCell(col);
    c.setCellFormula(formula);
    c.setCellValue(escape(cached));
    c.setCellStyle(style);
    measure(col, cached);
    return c;
  }

  /** Records the width of {@code value} without writing it (for merged or styled cells). */
  void measure(int col, String value) {
    measure(col, value, true);
  }

  private void measure(int col, String value, boolean wrapped) {
    room(col);
    int longest = 0;
    int lines = 0;
    int cap = maxWidth[col];
    for (String line : value.split("\n", -1)) {
      int len = line.codePointCount(0, line.length());
      longest = Math.max(longest, len);
      lines += Math.max(1, (len + cap - 1) / cap);
    }
    widest[col] = Math.max(widest[col], Math.min(longest, cap));
    if (wraps[col] && wrapped) {
      rowLines = Math.max(rowLines, lines);
    }
  }

  /**
   * Writes wrapped text in a cell merged across columns {@code col} to {@code lastCol}, which
   * together hold {@code chars} characters a line: the row grows to show it all.
   */
  SXSSFCell textAcross(int col, int lastCol, String value, CellStyle style, int chars) {
    checkLength(col, value);
    // Measured below against the merged cells' width, not its first column's.
    SXSSFCell c = row.createCell(col);
    if (!value.isEmpty()) {
      c.setCellValue(escape(value));
    }
    c.setCellStyle(style);
    for (int i = col + 1; i <= lastCol; i++) {
      row.createCell(i).setCellStyle(style);
    }
    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), col, lastCol));
    int lines = 0;
    for (String line : value.split("\n", -1)) {
      lines += Math.max(1, (line.codePointCount(0, line.length()) + chars - 1) / chars);
    }
    rowLines = Math.max(rowLines, lines);
    return c;
  }

  /** Sets the column widths to fit the text written, within each column's cap. */
  void fitColumns(int columns) {
    finishRow();
    room(columns - 1);
    for (int i = 0; i < columns; i++) {
      int chars = Math.max(6, widest[i] + 2);
      sheet.setColumnWidth(i, Math.min(255, chars) * 256);
    }
  }

  /** Landscape, one page wide, on the report's paper, with repeated header rows if any. */
  void printSetup(Paper paper, int headerRows, String marking, WorkbookText text) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setLandscape(true);
    ps.setPaperSize(paper == Paper.LETTER ? PrintSetup.LETTER_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    if (headerRows > 0) {
      sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
    }
    if (!marking.isEmpty()) {
      sheet.getHeader().setCenter(marking.replace("&", "&&"));
    }
    sheet.getFooter().setCenter(text.get("footer"));
  }
}
