package org.briefkit.report.pdf.section;

import com.lowagie.text.DocumentException;
import org.briefkit.report.pdf.chart.Charts;
import org.briefkit.report.pdf.chart.DriverSeries;
import org.briefkit.report.pdf.chart.SeriesData;
import org.briefkit.report.pdf.layout.ChartBox;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;

/**
 * Grouped bars of the third parties whose behaviour drives each stakeholder's motivations, or
 * a line saying there are none.
 */
public final class DriversChart implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    if (ctx.analysis().drivers().rows().isEmpty()) {
      Heading.add(l, 2, ctx.text().get("drivers.title"));
      l.add(s.paragraph(ctx.text().get("drivers.none"), s.body()));
      return;
    }
    SeriesData data = DriverSeries.of(ctx.analysis().drivers(), s.fonts()::shown, ctx.colours());
    ChartBox.withHeading(l, ctx.text().get("drivers.title"),
        Charts.groupedBars(data, ctx.text().get("drivers.axis"), ctx.chartStyle()),
        Charts.groupedBarsHeight(data),
        ctx.text().get("drivers.caption"),
        SourceLine.of(ctx.text(), ctx.theCase(), ctx.theCase().motivations().stream()
            .filter(m -> !m.drivers().isEmpty()).flatMap(m -> m.evidence().stream()).toList()));
  }
}
