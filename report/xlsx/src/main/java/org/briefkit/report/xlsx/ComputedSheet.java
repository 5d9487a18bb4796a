package org.briefkit.report.xlsx;

/**
 * One sheet computed from the analysis (not read back), listed in {@link ComputedSheets}.
 * Implementations hold no state: what one workbook's sheets share lives in the {@link
 * SheetContext}.
 */
interface ComputedSheet {
  /** The sheet's name, one of {@link Layout#SHEETS}. */
  String name();

  /** Writes the sheet's rows into {@code sheet}, which is still empty. */
  void write(SheetContext context, SheetBuilder sheet);
}
