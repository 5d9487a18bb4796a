package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingThreshold;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.DomainInterest;
import org.briefkit.analysis.DomainMatrix;
import org.briefkit.analysis.DriverCell;
import org.briefkit.analysis.DriverInterest;
import org.briefkit.analysis.DriverRow;
import org.briefkit.analysis.Figure;
import org.briefkit.analysis.Finding;
import org.briefkit.analysis.Gap;
import org.briefkit.analysis.Interest;
import org.briefkit.analysis.MatrixCell;
import org.briefkit.analysis.Milestones;
import org.briefkit.analysis.PairConvergence;
import org.briefkit.analysis.Tally;
import org.briefkit.analysis.TimelineEntry;
import org.briefkit.analysis.WeakSpot;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.Colour;
import org.briefkit.model.Domain;
import org.briefkit.model.Event;
import org.briefkit.model.Id;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.report.ReportOptions;

/**
 * The computed sheets (Matrix, Convergence, Drivers, Timeline, Findings) and the Overview's
 * charts. Only the matrix is live (formulas over the Motivations table); the others show the
 * analysis as computed when the workbook was written.
 */
final class AnalysisSheets {
  /** Where the matrix's weight block lies, for the Overview chart. */
  record MatrixBlock(int labelRow, int firstRow, int firstCol, int domains, int stakeholders) {}

  /** Where the drivers' weight table lies, for the Overview chart. */
  record DriverBlock(int firstRow, int drivers, int stakeholders) {}

  /** How many motivation ids a driver row lists before "and N more". */
  private static final int SHOWN_IDS = 50;

  private final CaseAnalysis analysis;
  private final Styles styles;
  private final ReportOptions options;
  private final ImmutableMap<StakeholderId, Colour> colours;
  private final String marking;
  private final Sheets sheets;

  /** How this class gets at the workbook's sheets. */
  interface Sheets {
    SheetBuilder builder(String sheet);
  }

  AnalysisSheets(CaseAnalysis analysis, Styles styles, ReportOptions options, ImmutableMap<StakeholderId, Colour> colours, Sheets sheets) {
    this.analysis = analysis;
    this.styles = styles;
    this.options = options;
    this.colours = colours;
    this.marking = analysis.theCase().marking().orElse("");
    this.sheets = sheets;
  }

  private static String col(int index) {
    return CellReference.convertNumToColString(index);
  }

  private String shortName(StakeholderId id) {
    return analysis.theCase().stakeholder(id).map(Stakeholder::shortName).orElse(id.value());
  }

  private String actorName(ActorId id) {
    return analysis.theCase().actor(id).map(Actor::name).orElse(id.value());
  }

  // ---------------------------------------------------------------- matrix

  MatrixBlock matrix() {
    DomainMatrix m = analysis.matrix();
    SheetBuilder b = sheets.builder(Layout.MATRIX);
    int nd = m.domains().size();
    int ns = m.stakeholders().size();
    b.capAt(0, 24).capAt(1, 16);
    for (int i = 0; i < nd + 1; i++) {
      b.wrapAt(2 + i, 16);
    }
    b.row();
    b.text(0, "Stakeholder × domain matrix", styles.title);
    b.row();
    b.text(0, "Computed by formulas over the Motivations table: edit a motivation and the matrix follows.", styles.subtitle);
    b.skip();
    String stakeholderCol = CaseTables.MOTIVATIONS.ref("stakeholder");
    String domainCol = CaseTables.MOTIVATIONS.ref("domain");
    String weightCol = CaseTables.MOTIVATIONS.ref("weight");

    MatrixBlock weights = null;
    for (int block = 0; block < 3; block++) {
      String heading =
          block == 0
              ? "Weighted motivations (primary 3, secondary 2, subsidiary 1)"
              : block == 1 ? "Number of motivations" : "Share of each stakeholder's weight";
      b.row();
      b.text(0, heading, styles.heading);
      int labelRow = b.nextRow();
      b.row();
      b.text(0, "Stakeholder", styles.header);
      b.text(1, "Id", styles.header);
      for (int d = 0; d < nd; d++) {
        b.text(2 + d, m.domains().get(d).label(), styles.header);
      }
      b.text(2 + nd, "Total", styles.header);
      int idRow = b.nextRow();
      b.row();
      b.text(1, "Domain id", styles.subtitle);
      for (int d = 0; d < nd; d++) {
        b.text(2 + d, m.domains().get(d).id().value(), styles.subtitle);
      }
      int first = b.nextRow();
      for (int s = 0; s < ns; s++) {
        Stakeholder st = m.stakeholders().get(s);
        int r = b.nextRow() + 1;
        b.row();
        b.text(0, st.shortName(), styles.fill(colours.get(st.id())));
        b.text(1, st.id().value(), styles.text);
        for (int d = 0; d < nd; d++) {
          MatrixCell cell = m.cell(st.id(), m.domains().get(d).id());
          String c = col(2 + d);
          String criteria = stakeholderCol + ",$B" + r + "," + domainCol + "," + c + "$" + (idRow + 1);
          if (block == 0) {
            b.formula(2 + d, "SUMIFS(" + weightCol + "," + criteria + ")", cell.weight(), styles.integer);
          } else if (block == 1) {
            b.formula(2 + d, "COUNTIFS(" + criteria + ")", cell.count(), styles.integer);
          } else {
            String w = c + (weights.firstRow() + s + 1);
            String t = col(2 + nd) + (weights.firstRow() + s + 1);
            b.formula(2 + d, "IF(" + t + "=0,0," + w + "/" + t + ")", cell.share(), styles.percent);
          }
        }
        Tally total = m.stakeholderTotals().get(st.id());
        if (block < 2) {
          b.formula(2 + nd, "SUM(C" + r + ":" + col(1 + nd) + r + ")",
              block == 0 ? total.weight() : total.count(), styles.integer);
        } else {
          b.formula(2 + nd, "SUM(C" + r + ":" + col(1 + nd) + r + ")", total.weight() == 0 ? 0 : 1, styles.percent);
        }
      }
      if (block < 2) {
        int r = b.nextRow() + 1;
        b.row();
        b.text(0, "Total", styles.label);
        for (int d = 0; d <= nd; d++) {
          String c = col(2 + d);
          int cached =
              d == nd
                  ? (block == 0 ? m.total().weight() : m.total().count())
                  : (block == 0
                      ? m.domainTotals().get(m.domains().get(d).id()).weight()
                      : m.domainTotals().get(m.domains().get(d).id()).count());
          b.formula(2 + d, "SUM(" + c + (first + 1) + ":" + c + (r - 1) + ")", cached, styles.integer);
        }
      }
      if (ns > 0 && nd > 0) {
        colourScale(b, new CellRangeAddress(first, first + ns - 1, 2, 1 + nd));
      }
      if (block == 0) {
        weights = new MatrixBlock(labelRow, first, 2, nd, ns);
      }
      b.skip();
    }
    b.fitColumns(3 + nd);
    b.printSetup(options.paper(), 0, marking);
    return weights;
  }

  private void colourScale(SheetBuilder b, CellRangeAddress range) {
    XSSFSheetConditionalFormatting scf = b.xssf.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule = scf.createConditionalFormattingColorScaleRule();
    XSSFColorScaleFormatting cs = rule.getColorScaleFormatting();
    cs.setNumControlPoints(2);
    XSSFConditionalFormattingThreshold low = cs.createThreshold();
    low.setRangeType(RangeType.MIN);
    XSSFConditionalFormattingThreshold high = cs.createThreshold();
    high.setRangeType(RangeType.MAX);
    cs.setThresholds(new XSSFConditionalFormattingThreshold[] {low, high});
    Colour accent = options.theme().palette().get(0);
    Colour pale = new Colour(0xFFFFFF);
    cs.setColors(new XSSFColor[] {Styles.colour(pale), Styles.colour(tint(accent))});
    scf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
  }

  /** A lighter version of {@code c}, so that black numbers stay legible on the darkest cell. */
  private static Colour tint(Colour c) {
    return new Colour(
        ((c.red() + 255) / 2) << 16 | ((c.green() + 255) / 2) << 8 | ((c.blue() + 255) / 2));
  }

  // ---------------------------------------------------------------- convergence

  void convergence() {
    SheetBuilder b = sheets.builder(Layout.CONVERGENCE);
    b.wrapAt(0, 24).wrapAt(1, 24).capAt(2, 12);
    for (int i = 3; i < 9; i++) {
      b.wrapAt(i, 28);
    }
    b.row();
    b.text(0, "Convergence", styles.title);
    b.row();
    b.text(0, "Where the stakeholders' interests meet and where they stand alone, as analysed when the workbook was written.", styles.subtitle);
    b.skip();
    b.row();
    b.text(0, "Stakeholder pairs", styles.heading);
    b.row();
    String[] pairHeaders = {
      "First", "Second", "Overlap", "Shared domains", "Only first's domains", "Only second's domains",
      "Shared drivers", "Only first's drivers", "Only second's drivers"
    };
    for (int i = 0; i < pairHeaders.length; i++) {
      b.text(i, pairHeaders[i], styles.header);
    }
    for (PairConvergence p : analysis.convergence().pairs()) {
      b.row();
      b.text(0, p.first().shortName(), styles.fill(colours.get(p.first().id())));
      b.text(1, p.second().shortName(), styles.fill(colours.get(p.second().id())));
      b.number(2, p.overlap(), styles.percent);
      b.text(3, domains(p.sharedDomains()), styles.wrap);
      b.text(4, domains(p.onlyFirstDomains()), styles.wrap);
      b.text(5, domains(p.onlySecondDomains()), styles.wrap);
      b.text(6, actors(p.sharedDrivers()), styles.wrap);
      b.text(7, actors(p.onlyFirstDrivers()), styles.wrap);
      b.text(8, actors(p.onlySecondDrivers()), styles.wrap);
    }
    b.skip();
    List<Stakeholder> stakeholders = analysis.theCase().stakeholders();
    b.row();
    b.text(0, "Domains", styles.heading);
    interestHeader(b, "Domain", stakeholders);
    for (DomainInterest d : analysis.convergence().domains()) {
      interestRow(b, d.domain().label(), d.interest(), stakeholders);
    }
    b.skip();
    b.row();
    b.text(0, "Third-party drivers", styles.heading);
    interestHeader(b, "Driver", stakeholders);
    for (DriverInterest d : analysis.convergence().drivers()) {
      interestRow(b, d.driver().name(), d.interest(), stakeholders);
    }
    b.fitColumns(Math.max(9, 4 + stakeholders.size()));
    b.printSetup(options.paper(), 0, marking);
  }

  private void interestHeader(SheetBuilder b, String what, List<Stakeholder> stakeholders) {
    b.row();
    b.text(0, what, styles.header);
    b.text(1, "Held by", styles.header);
    b.text(2, "Shared", styles.header);
    b.text(3, "Total weight", styles.header);
    for (int i = 0; i < stakeholders.size(); i++) {
      b.text(4 + i, stakeholders.get(i).shortName() + " weight", styles.header);
    }
  }

  private void interestRow(SheetBuilder b, String name, Interest interest, List<Stakeholder> stakeholders) {
    b.row();
    b.text(0, name, styles.wrap);
    List<String> holders = new ArrayList<>();
    for (Stakeholder s : interest.holders()) {
      holders.add(s.shortName());
    }
    b.text(1, String.join(", ", holders), styles.wrap);
    b.text(2, interest.isShared() ? "shared" : interest.isOneSided() ? "one-sided" : "none", styles.text);
    b.number(3, interest.total().weight(), styles.integer);
    for (int i = 0; i < stakeholders.size(); i++) {
      Tally t = interest.byHolder().get(stakeholders.get(i).id());
      b.number(4 + i, t == null ? 0 : t.weight(), styles.integer);
    }
  }

  private static String domains(List<Domain> domains) {
    List<String> labels = new ArrayList<>();
    for (Domain d : domains) {
      labels.add(d.label());
    }
    return String.join(", ", labels);
  }

  private static String actors(List<Actor> actors) {
    List<String> names = new ArrayList<>();
    for (Actor a : actors) {
      names.add(a.name());
    }
    return String.join(", ", names);
  }

  // ---------------------------------------------------------------- drivers

  DriverBlock drivers() {
    SheetBuilder b = sheets.builder(Layout.DRIVERS);
    List<Stakeholder> stakeholders = analysis.drivers().stakeholders();
    int ns = stakeholders.size();
    b.capAt(0, 30).capAt(1, 16).wrapAt(4 + 2 * ns, 40);
    b.row();
    b.text(0, "Third-party drivers", styles.title);
    b.row();
    b.text(0, "Whose behaviour drives whose motivations: weights (and counts) of the motivations each third party drives.", styles.subtitle);
    b.skip();
    b.row();
    b.text(0, "Driver", styles.header);
    b.text(1, "Id", styles.header);
    for (int i = 0; i < ns; i++) {
      b.text(2 + i, stakeholders.get(i).shortName() + " weight", styles.header);
    }
    b.text(2 + ns, "Total weight", styles.header);
    for (int i = 0; i < ns; i++) {
      b.text(3 + ns + i, stakeholders.get(i).shortName() + " count", styles.header);
    }
    b.text(3 + 2 * ns, "Motivations", styles.header);
    b.text(4 + 2 * ns, "Motivation ids", styles.header);
    int first = b.nextRow();
    for (DriverRow row : analysis.drivers().rows()) {
      b.row();
      b.text(0, row.driver().name(), styles.wrap);
      b.text(1, row.driver().id().value(), styles.text);
      for (int i = 0; i < ns; i++) {
        DriverCell c = row.byStakeholder().get(stakeholders.get(i).id());
        b.number(2 + i, c == null ? 0 : c.weight(), styles.integer);
        b.number(3 + ns + i, c == null ? 0 : c.count(), styles.integer);
      }
      b.number(2 + ns, row.weight(), styles.integer);
      b.number(3 + 2 * ns, row.count(), styles.integer);
      List<String> ids = new ArrayList<>();
      row.motivations().stream().limit(SHOWN_IDS).forEach(mo -> ids.add(mo.id().value()));
      String shown = String.join(", ", ids);
      if (row.motivations().size() > SHOWN_IDS) {
        shown += " and " + (row.motivations().size() - SHOWN_IDS) + " more";
      }
      b.text(4 + 2 * ns, shown, styles.wrap);
    }
    if (analysis.drivers().rows().isEmpty()) {
      b.row();
      b.text(0, "No motivation names a third-party driver.", styles.text);
    }
    b.fitColumns(5 + 2 * ns);
    b.sheet.createFreezePane(1, 4);
    b.printSetup(options.paper(), 0, marking);
    return new DriverBlock(first, analysis.drivers().rows().size(), ns);
  }

  // ---------------------------------------------------------------- timeline

  void timeline() {
    SheetBuilder b = sheets.builder(Layout.TIMELINE);
    b.capAt(0, 26).capAt(1, 18).capAt(2, 18).capAt(3, 10).wrapAt(4, 50).capAt(5, 28).capAt(6, 14).wrapAt(7, 40).wrapAt(8, 24);
    b.row();
    b.text(0, "Timeline", styles.title);
    b.row();
    b.text(0, "Events in chronological order. Dates keep the precision the sources give: a year stays a year.", styles.subtitle);
    b.skip();
    b.row();
    String[] headers = {"When", "Start", "End", "Precision", "Event", "Id", "Kind", "Participants", "Tags"};
    for (int i = 0; i < headers.length; i++) {
      b.text(i, headers[i], styles.header);
    }
    List<Event> events = analysis.theCase().events();
    for (TimelineEntry e : analysis.timeline().entries()) {
      b.row();
      b.text(0, e.label(), styles.text);
      date(b, 1, e.when().start());
      if (e.span()) {
        date(b, 2, e.when().end());
      }
      b.text(3, e.precision().name().toLowerCase(java.util.Locale.ROOT), styles.text);
      eventColumns(b, e.event(), events.indexOf(e.event()));
    }
    for (Event e : analysis.timeline().undated()) {
      b.row();
      b.text(0, "undated", styles.text);
      eventColumns(b, e, events.indexOf(e));
    }
    for (Milestones m : analysis.timeline().threads()) {
      if (m.gaps().isEmpty()) {
        continue;
      }
      b.skip();
      b.row();
      b.text(0, "Milestones: " + m.label(), styles.heading);
      b.row();
      b.text(0, "From", styles.header);
      b.text(1, "To", styles.header);
      b.text(2, "Gap", styles.header);
      b.text(3, "Days (min)", styles.header);
      b.text(4, "Between", styles.header);
      for (Gap g : m.gaps()) {
        b.row();
        b.text(0, g.from().label(), styles.text);
        b.text(1, g.to().label(), styles.text);
        b.text(2, g.text(), styles.text);
        b.number(3, g.minDays(), styles.integer);
        b.text(4, g.from().event().title() + " → " + g.to().event().title(), styles.wrap);
      }
    }
    b.fitColumns(9);
    b.sheet.createFreezePane(0, 4);
    b.printSetup(options.paper(), 0, marking);
  }

  private void date(SheetBuilder b, int col, PartialDate d) {
    org.apache.poi.ss.usermodel.CellStyle style =
        switch (d.precision()) {
          case YEAR -> styles.dateYear;
          case MONTH -> styles.dateMonth;
          case DAY -> styles.dateDay;
        };
    b.date(col, d.earliest(), style, d.format());
  }

  private void eventColumns(SheetBuilder b, Event e, int index) {
    b.text(4, e.title(), styles.wrap);
    b.formula(5, "HYPERLINK(\"#" + Layout.quoteSheet(Layout.EVENTS) + "!A" + (index + 2) + "\",\"" + e.id().value() + "\")",
        e.id().value(), styles.link);
    b.text(6, e.kind().label(), styles.text);
    List<String> names = new ArrayList<>();
    e.participants().forEach(p -> names.add(actorName(p)));
    b.text(7, String.join(", ", names), styles.wrap);
    b.text(8, String.join(", ", e.tags()), styles.wrap);
  }

  // ---------------------------------------------------------------- findings

  void findings() {
    SheetBuilder b = sheets.builder(Layout.FINDINGS);
    b.capAt(0, 14).wrapAt(1, 80).wrapAt(2, 50).wrapAt(3, 30);
    b.row();
    b.text(0, "Findings", styles.title);
    b.row();
    b.text(0, "Factual statements derived from the figures, and the weak spots of the evidence.", styles.subtitle);
    b.skip();
    b.row();
    String[] headers = {"Topic", "Finding", "Figures", "About"};
    for (int i = 0; i < headers.length; i++) {
      b.text(i, headers[i], styles.header);
    }
    for (Finding f : analysis.findings()) {
      b.row();
      b.text(0, label(f.topic().name()), styles.text);
      b.text(1, f.text(), styles.wrap);
      // A finding about every source of a large case has hundreds of figures: list the first
      // ones only, as a cell holds at most 32,767 characters.
      int shown = 50;
      List<String> figures = new ArrayList<>();
      for (Figure fig : f.figures()) {
        if (figures.size() == shown) {
          figures.add("and " + (f.figures().size() - shown) + " more");
          break;
        }
        figures.add(fig.name() + ": " + fig.display());
      }
      b.text(2, String.join("\n", figures), styles.wrap);
      b.text(3, shownIds(f.about()), styles.wrap);
    }
    b.skip();
    b.row();
    b.text(0, "Weak spots", styles.heading);
    b.row();
    b.text(0, "Kind", styles.header);
    b.text(1, "Message", styles.header);
    b.text(2, "Subject", styles.header);
    for (WeakSpot w : analysis.coverage().weakSpots()) {
      b.row();
      b.text(0, label(w.kind().name()), styles.text);
      b.text(1, w.message(), styles.wrap);
      b.text(2, w.subject().value(), styles.text);
    }
    b.fitColumns(4);
    b.printSetup(options.paper(), 0, marking);
  }

  private static String label(String constant) {
    String k = constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(k.charAt(0)) + k.substring(1);
  }

  /** The first {@link #SHOWN_IDS} ids, then "and N more": a cell holds 32,767 characters. */
  private static String shownIds(List<? extends Id> ids) {
    if (ids.size() <= SHOWN_IDS) {
      return ids(ids);
    }
    return ids(ids.subList(0, SHOWN_IDS)) + " and " + (ids.size() - SHOWN_IDS) + " more";
  }

  private static String ids(List<? extends Id> ids) {
    List<String> values = new ArrayList<>();
    ids.forEach(i -> values.add(i.value()));
    return String.join(", ", values);
  }

  // ---------------------------------------------------------------- charts

  /** The Overview's two native charts, anchored from {@code row} down. */
  void charts(XSSFSheet overview, int row, MatrixBlock matrix, DriverBlock drivers) {
    XSSFDrawing drawing = overview.createDrawingPatriarch();
    List<Stakeholder> stakeholders = analysis.matrix().stakeholders();
    if (matrix.domains() > 0 && matrix.stakeholders() > 0) {
      XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, row, 4, row + 22);
      String[] labels = new String[matrix.domains()];
      for (int d = 0; d < labels.length; d++) {
        labels[d] = analysis.matrix().domains().get(d).label();
      }
      String sheet = Layout.quoteSheet(Layout.MATRIX);
      XDDFCategoryDataSource categories =
          XDDFDataSourcesFactory.fromArray(labels, sheet + "!" + range(matrix.labelRow(), 2, matrix.labelRow(), 1 + labels.length));
      List<Double[]> values = new ArrayList<>();
      List<String> refs = new ArrayList<>();
      for (int s = 0; s < stakeholders.size(); s++) {
        Double[] v = new Double[labels.length];
        for (int d = 0; d < labels.length; d++) {
          v[d] = (double) analysis.matrix().cell(stakeholders.get(s).id(), analysis.matrix().domains().get(d).id()).weight();
        }
        values.add(v);
        int r = matrix.firstRow() + s;
        refs.add(sheet + "!" + range(r, 2, r, 1 + labels.length));
      }
      barChart(drawing, anchor, "Weighted motivations by domain", BarDirection.COL, categories, values, refs,
          Layout.MATRIX, matrix.firstRow(), stakeholders);
    }
    if (drivers.drivers() > 0 && drivers.stakeholders() > 0) {
      XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, row + 24, 4, row + 44);
      List<DriverRow> rows = analysis.drivers().rows();
      List<Stakeholder> ds = analysis.drivers().stakeholders();
      String[] labels = new String[rows.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = rows.get(i).driver().name();
      }
      String sheet = Layout.quoteSheet(Layout.DRIVERS);
      XDDFCategoryDataSource categories =
          XDDFDataSourcesFactory.fromArray(labels, sheet + "!" + range(drivers.firstRow(), 0, drivers.firstRow() + labels.length - 1, 0));
      List<Double[]> values = new ArrayList<>();
      List<String> refs = new ArrayList<>();
      for (int s = 0; s < ds.size(); s++) {
        Double[] v = new Double[labels.length];
        for (int i = 0; i < labels.length; i++) {
          DriverCell c = rows.get(i).byStakeholder().get(ds.get(s).id());
          v[i] = c == null ? 0d : (double) c.weight();
        }
        values.add(v);
        refs.add(sheet + "!" + range(drivers.firstRow(), 2 + s, drivers.firstRow() + labels.length - 1, 2 + s));
      }
      barChart(drawing, anchor, "Third-party drivers (weighted motivations)", BarDirection.BAR, categories, values, refs,
          null, -1, ds);
    }
  }

  private static String range(int r1, int c1, int r2, int c2) {
    return new CellReference(r1, c1, true, true).formatAsString() + ":" + new CellReference(r2, c2, true, true).formatAsString();
  }

  private void barChart(
      XSSFDrawing drawing, XSSFClientAnchor anchor, String title, BarDirection direction,
      XDDFCategoryDataSource categories, List<Double[]> values, List<String> refs,
      String titleSheet, int firstTitleRow, List<Stakeholder> stakeholders) {
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    // POI tags the title with the JVM's default locale; the case's language keeps the bytes fixed.
    Locale language = Locale.forLanguageTag(analysis.theCase().language());
    chart.getTitle().getBody().getParagraphs().forEach(p -> p.getTextRuns().forEach(r -> r.setLanguage(language)));
    chart.setTitleOverlay(false);
    XDDFChartLegend legend = chart.getOrAddLegend();
    legend.setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis x = chart.createCategoryAxis(direction == BarDirection.COL ? AxisPosition.BOTTOM : AxisPosition.LEFT);
    XDDFValueAxis y = chart.createValueAxis(direction == BarDirection.COL ? AxisPosition.LEFT : AxisPosition.BOTTOM);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    x.setCrosses(AxisCrosses.AUTO_ZERO);
    if (direction == BarDirection.BAR) {
      // Horizontal bars list the categories top-down, in the order of the table.
      x.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
      y.setCrosses(AxisCrosses.MAX);
    }
    y.getOrAddMajorGridProperties().setLineProperties(gridLine());
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(direction);
    data.setBarGrouping(BarGrouping.CLUSTERED);
    data.setVaryColors(false);
    for (int s = 0; s < stakeholders.size(); s++) {
      Stakeholder st = stakeholders.get(s);
      XDDFNumericalDataSource<Double> v = XDDFDataSourcesFactory.fromArray(values.get(s), refs.get(s));
      XDDFChartData.Series series = data.addSeries(categories, v);
      if (titleSheet != null) {
        series.setTitle(st.shortName(), new CellReference(titleSheet, firstTitleRow + s, 0, true, true));
      } else {
        series.setTitle(st.shortName(), null);
      }
      Colour c = colours.get(st.id());
      XDDFColor colour = XDDFColor.from(new byte[] {(byte) c.red(), (byte) c.green(), (byte) c.blue()});
      XDDFShapeProperties shape = new XDDFShapeProperties();
      shape.setFillProperties(new XDDFSolidFillProperties(colour));
      XDDFLineProperties line = new XDDFLineProperties();
      line.setFillProperties(new XDDFSolidFillProperties(colour));
      shape.setLineProperties(line);
      series.setShapeProperties(shape);
    }
    chart.plot(data);
  }

  private static XDDFLineProperties gridLine() {
    XDDFLineProperties line = new XDDFLineProperties();
    line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.LIGHT_GRAY)));
    return line;
  }
}
