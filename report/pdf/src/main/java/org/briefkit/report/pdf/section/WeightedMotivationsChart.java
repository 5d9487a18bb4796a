package org.briefkit.report.pdf.section;

import com.lowagie.text.DocumentException;
import org.briefkit.report.pdf.chart.Charts;
import org.briefkit.report.pdf.chart.MatrixSeries;
import org.briefkit.report.pdf.chart.SeriesData;
import org.briefkit.report.pdf.layout.ChartBox;

/** Grouped bars of each stakeholder's salience-weighted motivations in each domain. */
public final class WeightedMotivationsChart implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    SeriesData weights =
        MatrixSeries.weights(ctx.analysis().matrix(), ctx.layout().styles().fonts()::shown, ctx.colours());
    ChartBox.withHeading(ctx.layout(), ctx.text().get("weighted.title"),
        Charts.groupedBars(weights, ctx.text().get("weighted.axis"), ctx.chartStyle()),
        Charts.groupedBarsHeight(weights), ctx.text().get("weighted.caption"),
        SourceLine.of(ctx.text(), ctx.theCase(), ctx.theCase().motivations().stream().flatMap(m -> m.evidence().stream()).toList()));
  }
}
