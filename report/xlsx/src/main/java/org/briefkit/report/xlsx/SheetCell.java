package org.briefkit.report.xlsx;

/**
 * One cell of a worksheet as read: where it is, its value as text (what an analyst sees: a
 * number without ".0", a date as an ISO date, TRUE or FALSE, an error value as Excel shows it),
 * its formula if it has one, and its hyperlink. For a formula, the value is the one it last
 * computed, and {@link Kind#BLANK} when none was kept.
 */
final class SheetCell {
  /** What the cell's value is. */
  enum Kind {
    /** No value: an empty cell, or a formula that kept no value. */
    BLANK,
    STRING,
    NUMBER,
    DATE,
    BOOLEAN,
    ERROR
  }

  private final int row;
  private final int column;
  private final Kind kind;
  private final String value;
  private final String formula;
  private final String formulaAt;
  private final SheetLinks links;

  /**
   * A cell at {@code row} and {@code column} (from 0).
   *
   * @param value the value as text; "" for {@link Kind#BLANK}
   * @param formula the formula without "=", null if the cell holds none, "" if its text is unknown
   * @param formulaAt for a formula shared from another cell (filled down), that cell's address
   *     (its formula is {@code formula}); null otherwise
   * @param links the hyperlinks of the cell's sheet
   */
  SheetCell(int row, int column, Kind kind, String value, String formula, String formulaAt, SheetLinks links) {
    this.row = row;
    this.column = column;
    this.kind = kind;
    this.value = value;
    this.formula = formula;
    this.formulaAt = formulaAt;
    this.links = links;
  }

  /** The row, from 0. */
  int row() {
    return row;
  }

  /** The column, from 0. */
  int column() {
    return column;
  }

  Kind kind() {
    return kind;
  }

  /** The value as text, "" when there is none. */
  String value() {
    return value;
  }

  /** Whether the cell holds a formula. */
  boolean isFormula() {
    return formula != null;
  }

  /** The formula, without "="; "" when its text is unknown. Only for a formula cell. */
  String formula() {
    return formula;
  }

  /** The cell a shared formula was written at, null when the formula is the cell's own. */
  String formulaAt() {
    return formulaAt;
  }

  /**
   * The address the cell's hyperlink leads to within the workbook (the first of the sheet's
   * hyperlinks that covers the cell, as Excel shows it), null if it has none or one elsewhere.
   */
  String documentLink() {
    return links.at(row, column);
  }
}
