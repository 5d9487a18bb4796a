package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.briefkit.analysis.CaseAnalysis;

/**
 * The computed sheets and the Overview's charts, each listed once in the order written. POI
 * numbers styles, drawings and charts as they are created, so this order is part of the
 * workbook's bytes. A new computed sheet is a class, a line in {@link #SHEETS} and its name in
 * {@link Layout#SHEETS}, which orders the tabs (the computed sheets stand among the case's
 * tables there, Findings last). The Changes sheet, added since, is written last, so that the
 * other sheets keep their parts; its tab stands after the Overview.
 */
final class ComputedSheets {
  static final ImmutableList<ComputedSheet> SHEETS =
      ImmutableList.of(
          new MatrixSheet(), new ConvergenceSheet(), new DriversSheet(), new TimelineSheet(),
          new TradecraftSheet(), new FindingsSheet(), new ChangesSheet());

  /** Stacked down the Overview in this order, after every sheet they read is written. */
  static final ImmutableList<OverviewChart> CHARTS =
      ImmutableList.of(new DomainWeightChart(), new DriverWeightChart());

  private static final int CHART_COLUMNS = 4;
  private static final int ROWS_BETWEEN_CHARTS = 2;

  private ComputedSheets() {}

  /** The names of the computed sheets that the workbook of {@code analysis} leaves out. */
  static ImmutableSet<String> absent(CaseAnalysis analysis) {
    return SHEETS.stream().filter(s -> !s.present(analysis)).map(ComputedSheet::name)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Writes every computed sheet the workbook has, then the charts on {@code overview} from row {@code chartRow}. */
  static void write(SheetContext context, XSSFSheet overview, int chartRow) {
    for (ComputedSheet sheet : SHEETS) {
      if (sheet.present(context.analysis())) {
        sheet.write(context, context.builder(sheet.name()));
      }
    }
    XSSFDrawing drawing = overview.createDrawingPatriarch();
    int top = chartRow;
    for (OverviewChart chart : CHARTS) {
      // A chart with nothing to show keeps its place, so the next one stands where it always does.
      chart.draw(context, drawing, drawing.createAnchor(0, 0, 0, 0, 0, top, CHART_COLUMNS, top + chart.rows()));
      top += chart.rows() + ROWS_BETWEEN_CHARTS;
    }
  }
}
