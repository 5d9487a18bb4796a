package org.briefkit.report.xlsx;

import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * One native chart on the Overview, drawn from cells a computed sheet wrote and listed in
 * {@link ComputedSheets}, which stacks the charts down the sheet.
 */
interface OverviewChart {
  /** How many rows of the Overview the chart spans. */
  int rows();

  /** Draws the chart in {@code anchor}, or nothing where there is nothing to chart. */
  void draw(SheetContext context, XSSFDrawing drawing, XSSFClientAnchor anchor);
}
