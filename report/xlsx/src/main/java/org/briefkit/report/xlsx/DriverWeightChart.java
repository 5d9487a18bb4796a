package org.briefkit.report.xlsx;

import java.util.List;
import java.util.Optional;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.briefkit.analysis.DriverCell;
import org.briefkit.analysis.DriverRow;
import org.briefkit.model.Stakeholder;

/** Horizontal bars of the weighted motivations each third party drives, from the Drivers sheet. */
final class DriverWeightChart implements OverviewChart {
  @Override
  public int rows() {
    return 20;
  }

  @Override
  public void draw(SheetContext context, XSSFDrawing drawing, XSSFClientAnchor anchor) {
    DriversSheet.DriverBlock block = context.placed(DriversSheet.DriverBlock.class);
    if (block.drivers() == 0 || block.stakeholders() == 0) {
      return;
    }
    List<DriverRow> rows = context.analysis().drivers().rows();
    List<Stakeholder> stakeholders = context.analysis().drivers().stakeholders();
    int lastRow = block.firstRow() + block.drivers() - 1;
    BarChart chart =
        new BarChart(
            context.word("chart.drivers"), BarDirection.BAR,
            rows.stream().map(r -> r.driver().name()).toList(),
            BarChart.range(context.text().sheet(Layout.DRIVERS), block.firstRow(), 0, lastRow, 0));
    // The weight headers read "<name> weight": no cell holds a series' name alone.
    for (int s = 0; s < block.stakeholders(); s++) {
      Stakeholder st = stakeholders.get(s);
      int col = block.firstCol() + s;
      chart.series(
          st, BarChart.range(context.text().sheet(Layout.DRIVERS), block.firstRow(), col, lastRow, col), Optional.empty(),
          i -> {
            DriverCell c = rows.get(i).byStakeholder().get(st.id());
            return c == null ? 0 : c.weight();
          });
    }
    chart.draw(context, drawing, anchor);
  }
}
