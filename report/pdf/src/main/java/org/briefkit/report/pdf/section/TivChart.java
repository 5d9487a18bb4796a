package org.briefkit.report.pdf.section;

import com.lowagie.text.DocumentException;
import java.awt.Color;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Colour;
import org.briefkit.report.pdf.chart.Charts;
import org.briefkit.report.pdf.chart.TivYears;
import org.briefkit.report.pdf.layout.ChartBox;
import org.briefkit.report.pdf.layout.Styles;

/**
 * The arms-trade figure of TIV by year and partner, drawn when transfers carry SIPRI's
 * trend-indicator value. Its axis and caption say that TIV is not money.
 */
final class TivChart {
  private TivChart() {}

  /** Adds the figure when more than one dated transfer carries a TIV. */
  static void add(BriefContext ctx) throws DocumentException {
    TivYears tiv = TivYears.of(ctx.theCase().transfers(), t -> partner(ctx, t));
    if (!tiv.drawn()) {
      return;
    }
    Styles s = ctx.layout().styles();
    ChartBox.withHeading(ctx.layout(), ctx.text().get("tiv.title"),
        Charts.stackedColumns(tiv.series(i -> colour(s, i)), ctx.text().get("tiv.axis"), ctx.chartStyle()),
        190f,
        ctx.text().get("tiv.caption"),
        SourceLine.of(ctx.text(), ctx.theCase(),
            tiv.counted().stream().flatMap(t -> t.evidence().stream()).toList()));
  }

  /**
   * The flow, seen from the focus actor as the flows chart names it ("Imports from Varnyan
   * Federation"), else from party to party ("Varnyan Federation → Tarsk Republic").
   */
  private static String partner(BriefContext ctx, ArmsTransfer t) {
    var focus = ctx.theCase().focus();
    if (focus.isPresent() && focus.get().equals(t.recipient())) {
      return ctx.layout().styles().fonts().shown(ctx.text().get("arms.importsFrom", ctx.actorName(t.supplier())));
    }
    if (focus.isPresent() && focus.get().equals(t.supplier())) {
      return ctx.layout().styles().fonts().shown(ctx.text().get("arms.exportsTo", ctx.actorName(t.recipient())));
    }
    return ctx.layout().styles().fonts().shown(ctx.actorName(t.supplier()) + " → " + ctx.actorName(t.recipient()));
  }

  private static Colour colour(Styles s, int i) {
    Color a = s.accent();
    Color c = Styles.mix(a, Color.WHITE, new double[] {0, 0.3, 0.5, 0.65, 0.8}[i % 5]);
    return new Colour((c.getRed() << 16) | (c.getGreen() << 8) | c.getBlue());
  }
}
