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
    Heading.add(l, 1, "Arms trade");
    ArmsFlows flows = ctx.analysis().network().flows();
    if (ctx.theCase().transfers().isEmpty()) {
      l.add(s.paragraph("The case records no arms transfers.", s.body()));
      return;
    }
    String focus = flows.focus().map(Actor::name).orElse("no focus actor");
    l.add(s.paragraph(flows.focus().isPresent()
        ? "Arms flows counted from the side of " + focus + ": " + Text.count(flows.importCount(), "import")
            + " and " + Text.count(flows.exportCount(), "export") + (flows.others().isEmpty() ? "."
            : ", and " + Text.count(flows.others().size(), "transfer") + " between other parties.")
        : "The case names no focus actor; transfers are listed between their parties.", s.body()));
    boolean dated = ctx.theCase().transfers().stream().anyMatch(tr -> tr.when().isPresent());
    PdfPTable t = Tables.table(dated ? new float[] {1.1f, 1.5f, 1.1f, 3.2f, 1.2f, 1.4f} : new float[] {1.1f, 1.5f, 1.1f, 4.4f, 1.4f});
    for (String h : dated ? List.of("Direction", "Partner", "Status", "Items", "When", "Via")
        : List.of("Direction", "Partner", "Status", "Items", "Via")) {
      Tables.headerCell(s, t, h, Element.ALIGN_LEFT);
    }
    t.setHeaderRows(1);
    FlowCounts counts = new FlowCounts();
    addFlows(ctx, t, "Import", "from ", flows.imports(), counts);
    addFlows(ctx, t, "Export", "to ", flows.exports(), counts);
    for (ArmsTransfer tr : flows.others()) {
      transferRow(ctx, t, "Other", ctx.actorName(tr.supplier()) + " → " + ctx.actorName(tr.recipient()), tr);
    }
    KeepTogether.ensureSpace(l, 60);
    l.add(t);
    Caption.add(l, "Each row is one transfer; status as the sources give it."
            + (ctx.theCase().datasets().isEmpty() ? "" : " Rows marked [imported: ...] were read from a"
                + " dataset, with its row id; TIV is SIPRI's trend-indicator value, not money."),
        SourceLine.of(ctx.theCase(), evidence(ctx.theCase().transfers())));
    if (!counts.isEmpty() && !counts.repeatsTable()) {
      SeriesData data = counts.series(i -> statusColour(s, i));
      float height = 60f + data.categories().size() * 16f;
      List<ArmsTransfer> drawn = new ArrayList<>();
      for (Flow f : flows.imports()) {
        drawn.addAll(f.transfers());
      }
      for (Flow f : flows.exports()) {
        drawn.addAll(f.transfers());
      }
      ChartBox.withHeading(l, "Arms flows by partner and status", Charts.stackedBars(data, "Transfers", ctx.chartStyle()),
          height, "Number of transfers by direction, partner and status.", SourceLine.of(ctx.theCase(), evidence(drawn)));
    }
    TransferYears years = TransferYears.of(ctx.theCase().transfers());
    if (years.dated() > 1 && !years.repeatsTable() && !years.tooLong()) {
      int undated = ctx.theCase().transfers().size() - years.dated();
      List<ArmsTransfer> datedTransfers = ctx.theCase().transfers().stream().filter(tr -> tr.when().isPresent()).toList();
      ChartBox.withHeading(l, "Arms transfers by year",
          Charts.stackedColumns(years.series(i -> statusColour(s, i)), "Transfers", ctx.chartStyle()), 190f,
          "Number of dated transfers by the year they start and by status"
              + (undated == 0 ? "." : "; " + Text.count(undated, "undated transfer") + " left out."),
          SourceLine.of(ctx.theCase(), evidence(datedTransfers)));
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
        counts.category(ctx.layout().styles().fonts().shown(direction + "s " + prep + partner));
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
    t.addCell(cell(s, tr.status().label(), s.small(), Element.ALIGN_LEFT));
    t.addCell(cell(s, tr.items() + ImportMark.of(ctx.theCase(), tr.evidence(), tr.tiv(), tr.estimates()),
        s.small(), Element.ALIGN_LEFT));
    if (t.getNumberOfColumns() == 6) {
      t.addCell(cell(s, tr.when().map(w -> w.format(ctx.options().locale())).orElse("–"), s.small(), Element.ALIGN_LEFT));
    }
    t.addCell(cell(s, tr.intermediaries().isEmpty() ? "–" : ctx.actorNames(tr.intermediaries()), s.small(), Element.ALIGN_LEFT));
  }
}
