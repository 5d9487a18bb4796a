package org.briefkit.report.xlsx;

/**
 * Writes one computed cell of a table's row: a live formula with its cached value, or a value
 * the workbook derives for readers (a stakeholder's chart colour). Computed cells are never
 * read back.
 *
 * @param <T> the record a row holds
 */
@FunctionalInterface
interface ComputedCell<T> {
  /** Writes the cell of {@code item} in column {@code col} of the current row. */
  void write(SheetBuilder b, int col, T item, CaseTable<T> table, SheetContext ctx);
}
