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
    ChartBox.withHeading(ctx.layout(), "Domain emphasis",
        SharesDotPlot.of(shares, "Share of the stakeholder's weighted motivations", ctx.chartStyle()),
        SharesDotPlot.height(shares),
        "Each stakeholder's share of its own salience-weighted motivations in each domain, in per "
            + "cent; a stakeholder's shares add up to 100 %.",
        SourceLine.of(ctx.theCase(),
            ctx.theCase().motivations().stream().flatMap(m -> m.evidence().stream()).toList()));
  }
}
