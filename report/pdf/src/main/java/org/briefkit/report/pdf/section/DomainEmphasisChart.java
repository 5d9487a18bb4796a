package org.briefkit.report.pdf.section;

import com.lowagie.text.DocumentException;
import org.briefkit.model.Figures;
import org.briefkit.report.pdf.chart.Charts;
import org.briefkit.report.pdf.chart.MatrixSeries;
import org.briefkit.report.pdf.chart.SeriesData;
import org.briefkit.report.pdf.layout.ChartBox;

/** A radar of each stakeholder's share of its weighted motivations per domain. */
public final class DomainEmphasisChart implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    SeriesData shares =
        MatrixSeries.shares(ctx.analysis().matrix(), ctx.layout().styles().fonts()::shown, ctx.colours());
    double max = MatrixSeries.outerRing(shares);
    ChartBox.withHeading(ctx.layout(), "Domain emphasis", Charts.radar(shares, max, ctx.chartStyle()), 290f,
        "Share of each stakeholder's weighted motivations per domain, in per cent (outer ring: "
            + Figures.percent(max) + ").",
        SourceLine.of(ctx.theCase(),
            ctx.theCase().motivations().stream().flatMap(m -> m.evidence().stream()).toList()));
  }
}
