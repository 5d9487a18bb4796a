package org.briefkit.report.xlsx;

import org.briefkit.analysis.CaseAnalysis;

/**
 * One sheet computed from the analysis (not read back), listed in {@link ComputedSheets}.
 * Implementations hold no state: what one workbook's sheets share lives in the {@link
 * SheetContext}.
 */
interface ComputedSheet {
  /** The sheet's name, one of {@link Layout#SHEETS}. */
  String name();

  /**
   * Whether the workbook of {@code analysis} has this sheet. Most sheets are in every workbook;
   * one that shows what only some analyses have (the changes since a previous version) is left
   * out of the others, so that their tabs and bytes stay as they were.
   */
  default boolean present(CaseAnalysis analysis) {
    return true;
  }

  /** Writes the sheet's rows into {@code sheet}, which is still empty. */
  void write(SheetContext context, SheetBuilder sheet);
}
