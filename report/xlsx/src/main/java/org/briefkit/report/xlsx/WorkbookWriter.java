package org.briefkit.report.xlsx;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorKind;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.Colour;
import org.briefkit.model.Confidence;
import org.briefkit.model.Domain;
import org.briefkit.model.Event;
import org.briefkit.model.EventKind;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Id;
import org.briefkit.model.Instrument;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Keyed;
import org.briefkit.model.Likelihood;
import org.briefkit.model.Motivation;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Salience;
import org.briefkit.model.Source;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.StakeholderKind;
import org.briefkit.model.TransferStatus;
import org.briefkit.report.ReportOptions;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/** Builds one workbook for one case; used once. */
final class WorkbookWriter {
  private static final int WINDOW = 200;
  private static final Joiner IDS = Joiner.on(", ");
  private static final String NOTE =
      "Edit the case below and in the tables (Motivations, Stakeholders, Domains, Actors, Events,"
          + " Arms transfers, Evidence, Judgments, Sources); the Matrix and the key figures"
          + " recalculate. BriefKit reads the edited workbook back.";

  private final ReportOptions options;
  private final CaseAnalysis analysis;
  private final Case theCase;
  private final SXSSFWorkbook wb;
  private final XSSFWorkbook xssf;
  private final Styles styles;
  private final ImmutableMap<StakeholderId, Colour> colours;
  private final String marking;

  WorkbookWriter(ReportOptions options, CaseAnalysis analysis) {
    this.options = options;
    this.analysis = analysis;
    this.theCase = analysis.theCase();
    this.xssf = new XSSFWorkbook();
    this.wb = new SXSSFWorkbook(xssf, WINDOW, false, false);
    wb.setZip64Mode(Zip64Mode.AsNeeded);
    this.styles = new Styles(wb, options.theme());
    this.colours = options.theme().stakeholderColours(theCase);
    this.marking = theCase.marking().orElse("");
  }

  void writeTo(OutputStream out) throws IOException {
    try {
      for (String name : Layout.SHEETS) {
        wb.createSheet(name);
      }
      createTables();
      int chartRow = overview();
      ComputedSheets.write(
          new SheetContext(analysis, styles, options, colours, this::builder), xssf.getSheet(Layout.OVERVIEW), chartRow);
      motivations();
      stakeholders();
      domains();
      actors();
      events();
      transfers();
      evidence();
      judgments();
      sources();
      properties();
      wb.setActiveSheet(0);
      wb.write(out);
    } finally {
      wb.close();
    }
  }

  // ---------------------------------------------------------------- tables

  private void createTables() {
    Case c = theCase;
    table(Layout.STAKEHOLDER_TABLE, c.stakeholders().size());
    table(Layout.DOMAIN_TABLE, c.domains().size());
    table(Layout.ACTOR_TABLE, c.actors().size());
    table(Layout.MOTIVATION_TABLE, c.motivations().size());
    table(Layout.EVENT_TABLE, c.events().size());
    table(Layout.TRANSFER_TABLE, c.transfers().size());
    table(Layout.EVIDENCE_TABLE, evidenceCount());
    table(Layout.JUDGMENT_TABLE, c.judgments().size());
    table(Layout.SOURCE_TABLE, c.sources().size());
  }

  private int evidenceCount() {
    int n = 0;
    for (Motivation m : theCase.motivations()) {
      n += m.evidence().size();
    }
    for (Event e : theCase.events()) {
      n += e.evidence().size();
    }
    for (ArmsTransfer t : theCase.transfers()) {
      n += t.evidence().size();
    }
    return n;
  }

  private void table(Layout.TableSpec spec, int rows) {
    XSSFSheet sheet = xssf.getSheet(spec.sheet());
    int lastCol = spec.columns().size() - 1;
    AreaReference area =
        new AreaReference(
            new CellReference(0, 0), new CellReference(Math.max(1, rows), lastCol),
            SpreadsheetVersion.EXCEL2007);
    XSSFTable t = sheet.createTable(area);
    t.setName(spec.table());
    t.setDisplayName(spec.table());
    CTTable ct = t.getCTTable();
    CTTableColumn[] cols = ct.getTableColumns().getTableColumnArray();
    for (int i = 0; i < cols.length; i++) {
      cols[i].setName(spec.columns().get(i));
    }
    ct.addNewAutoFilter().setRef(area.formatAsString());
    CTTableStyleInfo style = ct.addNewTableStyleInfo();
    style.setName("TableStyleLight15");
    style.setShowRowStripes(true);
  }

  private SheetBuilder builder(String sheet) {
    SXSSFSheet s = wb.getSheet(sheet);
    return new SheetBuilder(s, xssf.getSheet(sheet));
  }

  private SheetBuilder headed(Layout.TableSpec spec) {
    SheetBuilder b = builder(spec.sheet());
    b.row();
    for (int i = 0; i < spec.columns().size(); i++) {
      b.text(i, spec.columns().get(i), styles.header);
    }
    b.sheet.createFreezePane(1, 1);
    return b;
  }

  private void finish(SheetBuilder b, Layout.TableSpec spec, int rows) {
    if (rows == 0) {
      b.row();
    }
    b.fitColumns(spec.columns().size());
    b.printSetup(options.paper(), 1, marking);
  }

  private static String ref(Layout.TableSpec spec, String column) {
    return spec.table() + "[" + column + "]";
  }

  private static String thisRow(Layout.TableSpec spec, String column) {
    return spec.table() + "[[#This Row],[" + column + "]]";
  }

  private static String ids(List<? extends Id> ids) {
    List<String> values = new ArrayList<>(ids.size());
    for (Id id : ids) {
      values.add(id.value());
    }
    return IDS.join(values);
  }

  private static String opt(Optional<?> value) {
    return value.map(Object::toString).orElse("");
  }

  // ---------------------------------------------------------------- validation lists

  private <E extends Enum<E> & Keyed> void keys(SheetBuilder b, Layout.TableSpec spec, String column, Class<E> type, int rows) {
    List<String> keys = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      keys.add(e.key());
    }
    DataValidationHelper h = b.sheet.getDataValidationHelper();
    validate(b, spec, column, rows, h.createExplicitListConstraint(keys.toArray(new String[0])),
        "Choose one of: " + String.join(", ", keys));
  }

  private void idList(SheetBuilder b, Layout.TableSpec spec, String column, Layout.TableSpec target, int targetRows, int rows) {
    String range =
        Layout.quoteSheet(target.sheet()) + "!$A$2:$A$" + (Math.max(1, targetRows) + 1);
    DataValidationHelper h = b.sheet.getDataValidationHelper();
    validate(b, spec, column, rows, h.createFormulaListConstraint(range),
        "Choose an id from the " + target.sheet() + " sheet");
  }

  private void validate(SheetBuilder b, Layout.TableSpec spec, String column, int rows, DataValidationConstraint constraint, String message) {
    int col = spec.index(column);
    DataValidationHelper h = b.sheet.getDataValidationHelper();
    DataValidation v = h.createValidation(constraint, new CellRangeAddressList(1, Math.max(1, rows), col, col));
    v.setShowErrorBox(true);
    v.createErrorBox(column, message);
    v.setEmptyCellAllowed(true);
    // Inverted name in XSSF: true shows the drop-down arrow.
    v.setSuppressDropDownArrow(true);
    b.sheet.addValidationData(v);
  }

  // ---------------------------------------------------------------- overview

  /** Writes the Overview's cells; returns the row where the charts go. */
  private int overview() {
    Case c = theCase;
    SheetBuilder b = builder(Layout.OVERVIEW);
    b.capAt(0, 18).wrapAt(1, 90).capAt(2, 14).capAt(3, 20);
    // Field rows start after the title block and the "Case" heading.
    int first = 5;
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {Layout.F_ID, c.id().value()});
    fields.add(new String[] {Layout.F_TITLE, c.title()});
    fields.add(new String[] {Layout.F_SUBTITLE, c.subtitle().orElse("")});
    for (String q : c.questions()) {
      fields.add(new String[] {Layout.F_QUESTION, q});
    }
    for (String a : c.authors()) {
      fields.add(new String[] {Layout.F_AUTHOR, a});
    }
    fields.add(new String[] {Layout.F_ORGANISATION, c.organisation().orElse("")});
    fields.add(new String[] {Layout.F_AS_OF, opt(c.asOf())});
    fields.add(new String[] {Layout.F_MARKING, c.marking().orElse("")});
    fields.add(new String[] {Layout.F_LANGUAGE, c.language()});
    fields.add(new String[] {Layout.F_SUMMARY, c.summary()});
    fields.add(new String[] {Layout.F_FOCUS, opt(c.focus())});
    int titleRow = first + 2;
    int subtitleRow = first + 3;
    int markingRow = first + 1 + fields.stream().map(f -> f[0]).toList().indexOf(Layout.F_MARKING);

    b.row().setHeightInPoints(28);
    b.formula(0, "B" + titleRow + "&\"\"", c.title(), styles.title);
    b.row();
    b.formula(0, "B" + subtitleRow + "&\"\"", c.subtitle().orElse(""), styles.subtitle);
    b.row();
    b.formula(0, "B" + markingRow + "&\"\"", marking, styles.marking);
    b.row();
    b.text(0, NOTE, styles.subtitle);
    b.row();
    b.text(0, Layout.CASE_HEADING, styles.heading);
    b.text(1, "", styles.heading);
    for (String[] f : fields) {
      b.row();
      b.text(0, f[0], styles.label);
      b.text(1, f[1], f[0].equals(Layout.F_AS_OF) ? styles.textual : styles.wrap);
    }
    b.skip();
    b.row();
    b.text(0, Layout.KEY_FIGURES_HEADING, styles.heading);
    b.text(1, "", styles.heading);
    figure(b, "Stakeholders", "COUNTA(" + ref(Layout.STAKEHOLDER_TABLE, Layout.ID) + ")", c.stakeholders().size());
    figure(b, "Domains", "COUNTA(" + ref(Layout.DOMAIN_TABLE, Layout.ID) + ")", c.domains().size());
    figure(b, "Motivations", "COUNTA(" + ref(Layout.MOTIVATION_TABLE, Layout.ID) + ")", c.motivations().size());
    int weight = 0;
    for (Motivation m : c.motivations()) {
      weight += m.weight();
    }
    figure(b, "Total weight", "SUM(" + ref(Layout.MOTIVATION_TABLE, Layout.M_WEIGHT) + ")", weight);
    figure(b, "Actors", "COUNTA(" + ref(Layout.ACTOR_TABLE, Layout.ID) + ")", c.actors().size());
    figure(b, "Events", "COUNTA(" + ref(Layout.EVENT_TABLE, Layout.ID) + ")", c.events().size());
    figure(b, "Arms transfers", "COUNTA(" + ref(Layout.TRANSFER_TABLE, Layout.ID) + ")", c.transfers().size());
    figure(b, "Evidence items", "COUNTA(" + ref(Layout.EVIDENCE_TABLE, Layout.V_ITEM) + ")", evidenceCount());
    figure(b, "Sources", "COUNTA(" + ref(Layout.SOURCE_TABLE, Layout.ID) + ")", c.sources().size());
    figure(b, "Key judgments", "COUNTA(" + ref(Layout.JUDGMENT_TABLE, Layout.ID) + ")", c.judgments().size());
    b.skip();
    b.row();
    b.text(0, "Key judgments", styles.heading);
    b.text(1, "", styles.heading);
    b.text(2, "", styles.heading);
    b.text(3, "", styles.heading);
    b.row();
    b.text(0, Layout.ID, styles.header);
    b.text(1, Layout.J_STATEMENT, styles.header);
    b.text(2, Layout.J_CONFIDENCE, styles.header);
    b.text(3, Layout.J_LIKELIHOOD, styles.header);
    String js = Layout.quoteSheet(Layout.JUDGMENTS) + "!";
    for (int i = 0; i < c.judgments().size(); i++) {
      KeyJudgment j = c.judgments().get(i);
      int r = i + 2;
      b.row();
      b.formula(0, js + "A" + r + "&\"\"", j.id().value(), styles.text);
      b.formula(1, js + "B" + r + "&\"\"", j.statement(), styles.wrap);
      b.formula(2, js + "C" + r + "&\"\"", j.confidence().key(), styles.text);
      b.formula(3, js + "D" + r + "&\"\"", j.likelihood().map(Keyed::key).orElse(""), styles.text);
    }
    b.skip();
    b.sheet.setRowBreak(b.nextRow() - 1);
    b.row();
    b.text(0, "Charts", styles.heading);
    b.text(1, "", styles.heading);
    int chartRow = b.nextRow() + 1;
    b.fitColumns(4);
    b.printSetup(options.paper(), 0, marking);
    return chartRow;
  }

  private void figure(SheetBuilder b, String label, String formula, int cached) {
    b.row();
    b.text(0, label, styles.label);
    b.formula(1, formula, cached, styles.figure);
  }

  // ---------------------------------------------------------------- case tables

  private void motivations() {
    Layout.TableSpec spec = Layout.MOTIVATION_TABLE;
    SheetBuilder b = headed(spec);
    b.capAt(0, 24).capAt(1, 16).capAt(2, 22).wrapAt(6, 60).wrapAt(7, 80).wrapAt(8, 24).wrapAt(9, 24);
    String salience = thisRow(spec, Layout.M_SALIENCE);
    String weight =
        "IF(" + salience + "=\"primary\",3,IF(" + salience + "=\"secondary\",2,IF(" + salience
            + "=\"subsidiary\",1,0)))";
    String instrument =
        "IFERROR(INDEX(" + ref(Layout.DOMAIN_TABLE, Layout.D_INSTRUMENT) + ",MATCH("
            + thisRow(spec, Layout.M_DOMAIN) + "," + ref(Layout.DOMAIN_TABLE, Layout.ID) + ",0)),\"\")";
    for (Motivation m : theCase.motivations()) {
      b.row();
      b.text(0, m.id().value(), styles.text);
      b.text(1, m.stakeholder().value(), styles.text);
      b.text(2, m.domain().value(), styles.text);
      b.formula(3, instrument, theCase.domain(m.domain()).map(d -> d.instrument().key()).orElse(""), styles.text);
      b.text(4, m.salience().key(), styles.text);
      b.formula(5, weight, m.weight(), styles.integer);
      b.text(6, m.claim(), styles.wrap);
      b.text(7, m.rationale(), styles.wrap);
      b.text(8, ids(m.drivers()), styles.wrap);
      b.text(9, ids(m.actors()), styles.wrap);
      b.number(10, m.evidence().size(), styles.integer);
    }
    int n = theCase.motivations().size();
    keys(b, spec, Layout.M_SALIENCE, Salience.class, n);
    idList(b, spec, Layout.M_STAKEHOLDER, Layout.STAKEHOLDER_TABLE, theCase.stakeholders().size(), n);
    idList(b, spec, Layout.M_DOMAIN, Layout.DOMAIN_TABLE, theCase.domains().size(), n);
    finish(b, spec, n);
  }

  private void stakeholders() {
    Layout.TableSpec spec = Layout.STAKEHOLDER_TABLE;
    SheetBuilder b = headed(spec);
    b.wrapAt(1, 40).wrapAt(7, 60);
    for (Stakeholder s : theCase.stakeholders()) {
      b.row();
      b.text(0, s.id().value(), styles.text);
      b.text(1, s.name(), styles.wrap);
      b.text(2, s.shortName(), styles.text);
      b.text(3, s.kind().key(), styles.text);
      b.text(4, opt(s.colour()), styles.text);
      b.text(5, colours.get(s.id()).toString(), styles.fill(colours.get(s.id())));
      b.text(6, opt(s.actor()), styles.text);
      b.text(7, s.question(), styles.wrap);
    }
    int n = theCase.stakeholders().size();
    keys(b, spec, Layout.KIND, StakeholderKind.class, n);
    finish(b, spec, n);
  }

  private void domains() {
    Layout.TableSpec spec = Layout.DOMAIN_TABLE;
    SheetBuilder b = headed(spec);
    b.wrapAt(1, 30).wrapAt(3, 70);
    for (Domain d : theCase.domains()) {
      b.row();
      b.text(0, d.id().value(), styles.text);
      b.text(1, d.label(), styles.wrap);
      b.text(2, d.instrument().key(), styles.text);
      b.text(3, d.description(), styles.wrap);
    }
    int n = theCase.domains().size();
    keys(b, spec, Layout.D_INSTRUMENT, Instrument.class, n);
    finish(b, spec, n);
  }

  private void actors() {
    Layout.TableSpec spec = Layout.ACTOR_TABLE;
    SheetBuilder b = headed(spec);
    b.wrapAt(1, 36).wrapAt(4, 50);
    for (Actor a : theCase.actors()) {
      b.row();
      b.text(0, a.id().value(), styles.text);
      b.text(1, a.name(), styles.wrap);
      b.text(2, a.localName().orElse(""), styles.text);
      b.text(3, a.kind().key(), styles.text);
      b.text(4, a.role().orElse(""), styles.wrap);
      b.text(5, opt(a.affiliation()), styles.text);
      b.text(6, a.country().orElse(""), styles.text);
    }
    int n = theCase.actors().size();
    keys(b, spec, Layout.KIND, ActorKind.class, n);
    finish(b, spec, n);
  }

  private void events() {
    Layout.TableSpec spec = Layout.EVENT_TABLE;
    SheetBuilder b = headed(spec);
    b.capAt(1, 24).wrapAt(2, 50).wrapAt(4, 30).wrapAt(5, 24).wrapAt(6, 60).wrapAt(7, 24);
    for (Event e : theCase.events()) {
      b.row();
      b.text(0, e.id().value(), styles.text);
      b.text(1, opt(e.when()), styles.textual);
      b.text(2, e.title(), styles.wrap);
      b.text(3, e.kind().key(), styles.text);
      b.text(4, ids(e.participants()), styles.wrap);
      b.text(5, e.location().orElse(""), styles.wrap);
      b.text(6, e.significance(), styles.wrap);
      b.text(7, String.join(", ", e.tags()), styles.wrap);
      b.number(8, e.evidence().size(), styles.integer);
    }
    int n = theCase.events().size();
    keys(b, spec, Layout.KIND, EventKind.class, n);
    finish(b, spec, n);
  }

  private void transfers() {
    Layout.TableSpec spec = Layout.TRANSFER_TABLE;
    SheetBuilder b = headed(spec);
    b.wrapAt(3, 50).wrapAt(5, 30).capAt(6, 24);
    for (ArmsTransfer t : theCase.transfers()) {
      b.row();
      b.text(0, t.id().value(), styles.text);
      b.text(1, t.supplier().value(), styles.text);
      b.text(2, t.recipient().value(), styles.text);
      b.text(3, t.items(), styles.wrap);
      b.text(4, t.status().key(), styles.text);
      b.text(5, ids(t.intermediaries()), styles.wrap);
      b.text(6, opt(t.when()), styles.textual);
      b.number(7, t.evidence().size(), styles.integer);
    }
    int n = theCase.transfers().size();
    keys(b, spec, Layout.T_STATUS, TransferStatus.class, n);
    finish(b, spec, n);
  }

  private void evidence() {
    Layout.TableSpec spec = Layout.EVIDENCE_TABLE;
    SheetBuilder b = headed(spec);
    b.capAt(0, 12).capAt(1, 24).capAt(2, 24).capAt(3, 14).wrapAt(5, 90);
    List<Motivation> ms = theCase.motivations();
    for (int i = 0; i < ms.size(); i++) {
      evidenceRows(b, Layout.Owner.MOTIVATION, ms.get(i).id().value(), i, ms.get(i).evidence());
    }
    List<Event> es = theCase.events();
    for (int i = 0; i < es.size(); i++) {
      evidenceRows(b, Layout.Owner.EVENT, es.get(i).id().value(), i, es.get(i).evidence());
    }
    List<ArmsTransfer> ts = theCase.transfers();
    for (int i = 0; i < ts.size(); i++) {
      evidenceRows(b, Layout.Owner.TRANSFER, ts.get(i).id().value(), i, ts.get(i).evidence());
    }
    int n = evidenceCount();
    keys(b, spec, Layout.KIND, EvidenceKind.class, n);
    List<String> owners = new ArrayList<>();
    for (Layout.Owner o : Layout.Owner.values()) {
      owners.add(o.key);
    }
    validate(b, spec, Layout.V_FOR, n,
        b.sheet.getDataValidationHelper().createExplicitListConstraint(owners.toArray(new String[0])),
        "Choose one of: " + String.join(", ", owners));
    finish(b, spec, n);
  }

  private void evidenceRows(SheetBuilder b, Layout.Owner owner, String id, int index, List<Evidence> items) {
    String target = "#" + Layout.quoteSheet(owner.sheet) + "!A" + (index + 2);
    for (Evidence e : items) {
      b.row();
      b.text(0, owner.key, styles.text);
      b.formula(1, "HYPERLINK(\"" + target + "\",\"" + id + "\")", id, styles.link);
      b.text(2, e.source().value(), styles.text);
      b.text(3, opt(e.locator()), styles.text);
      b.text(4, e.kind().key(), styles.text);
      b.text(5, e.text(), styles.wrap);
    }
  }

  private void judgments() {
    Layout.TableSpec spec = Layout.JUDGMENT_TABLE;
    SheetBuilder b = headed(spec);
    b.wrapAt(1, 80).capAt(3, 22).wrapAt(4, 30);
    for (KeyJudgment j : theCase.judgments()) {
      b.row();
      b.text(0, j.id().value(), styles.text);
      b.text(1, j.statement(), styles.wrap);
      b.text(2, j.confidence().key(), styles.text);
      b.text(3, j.likelihood().map(Keyed::key).orElse(""), styles.text);
      b.text(4, ids(j.supportedBy()), styles.wrap);
    }
    int n = theCase.judgments().size();
    keys(b, spec, Layout.J_CONFIDENCE, Confidence.class, n);
    keys(b, spec, Layout.J_LIKELIHOOD, Likelihood.class, n);
    finish(b, spec, n);
  }

  private void sources() {
    Layout.TableSpec spec = Layout.SOURCE_TABLE;
    SheetBuilder b = headed(spec);
    b.wrapAt(1, 60).wrapAt(2, 30).wrapAt(3, 30).capAt(4, 12).wrapAt(5, 50).capAt(6, 12);
    for (Source s : theCase.sources()) {
      b.row();
      b.text(0, s.id().value(), styles.text);
      b.text(1, s.title(), styles.wrap);
      b.text(2, String.join("\n", s.authors()), styles.wrap);
      b.text(3, s.publisher().orElse(""), styles.wrap);
      b.text(4, opt(s.date()), styles.textual);
      b.text(5, s.url().orElse(""), styles.wrap);
      b.text(6, s.accessed().map(d -> PartialDate.from(d).toString()).orElse(""), styles.textual);
    }
    finish(b, spec, theCase.sources().size());
  }

  // ---------------------------------------------------------------- properties

  private Instant timestamp() {
    return options.timestampFor(theCase);
  }

  private void properties() {
    POIXMLProperties props = xssf.getProperties();
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    Date when = Date.from(timestamp());
    core.setCreated(Optional.of(when));
    core.setModified(Optional.of(when));
    core.setTitle(theCase.title());
    core.setCreator(String.join("; ", theCase.authors()));
    core.setIdentifier(theCase.id().value());
    theCase.subtitle().ifPresent(core::setSubjectProperty);
    props.getExtendedProperties().getUnderlyingProperties().setApplication("BriefKit");
    props.getCustomProperties().addProperty(Layout.FORMAT_PROPERTY, Layout.FORMAT_VERSION);
  }
}
