package org.briefkit.report.pdf.section;

import com.lowagie.text.DocumentException;
import org.briefkit.report.pdf.chart.MatrixSeries;
import org.briefkit.report.pdf.chart.SeriesData;
import org.briefkit.report.pdf.chart.SharesDotPlot;
import org.briefkit.report.pdf.layout.ChartBox;

/**
 * A dot plot of each stakeholder's share of its weighted motivations per domain: a row per
 * domain, a marker per stakeholder, read against a per-cent axis.
 */
public final class DomainEmphasisChart implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    SeriesData shares =
        MatrixSeries.shares(ctx.analysis().matrix(), ctx.layout().styles().fonts()::shown, ctx.colours());
    ChartBox.withHeading(ctx.layout(), ctx.text().get("emphasis.title"),
        SharesDotPlot.of(shares, ctx.text().get("emphasis.axis"), ctx.chartStyle()),
        SharesDotPlot.height(shares),
        ctx.text().get("emphasis.caption"),
        SourceLine.of(ctx.text(), ctx.theCase(),
            ctx.theCase().motivations().stream().flatMap(m -> m.evidence().stream()).toList()));
  }
}
