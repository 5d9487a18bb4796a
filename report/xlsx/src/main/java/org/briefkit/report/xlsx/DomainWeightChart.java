package org.briefkit.report.xlsx;

import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.briefkit.analysis.DomainMatrix;
import org.briefkit.model.Domain;
import org.briefkit.model.Stakeholder;

/** Column chart of the weighted motivations per domain, a bar per stakeholder, from the Matrix. */
final class DomainWeightChart implements OverviewChart {
  @Override
  public int rows() {
    return 22;
  }

  @Override
  public void draw(SheetContext context, XSSFDrawing drawing, XSSFClientAnchor anchor) {
    MatrixSheet.MatrixBlock block = context.placed(MatrixSheet.MatrixBlock.class);
    if (block.domains() == 0 || block.stakeholders() == 0) {
      return;
    }
    DomainMatrix m = context.analysis().matrix();
    List<Domain> domains = m.domains();
    int lastCol = block.firstCol() + block.domains() - 1;
    BarChart chart =
        new BarChart(
            context.word("chart.domains"), BarDirection.COL,
            domains.stream().map(Domain::label).toList(),
            BarChart.range(context.text().sheet(Layout.MATRIX), block.labelRow(), block.firstCol(), block.labelRow(), lastCol));
    for (int s = 0; s < block.stakeholders(); s++) {
      Stakeholder st = m.stakeholders().get(s);
      int row = block.firstRow() + s;
      chart.series(
          st, BarChart.range(context.text().sheet(Layout.MATRIX), row, block.firstCol(), row, lastCol),
          Optional.of(new CellReference(context.text().sheet(Layout.MATRIX), row, 0, true, true)),
          d -> m.cell(st.id(), domains.get(d).id()).weight());
    }
    chart.draw(context, drawing, anchor);
  }
}
