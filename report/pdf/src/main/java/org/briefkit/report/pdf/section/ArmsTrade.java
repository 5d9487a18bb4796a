package org.briefkit.report.pdf.section;

import static org.briefkit.report.pdf.layout.Tables.cell;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.analysis.ArmsFlows;
import org.briefkit.analysis.Flow;
import org.briefkit.model.Actor;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Colour;
import org.briefkit.model.Evidence;
import org.briefkit.model.Messages;
import org.briefkit.report.pdf.chart.Charts;
import org.briefkit.report.pdf.chart.FlowCounts;
import org.briefkit.report.pdf.chart.SeriesData;
import org.briefkit.report.pdf.chart.TransferYears;
import org.briefkit.report.pdf.layout.Caption;
import org.briefkit.report.pdf.layout.ChartBox;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.KeepTogether;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.layout.Tables;
import org.briefkit.report.pdf.layout.Text;

/**
 * The arms trade: transfers counted from the focus actor's side, a table of every transfer
 * (imports, exports, then transfers between other parties), and the charts that show what the
 * table does not: the number of transfers by partner and status, and of dated transfers by
 * year and status. A chart whose every bar would have length one only repeats the table, and
 * is left out.
 */
public final class ArmsTrade implements BriefSection {

  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    Styles s = l.styles();
    Heading.add(l, 1, ctx.text().get("arms.title"));
    Messages text = ctx.text();
    ArmsFlows flows = ctx.analysis().network().flows();
    if (ctx.theCase().transfers().isEmpty()) {
      l.add(s.paragraph(text.get("arms.none"), s.body()));
      return;
    }
    String focus = flows.focus().map(Actor::name).orElse("");
    l.add(s.paragraph(flows.focus().isPresent()
        ? (flows.others().isEmpty()
            ? text.get("arms.counted", focus, text.count(flows.importCount(), "arms.imports"),
                text.count(flows.exportCount(), "arms.exports"))
            : text.get("arms.counted.others", focus, text.count(flows.importCount(), "arms.imports"),
                text.count(flows.exportCount(), "arms.exports"), text.count(flows.others().size(), "arms.transfers")))
        : text.get("arms.noFocus"), s.body()));
    boolean dated = ctx.theCase().transfers().stream().anyMatch(tr -> tr.when().isPresent());
    PdfPTable t = Tables.table(dated ? new float[] {1.1f, 1.5f, 1.1f, 3.2f, 1.2f, 1.4f} : new float[] {1.1f, 1.5f, 1.1f, 4.4f, 1.4f});
    for (String h : dated ? List.of("direction", "partner", "status", "items", "when", "via")
        : List.of("direction", "partner", "status", "items", "via")) {
      h = text.get("arms.header." + h);
      Tables.headerCell(s, t, h, Element.ALIGN_LEFT);
    }
    t.setHeaderRows(1);
    FlowCounts counts = new FlowCounts();
    addFlows(ctx, t, text.get("arms.import"), "arms.importsFrom", flows.imports(), counts);
    addFlows(ctx, t, text.get("arms.export"), "arms.exportsTo", flows.exports(), counts);
    for (ArmsTransfer tr : flows.others()) {
      transferRow(ctx, t, text.get("arms.other"), ctx.actorName(tr.supplier()) + " → " + ctx.actorName(tr.recipient()), tr);
    }
    KeepTogether.ensureSpace(l, 60);
    l.add(t);
    Caption.add(l, text.get("arms.caption") + (ctx.theCase().datasets().isEmpty() ? "" : text.get("arms.caption.imported")),
        SourceLine.of(ctx.text(), ctx.theCase(), evidence(ctx.theCase().transfers())));
    if (!counts.isEmpty() && !counts.repeatsTable()) {
      SeriesData data = counts.series(i -> statusColour(s, i), ctx::label);
      float height = 60f + data.categories().size() * 16f;
      List<ArmsTransfer> drawn = new ArrayList<>();
      for (Flow f : flows.imports()) {
        drawn.addAll(f.transfers());
      }
      for (Flow f : flows.exports()) {
        drawn.addAll(f.transfers());
      }
      ChartBox.withHeading(l, text.get("arms.flows.title"), Charts.stackedBars(data, text.get("arms.axis"), ctx.chartStyle()),
          height, text.get("arms.flows.caption"), SourceLine.of(ctx.text(), ctx.theCase(), evidence(drawn)));
    }
    TransferYears years = TransferYears.of(ctx.theCase().transfers());
    if (years.dated() > 1 && !years.repeatsTable() && !years.tooLong()) {
      int undated = ctx.theCase().transfers().size() - years.dated();
      List<ArmsTransfer> datedTransfers = ctx.theCase().transfers().stream().filter(tr -> tr.when().isPresent()).toList();
      ChartBox.withHeading(l, text.get("arms.years.title"),
          Charts.stackedColumns(years.series(i -> statusColour(s, i), ctx::label), text.get("arms.axis"), ctx.chartStyle()), 190f,
          undated == 0 ? text.get("arms.years.caption") : text.get("arms.years.caption.undated", text.count(undated, "arms.undated")),
          SourceLine.of(ctx.text(), ctx.theCase(), evidence(datedTransfers)));
    }
    TivChart.add(ctx);
  }

  private static List<Evidence> evidence(List<ArmsTransfer> transfers) {
    return transfers.stream().flatMap(tr -> tr.evidence().stream()).toList();
  }

  private static Colour statusColour(Styles s, int i) {
    Color a = s.accent();
    Color c = Styles.mix(a, Color.WHITE, new double[] {0, 0.35, 0.6, 0.8}[Math.min(i, 3)]);
    return new Colour((c.getRed() << 16) | (c.getGreen() << 8) | c.getBlue());
  }

  /** Adds a row per transfer of {@code flows} and counts them, a chart category per partner. */
  private static void addFlows(BriefContext ctx, PdfPTable t, String direction, String prep, List<Flow> flows,
      FlowCounts counts) {
    String lastPartner = null;
    for (Flow f : flows) {
      String partner = f.partner().name();
      if (!partner.equals(lastPartner)) {
        counts.category(ctx.layout().styles().fonts().shown(ctx.text().get(prep, partner)));
        lastPartner = partner;
      }
      counts.add(f.status(), f.count());
      for (ArmsTransfer tr : f.transfers()) {
        transferRow(ctx, t, direction, partner, tr);
      }
    }
  }

  private static void transferRow(BriefContext ctx, PdfPTable t, String direction, String partner, ArmsTransfer tr) {
    Styles s = ctx.layout().styles();
    t.addCell(cell(s, direction, s.small(), Element.ALIGN_LEFT));
    t.addCell(cell(s, partner, s.small(), Element.ALIGN_LEFT));
    t.addCell(cell(s, ctx.label(tr.status()), s.small(), Element.ALIGN_LEFT));
    t.addCell(cell(s, tr.items() + ImportMark.of(ctx.text(), ctx.theCase(), tr.evidence(), tr.tiv(), tr.estimates()),
        s.small(), Element.ALIGN_LEFT));
    if (t.getNumberOfColumns() == 6) {
      t.addCell(cell(s, tr.when().map(w -> w.format(ctx.locale())).orElse("–"), s.small(), Element.ALIGN_LEFT));
    }
    t.addCell(cell(s, tr.intermediaries().isEmpty() ? "–" : ctx.actorNames(tr.intermediaries()), s.small(), Element.ALIGN_LEFT));
  }
}
