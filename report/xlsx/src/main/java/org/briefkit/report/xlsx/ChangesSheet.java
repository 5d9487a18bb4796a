package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.changes.CaseChanges;
import org.briefkit.analysis.changes.CaseDiff;
import org.briefkit.analysis.changes.ChangeKind;
import org.briefkit.analysis.changes.ElementChange;
import org.briefkit.analysis.changes.EstimateChange;
import org.briefkit.analysis.changes.FieldChange;
import org.briefkit.analysis.changes.FieldValue;
import org.briefkit.analysis.changes.SectionChanges;
import org.briefkit.model.Case;
import org.briefkit.model.Likelihood;
import org.briefkit.model.PartialDate;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Field;
import org.briefkit.report.xlsx.ReadState.Place;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * What changed since the previous version ({@link CaseAnalysis#changes()}), in a workbook whose
 * analysis compared the case with it; the workbooks of other analyses have no such sheet. A
 * title block names both versions and counts the changes; then an Excel table has a row per
 * change of a value: an element added or removed is one row, a changed element a row per field
 * that changed, and a key judgment whose confidence or likelihood moved a row each for its
 * confidence, its likelihood and its reason. Each Id links to the cell of the value in this
 * version (a removed element has none). Computed, not read back.
 */
final class ChangesSheet implements ComputedSheet {
  /** The Excel table's name. */
  static final String TABLE = "Changes";

  /** The keys of the table's headers. */
  private static final List<String> HEADER_KEYS = List.of(
      "changes.section", "changes.change", "changes.id", "changes.label", "changes.field", "changes.before",
      "changes.after");

  /** The table's headers in an English workbook. */
  static final List<String> HEADERS = HEADER_KEYS.stream().map(WorkbookText.english()::get).toList();

  /** What a value not given reads as in an English workbook, as {@code briefkit diff} writes it. */
  static final String NONE = WorkbookText.english().get("changes.noValue");

  /** What the sheet of an English workbook says when the two versions are the same. */
  static final String NO_CHANGES = WorkbookText.english().get("changes.none");

  @Override
  public String name() {
    return Layout.CHANGES;
  }

  @Override
  public boolean present(CaseAnalysis analysis) {
    return analysis.changes().isPresent();
  }

  @Override
  public void write(SheetContext context, SheetBuilder b) {
    Styles styles = context.styles();
    Case c = context.theCase();
    CaseChanges changes = context.analysis().changes().orElseThrow();
    b.capAt(0, 22).capAt(1, 9).capAt(2, 36).wrapAt(3, 50).capAt(4, 18).wrapAt(5, 45).wrapAt(6, 45);
    context.title(b, "changes");
    WorkbookText text = context.text();
    Locale locale = context.options().localeFor(c);
    labelled(b, styles, text.get("changes.thisVersion"), version(text, changes.versionAfter(), c.asOf(), locale));
    labelled(b, styles, text.get("changes.previousVersion"),
        version(text, changes.versionBefore(), changes.asOfBefore(c), locale));
    labelled(b, styles, text.get("changes.changes"), count(changes));
    b.skip();
    if (changes.isEmpty()) {
      b.row();
      b.text(0, text.get("changes.none"), styles.text);
      b.fitColumns(HEADER_KEYS.size());
      b.printSetup(context.options().paper(), 0, context.marking(), context.text());
      return;
    }
    int header = b.nextRow();
    context.headers(b, HEADER_KEYS.toArray(String[]::new));
    ChangedCells where = new ChangedCells(c);
    WrittenCells cells = new WrittenCells(c, context.tables());
    for (SectionChanges section : changes.sections()) {
      for (ElementChange e : section.changes()) {
        element(b, styles, text, section, e, "", where.pointer(section, e), cells, where);
      }
    }
    int last = b.nextRow() - 1;
    table(b, header, last, text);
    b.fitColumns(HEADER_KEYS.size());
    b.sheet.createFreezePane(0, header + 1);
    b.printSetup(context.options().paper(), 0, context.marking(), context.text());
  }

  /**
   * The rows of one element: one for an element added or removed; for a changed one, one per
   * field, its estimate first; then its parts (an ACH matrix' hypotheses and items), their ids
   * after the element's ({@code why-task-force › item e-voluntary}).
   */
  private static void element(SheetBuilder b, Styles styles, WorkbookText text, SectionChanges section, ElementChange e,
      String within, Optional<String> pointer, WrittenCells cells, ChangedCells where) {
    String id = within + (e.owner().isPresent() ? e.owner().get() + " › " : "")
        + (within.isEmpty() ? "" : e.entity() + " ") + e.key();
    if (e.kind() != ChangeKind.CHANGED) {
      row(b, styles, text, section, e, id, "", "", "", pointer.flatMap(cells::place));
    }
    e.estimate().ifPresent(est -> estimate(b, styles, text, section, e, id, est, pointer, cells));
    for (FieldChange f : e.fields()) {
      row(b, styles, text, section, e, id, header(text, e.entity(), f.field()), value(text, f.before()),
          value(text, f.after()),
          pointer.map(p -> section.name().equals(CaseDiff.CASE) ? "/" + f.field() : p + "/" + f.field())
              .flatMap(cells::place));
    }
    for (ElementChange part : e.parts()) {
      element(b, styles, text, section, part, e.key() + " › ", where.part(pointer, part), cells, where);
    }
  }

  /** The rows of a judgment whose confidence or likelihood moved: both, and the reason. */
  private static void estimate(SheetBuilder b, Styles styles, WorkbookText text, SectionChanges section,
      ElementChange e, String id, EstimateChange est, Optional<String> pointer, WrittenCells cells) {
    row(b, styles, text, section, e, id, header(text, e.entity(), "confidence"), est.confidenceBefore().key(),
        est.confidenceAfter().key(), pointer.flatMap(p -> cells.place(p + "/confidence")));
    row(b, styles, text, section, e, id, header(text, e.entity(), "likelihood"), likelihood(text, est.likelihoodBefore()),
        likelihood(text, est.likelihoodAfter()), pointer.flatMap(p -> cells.place(p + "/likelihood")));
    row(b, styles, text, section, e, id, header(text, e.entity(), "changeReason"), "",
        est.reason().orElse(text.get("changes.noReason")), pointer.flatMap(p -> cells.place(p + "/changeReason")));
  }

  private static void row(SheetBuilder b, Styles styles, WorkbookText text, SectionChanges section, ElementChange e,
      String id, String field, String before, String after, Optional<Place> place) {
    b.row();
    b.text(0, title(text, section), styles.text);
    b.text(1, e.kind().key(), styles.text);
    if (place.isPresent()) {
      String target = Layout.quoteSheet(place.get().sheet()) + "!" + place.get().cell();
      b.link(2, id, target, styles.link);
    } else {
      b.text(2, id, styles.text);
    }
    b.text(3, e.label(), styles.wrap);
    b.text(4, field, styles.text);
    b.text(5, before, styles.wrap);
    b.text(6, after, styles.wrap);
  }

  /** A labelled row of the title block. */
  private static void labelled(SheetBuilder b, Styles styles, String label, String value) {
    b.row();
    b.text(0, label, styles.label);
    b.text(1, value, styles.text);
  }

  /** "2, as of 30 November 2040"; "(no version label), as of ..." */
  static String version(WorkbookText text, Optional<String> label, Optional<PartialDate> asOf, Locale locale) {
    return label.orElse(text.get("changes.noLabel")) + asOf.map(d -> text.get("changes.asOf", d.format(locale))).orElse("");
  }

  /** A section's title as the workbook names it: the case list's header, "Case" or "Evidence". */
  private static String title(WorkbookText text, SectionChanges section) {
    if (section.name().equals(CaseDiff.CASE)) {
      return text.get("overview.case");
    }
    if (section.name().equals(CaseDiff.EVIDENCE)) {
      return text.sheet(Layout.EVIDENCE);
    }
    return text.header(CaseFormat.CASE, CaseFormat.CASE.field(section.name()).orElseThrow());
  }

  /** "39: 15 added, 7 removed, 17 changed", as the last line of {@code briefkit diff} counts them. */
  static String count(CaseChanges changes) {
    List<String> kinds = new ArrayList<>();
    for (ChangeKind k : ChangeKind.values()) {
      kinds.add(changes.count(k) + " " + k.key());
    }
    return changes.total() + ": " + String.join(", ", kinds);
  }

  private static String value(WorkbookText text, Optional<FieldValue> v) {
    return v.map(FieldValue::text).orElse(text.get("changes.noValue"));
  }

  private static String likelihood(WorkbookText text, Optional<Likelihood> l) {
    return l.map(Likelihood::key).orElse(text.get("changes.noValue"));
  }

  /** A field as this workbook heads its column ("Supported by"); its name when no table has it. */
  static String header(WorkbookText text, String entity, String field) {
    return CaseFormat.ALL.stream().filter(en -> en.name().equals(entity)).findFirst()
        .flatMap(en -> en.field(field).map(f -> text.header(en, f))).orElse(CaseChanges.header(entity, field));
  }

  /** The Excel table over the header row and the rows under it, as the case tables are styled. */
  private static void table(SheetBuilder b, int header, int last, WorkbookText text) {
    AreaReference area = new AreaReference(
        new CellReference(header, 0), new CellReference(last, HEADER_KEYS.size() - 1), SpreadsheetVersion.EXCEL2007);
    XSSFTable t = b.xssf.createTable(area);
    t.setName(TABLE);
    t.setDisplayName(TABLE);
    CTTable ct = t.getCTTable();
    CTTableColumn[] cols = ct.getTableColumns().getTableColumnArray();
    for (int i = 0; i < cols.length; i++) {
      cols[i].setName(text.get(HEADER_KEYS.get(i)));
    }
    ct.addNewAutoFilter().setRef(area.formatAsString());
    CTTableStyleInfo style = ct.addNewTableStyleInfo();
    style.setName("TableStyleLight15");
    style.setShowRowStripes(true);
  }
}
