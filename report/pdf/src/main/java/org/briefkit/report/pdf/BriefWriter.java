package org.briefkit.report.pdf;

import com.google.common.collect.ImmutableList;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.DomainGroup;
import org.briefkit.analysis.DomainInterest;
import org.briefkit.analysis.DomainMatrix;
import org.briefkit.analysis.DriverInterest;
import org.briefkit.analysis.DriverRow;
import org.briefkit.analysis.Finding;
import org.briefkit.analysis.Flow;
import org.briefkit.analysis.MatrixCell;
import org.briefkit.analysis.MotivationCoverage;
import org.briefkit.analysis.PairConvergence;
import org.briefkit.analysis.SourceUse;
import org.briefkit.analysis.StakeholderGroup;
import org.briefkit.analysis.Tally;
import org.briefkit.analysis.TimelineEntry;
import org.briefkit.analysis.WeakSpot;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.Colour;
import org.briefkit.model.Domain;
import org.briefkit.model.Event;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Motivation;
import org.briefkit.model.Source;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.TransferStatus;
import org.briefkit.report.ReportOptions;
import org.briefkit.report.pdf.layout.PageDecorator;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.chart.ChartStyle;
import org.briefkit.report.pdf.chart.Charts;
import org.briefkit.report.pdf.chart.SeriesData;
import org.briefkit.report.pdf.chart.TimelineRow;
import org.jfree.chart.JFreeChart;

/** Lays out one brief into an open document, section by section, in the order. */
final class BriefWriter {
  private final CaseAnalysis analysis;
  private final Case aCase;
  private final ReportOptions options;
  private final Document doc;
  private final PdfWriter writer;
  private final Styles s;
  private final PageDecorator pages;
  private final ChartStyle chartStyle;
  private final com.google.common.collect.ImmutableMap<StakeholderId, Colour> colours;
  private int headingKeys;
  private int figures;

  BriefWriter(
      CaseAnalysis analysis, ReportOptions options, Document doc, PdfWriter writer, Styles styles,
      PageDecorator pages) {
    this.analysis = analysis;
    this.aCase = analysis.theCase();
    this.options = options;
    this.doc = doc;
    this.writer = writer;
    this.s = styles;
    this.pages = pages;
    this.chartStyle =
        new ChartStyle(
            styles.fonts().awtRegular(), styles.fonts().awtBold(), options.theme(), options.locale());
    this.colours = options.theme().stakeholderColours(aCase);
  }

  void write() throws DocumentException {
    titleBlock();
    keyJudgments();
    context();
    for (StakeholderGroup g : analysis.motivations().stakeholders()) {
      stakeholder(g);
    }
    comparison();
    armsTrade();
    findings();
    annexes();
  }

  // ---------------------------------------------------------------- title block

  private void titleBlock() throws DocumentException {
    Paragraph kicker = s.paragraph("POLICY BRIEF", s.font(true, 8f, s.muted()));
    doc.add(kicker);
    Paragraph title = s.paragraph(aCase.title(), s.font(true, 22f, s.accent()));
    title.setLeading(26f);
    title.setSpacingBefore(4f);
    doc.add(title);
    if (aCase.subtitle().isPresent()) {
      Paragraph sub = s.paragraph(aCase.subtitle().get(), s.font(false, 12.5f, s.text()));
      sub.setLeading(16.5f);
      sub.setSpacingBefore(6f);
      doc.add(sub);
    }
    List<String> byline = new ArrayList<>();
    if (!aCase.authors().isEmpty()) {
      byline.add(String.join(", ", aCase.authors()));
    }
    aCase.organisation().ifPresent(byline::add);
    aCase.asOf().ifPresent(d -> byline.add("As of " + d.format(options.locale())));
    if (!byline.isEmpty()) {
      Paragraph by = s.paragraph(String.join("  ·  ", byline), s.font(false, 9f, s.muted()));
      by.setSpacingBefore(10f);
      doc.add(by);
    }
    Paragraph marking = s.paragraph(s.font(true, 8.5f, s.accent()));
    marking.add(s.chunk("Distribution: ", s.font(false, 8.5f, s.muted())));
    marking.add(s.chunk(marking(aCase), s.font(true, 8.5f, s.accent())));
    marking.setSpacingBefore(4f);
    doc.add(marking);
    if (!aCase.questions().isEmpty()) {
      Paragraph q = s.paragraph(s.smallMuted());
      q.setSpacingBefore(12f);
      q.add(s.chunk("This brief answers", s.smallBold()));
      doc.add(q);
      for (String question : aCase.questions()) {
        Paragraph p = s.paragraph(question, s.body());
        p.setIndentationLeft(10f);
        doc.add(p);
      }
    }
    rule(14f);
  }

  static String marking(Case c) {
    return c.marking().orElse("UNMARKED");
  }

  // ---------------------------------------------------------------- key judgments

  private void keyJudgments() throws DocumentException {
    heading(1, "Key judgments");
    if (aCase.judgments().isEmpty()) {
      doc.add(s.paragraph("The case states no key judgments.", s.body()));
      return;
    }
    int n = 1;
    for (KeyJudgment j : aCase.judgments()) {
      ensureSpace(50);
      Paragraph p = s.paragraph(s.body());
      p.add(s.chunk(n++ + ".  ", s.bodyBold()));
      p.add(s.chunk(j.statement(), s.body()));
      p.setIndentationLeft(14f);
      p.setFirstLineIndent(-14f);
      p.setSpacingBefore(5f);
      doc.add(p);
      StringBuilder meta = new StringBuilder(j.confidence().label()).append(" confidence");
      j.likelihood().ifPresent(l -> meta.append("  ·  ").append(l.label().toLowerCase(Locale.ROOT))
          .append(" (").append(l.lowPercent()).append("–").append(l.highPercent()).append("%)"));
      meta.append("  ·  rests on ").append(count(j.supportedBy().size(), "motivation"));
      Paragraph m = s.paragraph(meta.toString(), s.font(true, 7.5f, s.accent()));
      m.setIndentationLeft(14f);
      doc.add(m);
    }
  }

  // ---------------------------------------------------------------- context

  private void context() throws DocumentException {
    heading(1, "Context");
    for (String para : paragraphs(aCase.summary())) {
      Paragraph p = s.paragraph(para, s.body());
      p.setSpacingAfter(5f);
      p.setAlignment(Element.ALIGN_LEFT);
      doc.add(p);
    }
    ImmutableList<TimelineEntry> entries = analysis.timeline().entries();
    if (entries.isEmpty()) {
      return;
    }
    List<TimelineRow> rows = new ArrayList<>();
    for (TimelineEntry e : entries) {
      String label = shortDate(e) + "  " + e.event().title();
      rows.add(new TimelineRow(e.when().start().earliest(), e.when().end().latest(), s.fonts().shown(clip(label, 64))));
    }
    String undated = analysis.timeline().undated().isEmpty() ? "" : " Undated: "
        + analysis.timeline().undated().stream().map(Event::title).collect(Collectors.joining("; "))
        + ".";
    // a long timeline is split into charts that each fit a page, so that rows never crowd
    int perChart = Math.max(10, (int) ((maxChartHeight() - 40f) / 14f));
    int parts = (rows.size() + perChart - 1) / perChart;
    for (int part = 0; part < parts; part++) {
      List<TimelineRow> slice = rows.subList(part * perChart, Math.min(rows.size(), (part + 1) * perChart));
      float height = Math.max(140f, 40f + slice.size() * 14f);
      String caption = "Events of the case in date order"
          + (parts > 1 ? " (part " + (part + 1) + " of " + parts + ")." : ".")
          + (part == parts - 1 ? undated : "");
      JFreeChart chart = Charts.timeline(slice, chartStyle);
      if (part == 0) {
        chartSection("Timeline", chart, height, caption);
      } else {
        chart(chart, height, caption);
      }
    }
  }

  private String shortDate(TimelineEntry e) {
    return e.when().format(options.locale());
  }

  // ---------------------------------------------------------------- stakeholders

  private void stakeholder(StakeholderGroup g) throws DocumentException {
    Stakeholder st = g.stakeholder();
    heading(1, st.question());
    Paragraph who = s.paragraph(s.smallMuted());
    Chunk swatch = new Chunk("\u00a0\u00a0\u00a0\u00a0", s.smallMuted());
    swatch.setBackground(Styles.awt(colours.get(st.id())));
    who.add(swatch);
    who.add(s.chunk("  " + st.name() + (st.shortName().equals(st.name()) ? "" : " (" + st.shortName() + ")"), s.smallBold()));
    who.add(s.chunk("  ·  " + st.kind().label() + "  ·  " + count(g.tally().count(), "motivation")
        + ", weight " + g.tally().weight(), s.smallMuted()));
    who.setSpacingAfter(4f);
    doc.add(who);
    if (g.motivations().isEmpty()) {
      doc.add(s.paragraph("The case records no motivations for " + st.shortName() + ".", s.body()));
      return;
    }
    for (DomainGroup dg : g.domains()) {
      heading(2, dg.domain().label());
      for (Motivation m : dg.motivations()) {
        motivation(m);
      }
    }
  }

  private void motivation(Motivation m) throws DocumentException {
    ensureSpace(60);
    Paragraph claim = s.paragraph(s.bodyBold());
    claim.add(s.chunk(m.claim(), s.bodyBold()));
    claim.add(s.chunk("   " + m.salience().label().toUpperCase(Locale.ROOT), s.font(true, 6.5f, salienceColour(m))));
    claim.setSpacingBefore(6f);
    doc.add(claim);
    if (!m.rationale().isBlank()) {
      Paragraph r = s.paragraph(flow(m.rationale()), s.body());
      r.setSpacingBefore(1f);
      doc.add(r);
    }
    if (!m.drivers().isEmpty()) {
      Paragraph d = s.paragraph(s.small());
      d.add(s.chunk("Driven by: ", s.smallBold()));
      d.add(s.chunk(actorNames(m.drivers()), s.small()));
      d.setSpacingBefore(2f);
      doc.add(d);
    }
    for (Evidence e : m.evidence()) {
      Paragraph p = s.paragraph(s.smallMuted());
      for (Chunk cite : s.chunks(citation(e), s.font(true, 7.5f, s.accent()))) {
        cite.setLocalGoto(sourceAnchor(e.source().value()));
        p.add(cite);
      }
      p.add(s.chunk("  " + e.text() + "  (" + e.kind().label().toLowerCase(Locale.ROOT) + ")", s.smallMuted()));
      p.setIndentationLeft(10f);
      p.setSpacingBefore(1.5f);
      doc.add(p);
    }
  }

  private Color salienceColour(Motivation m) {
    switch (m.salience()) {
      case PRIMARY:
        return s.accent();
      case SECONDARY:
        return Styles.mix(s.accent(), Color.WHITE, 0.3);
      default:
        return s.muted();
    }
  }

  private String citation(Evidence e) {
    String src = aCase.source(e.source()).map(BriefWriter::shortSource).orElse(e.source().value());
    return "[" + e.locator().map(l -> src + " " + l.cite()).orElse(src) + "]";
  }

  private static String shortSource(Source src) {
    return src.id().value();
  }

  // ---------------------------------------------------------------- comparison

  private void comparison() throws DocumentException {
    heading(1, "Comparison");
    matrix();
    DomainMatrix mx = analysis.matrix();
    List<String> domainLabels = mx.domains().stream().map(Domain::label).collect(Collectors.toList());
    List<SeriesData.Series> weights = new ArrayList<>();
    List<SeriesData.Series> shares = new ArrayList<>();
    double maxShare = 0;
    for (Stakeholder st : mx.stakeholders()) {
      List<Double> w = new ArrayList<>();
      List<Double> sh = new ArrayList<>();
      for (Domain d : mx.domains()) {
        MatrixCell c = mx.cell(st.id(), d.id());
        w.add((double) c.weight());
        sh.add(c.share() * 100);
        maxShare = Math.max(maxShare, c.share() * 100);
      }
      weights.add(new SeriesData.Series(s.fonts().shown(st.shortName()), colours.get(st.id()), ImmutableList.copyOf(w)));
      shares.add(new SeriesData.Series(s.fonts().shown(st.shortName()), colours.get(st.id()), ImmutableList.copyOf(sh)));
    }
    ImmutableList<String> cats = ImmutableList.copyOf(domainLabels.stream().map(s.fonts()::shown).iterator());
    SeriesData weightData = new SeriesData(cats, ImmutableList.copyOf(weights));
    float barHeight = 60f + cats.size() * (mx.stakeholders().size() * 8f + 14f);
    chartSection("Weighted motivations by domain", Charts.groupedBars(weightData, "Weighted motivations (primary 3, secondary 2, subsidiary 1)", chartStyle),
        barHeight, "Salience-weighted motivations of each stakeholder in each domain.");
    double max = Math.max(10, Math.ceil(maxShare / 10) * 10);
    chartSection("Domain emphasis", Charts.radar(new SeriesData(cats, ImmutableList.copyOf(shares)), max, chartStyle), 290f,
        "Share of each stakeholder's weighted motivations per domain, in per cent (outer ring: "
            + (int) max + "%).");
    drivers();
    convergence();
  }

  private void matrix() throws DocumentException {
    DomainMatrix mx = analysis.matrix();
    heading(2, "Stakeholder × domain matrix");
    PdfPTable t = table(matrixWidths(mx));
    headerCell(t, "Stakeholder", Element.ALIGN_LEFT);
    for (Domain d : mx.domains()) {
      headerCell(t, d.label(), Element.ALIGN_CENTER);
    }
    headerCell(t, "Total", Element.ALIGN_CENTER);
    t.setHeaderRows(1);
    int maxWeight = 1;
    for (MatrixCell c : mx.cells().values()) {
      maxWeight = Math.max(maxWeight, c.weight());
    }
    for (Stakeholder st : mx.stakeholders()) {
      PdfPCell name = cell(st.shortName(), s.smallBold(), Element.ALIGN_LEFT);
      name.setBorderWidthLeft(3f);
      name.setBorderColorLeft(Styles.awt(colours.get(st.id())));
      name.setBorder(Rectangle.LEFT | Rectangle.BOTTOM);
      t.addCell(name);
      for (Domain d : mx.domains()) {
        MatrixCell c = mx.cell(st.id(), d.id());
        double k = (double) c.weight() / maxWeight;
        Color bg = Styles.mix(Color.WHITE, s.accent(), 0.85 * k);
        Color fg = k > 0.5 ? Color.WHITE : s.text();
        PdfPCell cell = cell(c.weight() == 0 ? "–" : c.weight() + " (" + c.count() + ")",
            s.font(c.weight() > 0, 8f, fg), Element.ALIGN_CENTER);
        cell.setBackgroundColor(bg);
        t.addCell(cell);
      }
      Tally tot = mx.stakeholderTotals().get(st.id());
      t.addCell(cell(tot.weight() + " (" + tot.count() + ")", s.smallBold(), Element.ALIGN_CENTER));
    }
    t.addCell(cell("All", s.smallBold(), Element.ALIGN_LEFT));
    for (Domain d : mx.domains()) {
      Tally tot = mx.domainTotals().get(d.id());
      t.addCell(cell(tot.weight() + " (" + tot.count() + ")", s.smallBold(), Element.ALIGN_CENTER));
    }
    t.addCell(cell(mx.total().weight() + " (" + mx.total().count() + ")", s.smallBold(), Element.ALIGN_CENTER));
    ensureSpace(60);
    doc.add(t);
    caption("Weight of motivations (salience: primary 3, secondary 2, subsidiary 1), with the "
        + "number of motivations in brackets; darker cells weigh more.");
  }

  /**
   * Column widths for the matrix: each domain column wide enough for the longest word of its
   * label (so that no word breaks), the rest of the width shared out evenly.
   */
  private float[] matrixWidths(DomainMatrix mx) {
    int nd = mx.domains().size();
    float[] w = new float[nd + 2];
    com.lowagie.text.pdf.BaseFont bold = s.fonts().bold();
    float size = 7.5f;
    float pad = 8f;
    float first = bold.getWidthPoint("Stakeholder", size) + pad;
    for (Stakeholder st : mx.stakeholders()) {
      first = Math.max(first, bold.getWidthPoint(st.shortName(), 8f) + pad + 3f);
    }
    w[0] = Math.min(first, 110f);
    for (int i = 0; i < nd; i++) {
      float need = bold.getWidthPoint("00 (00)", 8f) + pad;
      for (String word : mx.domains().get(i).label().split("\\s+")) {
        need = Math.max(need, bold.getWidthPoint(word, size) + pad);
      }
      w[i + 1] = need;
    }
    w[nd + 1] = bold.getWidthPoint("000 (00)", 8f) + pad;
    float total = 0;
    for (float x : w) {
      total += x;
    }
    float available = doc.right() - doc.left();
    if (total < available) {
      float extra = (available - total) / (nd + 1);
      for (int i = 1; i <= nd; i++) {
        w[i] += extra;
      }
      w[0] += extra;
    }
    return w;
  }

  private void drivers() throws DocumentException {
    ImmutableList<DriverRow> rows = analysis.drivers().rows();
    if (rows.isEmpty()) {
      heading(2, "Third-party drivers");
      doc.add(s.paragraph("No motivation in the case names a third party that drives it.", s.body()));
      return;
    }
    List<String> cats = new ArrayList<>();
    for (DriverRow r : rows) {
      cats.add(s.fonts().shown(r.driver().name()));
    }
    List<SeriesData.Series> series = new ArrayList<>();
    for (Stakeholder st : analysis.drivers().stakeholders()) {
      List<Double> v = new ArrayList<>();
      for (DriverRow r : rows) {
        v.add((double) analysis.drivers().cells().get(r.driver().id(), st.id()).weight());
      }
      series.add(new SeriesData.Series(s.fonts().shown(st.shortName()), colours.get(st.id()), ImmutableList.copyOf(v)));
    }
    float height = 60f + cats.size() * (series.size() * 8f + 14f);
    chartSection("Third-party drivers", Charts.groupedBars(new SeriesData(ImmutableList.copyOf(cats), ImmutableList.copyOf(series)),
            "Weighted motivations driven", chartStyle),
        height, "Third parties whose behaviour drives each stakeholder's motivations, by weight.");
  }

  private void convergence() throws DocumentException {
    heading(2, "Convergence");
    List<DomainInterest> shared = analysis.convergence().sharedDomains();
    List<DomainInterest> oneSided = analysis.convergence().oneSidedDomains();
    StringBuilder b = new StringBuilder();
    if (shared.isEmpty()) {
      b.append("No domain holds motivations of more than one stakeholder. ");
    } else {
      b.append("Shared interests: ")
          .append(shared.stream().map(d -> d.domain().label() + " (" + holders(d.interest().holders()) + ")")
              .collect(Collectors.joining("; ")))
          .append(". ");
    }
    if (!oneSided.isEmpty()) {
      b.append("One-sided interests: ")
          .append(oneSided.stream().map(d -> d.domain().label() + " (only " + holders(d.interest().holders()) + ")")
              .collect(Collectors.joining("; ")))
          .append(". ");
    }
    List<DriverInterest> sharedDrivers = analysis.convergence().sharedDrivers();
    if (!sharedDrivers.isEmpty()) {
      b.append("Third parties driving more than one stakeholder: ")
          .append(sharedDrivers.stream().map(d -> d.driver().name()).collect(Collectors.joining(", ")))
          .append(".");
    }
    doc.add(s.paragraph(b.toString().strip(), s.body()));
    for (PairConvergence p : analysis.convergence().pairs()) {
      ensureSpace(40);
      Paragraph para = s.paragraph(s.body());
      para.setSpacingBefore(5f);
      para.add(s.chunk(p.first().shortName() + " and " + p.second().shortName() + ": ", s.bodyBold()));
      para.add(s.chunk("overlap score " + String.format(Locale.ROOT, "%.2f", p.overlap()) + ". ", s.bodyBold()));
      para.add(s.chunk(pairText(p), s.body()));
      doc.add(para);
    }
    caption("The overlap score is the common part of two stakeholders' weight shares across "
        + "domains: 0 when they weigh no domain in common, 1 when their emphasis is identical.");
  }

  private String pairText(PairConvergence p) {
    List<String> parts = new ArrayList<>();
    parts.add(p.sharedDomains().isEmpty()
        ? "They share no domain"
        : "Both hold motivations in " + labels(p.sharedDomains()));
    if (!p.onlyFirstDomains().isEmpty()) {
      parts.add("only " + p.first().shortName() + " in " + labels(p.onlyFirstDomains()));
    }
    if (!p.onlySecondDomains().isEmpty()) {
      parts.add("only " + p.second().shortName() + " in " + labels(p.onlySecondDomains()));
    }
    String text = String.join("; ", parts) + ".";
    if (!p.sharedDrivers().isEmpty()) {
      text += " Both are driven by " + p.sharedDrivers().stream().map(Actor::name).collect(Collectors.joining(", ")) + ".";
    }
    return text;
  }

  private static String labels(List<Domain> domains) {
    return domains.stream().map(Domain::label).collect(Collectors.joining(", "));
  }

  private static String holders(List<Stakeholder> holders) {
    return holders.stream().map(Stakeholder::shortName).collect(Collectors.joining(", "));
  }

  // ---------------------------------------------------------------- arms trade

  private void armsTrade() throws DocumentException {
    heading(1, "Arms trade");
    var flows = analysis.network().flows();
    if (aCase.transfers().isEmpty()) {
      doc.add(s.paragraph("The case records no arms transfers.", s.body()));
      return;
    }
    String focus = flows.focus().map(Actor::name).orElse("no focus actor");
    doc.add(s.paragraph(flows.focus().isPresent()
        ? "Arms flows counted from the side of " + focus + ": " + count(flows.importCount(), "import")
            + " and " + count(flows.exportCount(), "export") + (flows.others().isEmpty() ? "."
            : ", and " + count(flows.others().size(), "transfer") + " between other parties.")
        : "The case names no focus actor; transfers are listed between their parties.", s.body()));
    boolean dated = aCase.transfers().stream().anyMatch(tr -> tr.when().isPresent());
    PdfPTable t = table(dated ? new float[] {1.1f, 1.5f, 1.1f, 3.2f, 1.2f, 1.4f} : new float[] {1.1f, 1.5f, 1.1f, 4.4f, 1.4f});
    for (String h : dated ? List.of("Direction", "Partner", "Status", "Items", "When", "Via")
        : List.of("Direction", "Partner", "Status", "Items", "Via")) {
      headerCell(t, h, Element.ALIGN_LEFT);
    }
    t.setHeaderRows(1);
    List<String> cats = new ArrayList<>();
    List<TransferStatus> statuses = List.of(TransferStatus.values());
    List<double[]> counts = new ArrayList<>();
    addFlows(t, "Import", "from ", flows.imports(), cats, counts, statuses);
    addFlows(t, "Export", "to ", flows.exports(), cats, counts, statuses);
    for (ArmsTransfer tr : flows.others()) {
      transferRow(t, "Other", actorName(tr.supplier()) + " → " + actorName(tr.recipient()), tr);
    }
    ensureSpace(60);
    doc.add(t);
    caption("Each row is one transfer; status as the sources give it.");
    if (!cats.isEmpty()) {
      List<SeriesData.Series> series = new ArrayList<>();
      for (int i = 0; i < statuses.size(); i++) {
        List<Double> v = new ArrayList<>();
        for (double[] c : counts) {
          v.add(c[i]);
        }
        Colour colour = statusColour(i);
        series.add(new SeriesData.Series(statuses.get(i).label(), colour, ImmutableList.copyOf(v)));
      }
      float height = 60f + cats.size() * 16f;
      chartSection("Arms flows by partner and status", Charts.stackedBars(new SeriesData(ImmutableList.copyOf(cats), ImmutableList.copyOf(series)),
              "Transfers", chartStyle),
          height, "Number of transfers by direction, partner and status.");
    }
  }

  private Colour statusColour(int i) {
    Color a = s.accent();
    Color c = Styles.mix(a, Color.WHITE, new double[] {0, 0.35, 0.6, 0.8}[Math.min(i, 3)]);
    return new Colour((c.getRed() << 16) | (c.getGreen() << 8) | c.getBlue());
  }

  private void addFlows(PdfPTable t, String direction, String prep, List<Flow> flows, List<String> cats,
      List<double[]> counts, List<TransferStatus> statuses) {
    String lastPartner = null;
    for (Flow f : flows) {
      String partner = f.partner().name();
      if (!partner.equals(lastPartner)) {
        cats.add(s.fonts().shown(direction + "s " + prep + partner));
        counts.add(new double[statuses.size()]);
        lastPartner = partner;
      }
      counts.get(counts.size() - 1)[statuses.indexOf(f.status())] += f.count();
      for (ArmsTransfer tr : f.transfers()) {
        transferRow(t, direction, partner, tr);
      }
    }
  }

  private void transferRow(PdfPTable t, String direction, String partner, ArmsTransfer tr) {
    t.addCell(cell(direction, s.small(), Element.ALIGN_LEFT));
    t.addCell(cell(partner, s.small(), Element.ALIGN_LEFT));
    t.addCell(cell(tr.status().label(), s.small(), Element.ALIGN_LEFT));
    t.addCell(cell(tr.items(), s.small(), Element.ALIGN_LEFT));
    if (t.getNumberOfColumns() == 6) {
      t.addCell(cell(tr.when().map(w -> w.format(options.locale())).orElse("–"), s.small(), Element.ALIGN_LEFT));
    }
    t.addCell(cell(tr.intermediaries().isEmpty() ? "–" : actorNames(tr.intermediaries()), s.small(), Element.ALIGN_LEFT));
  }

  // ---------------------------------------------------------------- findings

  private void findings() throws DocumentException {
    heading(1, "Findings");
    if (analysis.findings().isEmpty()) {
      doc.add(s.paragraph("The analysis yields no findings for this case.", s.body()));
      return;
    }
    doc.add(s.paragraph("Derived from the figures of the analysis, without judgment.", s.smallMuted()));
    Finding.Topic last = null;
    for (Finding f : analysis.findings()) {
      if (f.topic() != last) {
        ensureSpace(50);
        Paragraph topic = s.paragraph(topicLabel(f.topic()), s.font(true, 8f, s.accent()));
        topic.setSpacingBefore(6f);
        doc.add(topic);
        last = f.topic();
      }
      Paragraph p = s.paragraph(s.body());
      p.add(s.chunk("•  ", s.body()));
      p.add(s.chunk(f.text(), s.body()));
      p.setIndentationLeft(10f);
      p.setFirstLineIndent(-8f);
      doc.add(p);
    }
  }

  private static String topicLabel(Finding.Topic t) {
    switch (t) {
      case PROFILE:
        return "PROFILES";
      case CONVERGENCE:
        return "CONVERGENCE";
      case DRIVERS:
        return "DRIVERS";
      case TIMELINE:
        return "TIMELINE";
      case ARMS_FLOWS:
        return "ARMS FLOWS";
      default:
        return "EVIDENCE";
    }
  }

  // ---------------------------------------------------------------- annexes

  private void annexes() throws DocumentException {
    doc.newPage();
    heading(1, "Annexes");
    actorsAnnex();
    eventsAnnex();
    coverageAnnex();
    sourcesAnnex();
  }

  private void actorsAnnex() throws DocumentException {
    heading(2, "Annex A. Actors");
    float available = doc.right() - doc.left();
    float localCol = s.fonts().bold().getWidthPoint("Local name", 7.5f) + 8f;
    for (Actor a : aCase.actors()) {
      if (a.localName().isPresent()) {
        localCol = Math.max(localCol, localWidth(a.localName().get()) + 8f);
      }
    }
    localCol = Math.min(localCol, available * 0.25f);
    float rest = available - localCol;
    PdfPTable t = table(new float[] {rest * 0.26f, localCol, rest * 0.12f, rest * 0.37f, rest * 0.25f});
    for (String h : List.of("Name", "Local name", "Kind", "Role", "Affiliation")) {
      headerCell(t, h, Element.ALIGN_LEFT);
    }
    t.setHeaderRows(1);
    for (Actor a : aCase.actors()) {
      t.addCell(cell(a.name(), s.smallBold(), Element.ALIGN_LEFT));
      String local = a.localName().orElse("");
      if (!local.isEmpty() && !s.fonts().canShow(local)) {
        s.fonts().leftOut(local);
        local = "";
      }
      t.addCell(cell(local, s.small(), Element.ALIGN_LEFT));
      t.addCell(cell(a.kind().label(), s.small(), Element.ALIGN_LEFT));
      t.addCell(cell(a.role().orElse(""), s.small(), Element.ALIGN_LEFT));
      t.addCell(cell(a.affiliation().map(this::actorName).orElse(""), s.small(), Element.ALIGN_LEFT));
    }
    doc.add(t);
  }

  /** The width of {@code text} at 8 points, each character in the face that shows it. */
  private float localWidth(String text) {
    float w = 0;
    for (Chunk c : s.chunks(text, s.small())) {
      w += c.getFont().getBaseFont().getWidthPoint(c.getContent(), 8f);
    }
    return w;
  }

  private void eventsAnnex() throws DocumentException {
    heading(2, "Annex B. Events");
    PdfPTable t = table(new float[] {1.5f, 3.2f, 1.1f, 2.4f, 1.2f});
    for (String h : List.of("Date", "Event", "Kind", "Participants", "Where")) {
      headerCell(t, h, Element.ALIGN_LEFT);
    }
    t.setHeaderRows(1);
    List<Event> ordered = new ArrayList<>();
    analysis.timeline().entries().forEach(e -> ordered.add(e.event()));
    ordered.addAll(analysis.timeline().undated());
    t.setComplete(false);
    int rows = 0;
    for (Event e : ordered) {
      if (rows++ % SLICE_ROWS == SLICE_ROWS - 1) {
        writeSlice(t);
      }
      t.addCell(cell(e.when().map(w -> w.format(options.locale())).orElse("undated"), s.small(), Element.ALIGN_LEFT));
      PdfPCell what = cell(e.title(), s.smallBold(), Element.ALIGN_LEFT);
      if (!e.significance().isBlank()) {
        what.getPhrase().add(s.chunk("\n" + flow(e.significance()), s.smallMuted()));
      }
      t.addCell(what);
      t.addCell(cell(e.kind().label(), s.small(), Element.ALIGN_LEFT));
      t.addCell(cell(actorNames(e.participants()), s.small(), Element.ALIGN_LEFT));
      t.addCell(cell(e.location().orElse(""), s.small(), Element.ALIGN_LEFT));
    }
    t.setComplete(true);
    doc.add(t);
  }

  /** Rows per slice of a long annex table. */
  private static final int SLICE_ROWS = 500;

  /**
   * Writes the rows of an incomplete table added so far and frees them, so that an annex of
   * 100,000 rows needs the memory of one slice, not of the whole table (which overflowed a 512
   * MB heap). The next slice follows without space before it.
   */
  private void writeSlice(PdfPTable t) throws DocumentException {
    doc.add(t);
    t.setSpacingBefore(0f);
  }

  private void coverageAnnex() throws DocumentException {
    heading(2, "Annex C. Evidence coverage");
    PdfPTable t = table(new float[] {4.1f, 1.5f, 0.8f, 0.9f, 0.7f, 0.8f, 1.1f});
    for (String h : List.of("Motivation", "Stakeholder", "Items", "Sources", "Facts", "Claims", "Assessments")) {
      headerCell(t, h, h.equals("Motivation") || h.equals("Stakeholder") ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
    }
    t.setHeaderRows(1);
    t.setComplete(false);
    int rows = 0;
    for (MotivationCoverage c : analysis.coverage().motivations()) {
      if (rows++ % SLICE_ROWS == SLICE_ROWS - 1) {
        writeSlice(t);
      }
      Motivation m = c.motivation();
      t.addCell(cell(m.claim(), s.small(), Element.ALIGN_LEFT));
      t.addCell(cell(aCase.stakeholder(m.stakeholder()).map(Stakeholder::shortName).orElse(""), s.small(), Element.ALIGN_LEFT));
      PdfPCell items = cell(Integer.toString(c.items()), c.items() == 0 ? s.font(true, 8f, new Color(0xB0, 0x3A, 0x2E)) : s.small(), Element.ALIGN_CENTER);
      t.addCell(items);
      t.addCell(cell(Integer.toString(c.sources()), s.small(), Element.ALIGN_CENTER));
      t.addCell(cell(Integer.toString(c.byKind().getOrDefault(EvidenceKind.FACT, 0)), s.small(), Element.ALIGN_CENTER));
      t.addCell(cell(Integer.toString(c.byKind().getOrDefault(EvidenceKind.CLAIM, 0)), s.small(), Element.ALIGN_CENTER));
      t.addCell(cell(Integer.toString(c.byKind().getOrDefault(EvidenceKind.ASSESSMENT, 0)), s.small(), Element.ALIGN_CENTER));
    }
    t.setComplete(true);
    doc.add(t);
    ImmutableList<WeakSpot> weak = analysis.coverage().weakSpots();
    if (!weak.isEmpty()) {
      ensureSpace(40);
      Paragraph h = s.paragraph("Weak spots", s.font(true, 8f, s.accent()));
      h.setSpacingBefore(4f);
      doc.add(h);
      for (WeakSpot w : weak) {
        Paragraph p = s.paragraph("•  " + w.message(), s.small());
        p.setIndentationLeft(10f);
        p.setFirstLineIndent(-8f);
        doc.add(p);
      }
    }
  }

  private void sourcesAnnex() throws DocumentException {
    heading(2, "Annex D. Sources");
    for (Source src : aCase.sources()) {
      ensureSpace(36);
      Paragraph p = s.paragraph(s.small());
      Chunk id = new Chunk("[" + src.id().value() + "]  ", s.font(true, 8f, s.accent()));
      id.setLocalDestination(sourceAnchor(src.id().value()));
      p.add(id);
      p.add(s.chunk(reference(src), s.small()));
      Optional<SourceUse> use = analysis.coverage().sources().stream().filter(u -> u.source().id().equals(src.id())).findFirst();
      use.ifPresent(u -> p.add(s.chunk("  Cited " + count(u.citations(), "time") + " for "
          + count(u.motivations(), "motivation") + ".", s.smallMuted())));
      p.setIndentationLeft(12f);
      p.setFirstLineIndent(-12f);
      p.setSpacingBefore(3f);
      doc.add(p);
    }
  }

  /** A full reference: authors, title, publisher, date, URL, access date. */
  String reference(Source src) {
    StringBuilder b = new StringBuilder();
    if (!src.authors().isEmpty()) {
      b.append(String.join(", ", src.authors())).append(". ");
    }
    b.append('“').append(src.title()).append('”');
    List<String> rest = new ArrayList<>();
    src.publisher().ifPresent(rest::add);
    src.date().ifPresent(d -> rest.add(d.format(options.locale())));
    if (!rest.isEmpty()) {
      b.append(". ").append(String.join(", ", rest));
    }
    b.append('.');
    src.url().ifPresent(u -> b.append(' ').append(u));
    src.accessed().ifPresent(a -> b.append(" (accessed ")
        .append(org.briefkit.model.PartialDate.from(a).format(options.locale())).append(')'));
    return b.toString();
  }

  private static String sourceAnchor(String id) {
    return "source:" + id;
  }

  // ---------------------------------------------------------------- building blocks

  /** A heading with a bookmark; level 1 sections, level 2 subsections. */
  private void heading(int level, String title) throws DocumentException {
    heading(level, title, 0f);
  }

  /**
   * A heading kept on one page with the first {@code keepWith} points of what follows it
   * (a chart, say), so that no heading ends a page on its own.
   */
  private void heading(int level, String title, float keepWith) throws DocumentException {
    float own = level == 1 ? 40f : 30f;
    ensureSpace(Math.max(level == 1 ? 150f : 110f, own + Math.min(keepWith, maxChartHeight())));
    String key = "h" + headingKeys++;
    pages.bookmark(key, level, title);
    Font f = level == 1 ? s.font(true, 15f, s.accent()) : s.font(true, 11.5f, s.accent());
    Paragraph p = new Paragraph(f.getSize() * 1.25f);
    p.setFont(f);
    for (Chunk c : s.chunks(title, f)) {
      c.setGenericTag(key);
      p.add(c);
    }
    p.setSpacingBefore(level == 1 ? 16f : 10f);
    p.setSpacingAfter(level == 1 ? 6f : 3f);
    p.setKeepTogether(true);
    doc.add(p);
  }

  private void caption(String text) throws DocumentException {
    Paragraph p = s.paragraph(text, s.font(false, 7.5f, s.muted()));
    p.setSpacingBefore(2f);
    p.setSpacingAfter(8f);
    doc.add(p);
  }

  private void rule(float spacing) throws DocumentException {
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    PdfPCell c = new PdfPCell(new Phrase(" ", s.font(false, 2f, s.text())));
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColorBottom(s.accent());
    c.setBorderWidthBottom(1.2f);
    c.setFixedHeight(4f);
    t.addCell(c);
    t.setSpacingBefore(spacing);
    t.setSpacingAfter(2f);
    doc.add(t);
  }

  /** Starts a new page unless {@code points} of height remain. */
  private void ensureSpace(float points) {
    if (writer.getVerticalPosition(false) - doc.bottom() < points) {
      doc.newPage();
    }
  }

  /** Draws {@code chart} as vectors into a template and adds it with a numbered caption. */
  private float maxChartHeight() {
    return doc.top() - doc.bottom() - 90f;
  }

  /** A subsection holding one chart, its heading kept with the chart. */
  private void chartSection(String title, JFreeChart chart, float height, String caption)
      throws DocumentException {
    heading(2, title, height + 24f);
    chart(chart, height, caption);
  }

  private void chart(JFreeChart chart, float height, String caption) throws DocumentException {
    float width = doc.right() - doc.left();
    float h = Math.min(height, maxChartHeight());
    ensureSpace(h + 24f);
    PdfTemplate tp = writer.getDirectContent().createTemplate(width, h);
    Graphics2D g = tp.createGraphics(width, h, s.fonts().mapper());
    try {
      chart.draw(g, new Rectangle2D.Double(0, 0, width, h));
    } finally {
      g.dispose();
    }
    Image img;
    try {
      img = Image.getInstance(tp);
    } catch (BadElementException e) {
      throw new DocumentException(e);
    }
    img.setAlignment(Image.MIDDLE);
    doc.add(img);
    figures++;
    caption("Figure " + figures + ". " + caption);
  }

  private PdfPTable table(float[] widths) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingBefore(4f);
    t.setSpacingAfter(4f);
    t.setSplitLate(true);
    return t;
  }

  private void headerCell(PdfPTable t, String text, int align) {
    PdfPCell c = cell(text, s.font(true, 7.5f, s.accent()), align);
    c.setBackgroundColor(s.tableHeader());
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColorBottom(s.accent());
    c.setBorderWidthBottom(0.8f);
    c.setVerticalAlignment(Element.ALIGN_BOTTOM);
    t.addCell(c);
  }

  private PdfPCell cell(String text, Font f, int align) {
    PdfPCell c = new PdfPCell(s.phrase(text, f));
    c.setHorizontalAlignment(align);
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(s.rule());
    c.setBorderWidth(0.5f);
    c.setPaddingTop(2.5f);
    c.setPaddingBottom(4f);
    c.setPaddingLeft(3f);
    c.setPaddingRight(3f);
    c.setUseAscender(true);
    return c;
  }

  private String actorName(ActorId id) {
    return aCase.actor(id).map(Actor::name).orElse(id.value());
  }

  private String actorNames(List<ActorId> ids) {
    return ids.stream().map(this::actorName).collect(Collectors.joining(", "));
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The paragraphs of a text: blank lines separate them, single line breaks are spaces. */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String block : text.strip().split("\\n\\s*\\n")) {
      String p = flow(block);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  static String flow(String text) {
    return text.strip().replaceAll("\\s*\\n\\s*", " ");
  }

  /** Shortens {@code text} to at most {@code max} characters, at a word boundary, with "…". */
  static String clip(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String cut = text.substring(0, max - 1);
    int space = cut.lastIndexOf(' ');
    if (space > max / 2) {
      cut = cut.substring(0, space);
    }
    return cut.replaceAll("[\\s,;:.–-]+$", "") + "…";
  }
}
