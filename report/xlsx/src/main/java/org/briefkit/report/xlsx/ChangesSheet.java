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

  /** The table's headers. */
  static final List<String> HEADERS = List.of("Section", "Change", "Id", "Label", "Field", "Before", "After");

  /** What a value not given reads as, as {@code briefkit diff} writes it. */
  static final String NONE = "(none)";

  /** What stands in for the reason of a judgment whose estimate moved without one. */
  static final String NO_REASON = "(none given)";

  /** What the sheet says when the two versions are the same. */
  static final String NO_CHANGES = "No changes: the case is the same as its previous version.";

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
    context.title(
        b, "Changes",
        "What changed since the previous version, a row per value (docs/provenance.md); each Id links to the"
            + " value in this version.");
    Locale locale = context.options().locale();
    labelled(b, styles, "This version", version(changes.versionAfter(), c.asOf(), locale));
    labelled(b, styles, "Previous version", version(changes.versionBefore(), changes.asOfBefore(c), locale));
    labelled(b, styles, "Changes", count(changes));
    b.skip();
    if (changes.isEmpty()) {
      b.row();
      b.text(0, NO_CHANGES, styles.text);
      b.fitColumns(HEADERS.size());
      b.printSetup(context.options().paper(), 0, context.marking());
      return;
    }
    int header = b.nextRow();
    context.headers(b, HEADERS.toArray(String[]::new));
    ChangedCells where = new ChangedCells(c);
    WrittenCells cells = new WrittenCells(c);
    for (SectionChanges section : changes.sections()) {
      for (ElementChange e : section.changes()) {
        element(b, styles, section, e, "", where.pointer(section, e), cells, where);
      }
    }
    int last = b.nextRow() - 1;
    table(b, header, last);
    b.fitColumns(HEADERS.size());
    b.sheet.createFreezePane(0, header + 1);
    b.printSetup(context.options().paper(), 0, context.marking());
  }

  /**
   * The rows of one element: one for an element added or removed; for a changed one, one per
   * field, its estimate first; then its parts (an ACH matrix' hypotheses and items), their ids
   * after the element's ({@code why-task-force › item e-voluntary}).
   */
  private static void element(SheetBuilder b, Styles styles, SectionChanges section, ElementChange e,
      String within, Optional<String> pointer, WrittenCells cells, ChangedCells where) {
    String id = within + (e.owner().isPresent() ? e.owner().get() + " › " : "")
        + (within.isEmpty() ? "" : e.entity() + " ") + e.key();
    if (e.kind() != ChangeKind.CHANGED) {
      row(b, styles, section, e, id, "", "", "", pointer.flatMap(cells::place));
    }
    e.estimate().ifPresent(est -> estimate(b, styles, section, e, id, est, pointer, cells));
    for (FieldChange f : e.fields()) {
      row(b, styles, section, e, id, header(e.entity(), f.field()), value(f.before()), value(f.after()),
          pointer.map(p -> section.name().equals(CaseDiff.CASE) ? "/" + f.field() : p + "/" + f.field())
              .flatMap(cells::place));
    }
    for (ElementChange part : e.parts()) {
      element(b, styles, section, part, e.key() + " › ", where.part(pointer, part), cells, where);
    }
  }

  /** The rows of a judgment whose confidence or likelihood moved: both, and the reason. */
  private static void estimate(SheetBuilder b, Styles styles, SectionChanges section, ElementChange e,
      String id, EstimateChange est, Optional<String> pointer, WrittenCells cells) {
    row(b, styles, section, e, id, header(e.entity(), "confidence"), est.confidenceBefore().key(),
        est.confidenceAfter().key(), pointer.flatMap(p -> cells.place(p + "/confidence")));
    row(b, styles, section, e, id, header(e.entity(), "likelihood"), likelihood(est.likelihoodBefore()),
        likelihood(est.likelihoodAfter()), pointer.flatMap(p -> cells.place(p + "/likelihood")));
    row(b, styles, section, e, id, header(e.entity(), "changeReason"), "", est.reason().orElse(NO_REASON),
        pointer.flatMap(p -> cells.place(p + "/changeReason")));
  }

  private static void row(SheetBuilder b, Styles styles, SectionChanges section, ElementChange e, String id,
      String field, String before, String after, Optional<Place> place) {
    b.row();
    b.text(0, section.title(), styles.text);
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
  static String version(Optional<String> label, Optional<PartialDate> asOf, Locale locale) {
    return label.orElse("(no version label)") + asOf.map(d -> ", as of " + d.format(locale)).orElse("");
  }

  /** "39: 15 added, 7 removed, 17 changed", as the last line of {@code briefkit diff} counts them. */
  static String count(CaseChanges changes) {
    List<String> kinds = new ArrayList<>();
    for (ChangeKind k : ChangeKind.values()) {
      kinds.add(changes.count(k) + " " + k.key());
    }
    return changes.total() + ": " + String.join(", ", kinds);
  }

  private static String value(Optional<FieldValue> v) {
    return v.map(FieldValue::text).orElse(NONE);
  }

  private static String likelihood(Optional<Likelihood> l) {
    return l.map(Likelihood::key).orElse(NONE);
  }

  /** A field as this workbook heads its column ("Supported by"); its name when no table has it. */
  static String header(String entity, String field) {
    return CaseChanges.header(entity, field);
  }

  /** The Excel table over the header row and the rows under it, as the case tables are styled. */
  private static void table(SheetBuilder b, int header, int last) {
    AreaReference area = new AreaReference(
        new CellReference(header, 0), new CellReference(last, HEADERS.size() - 1), SpreadsheetVersion.EXCEL2007);
    XSSFTable t = b.xssf.createTable(area);
    t.setName(TABLE);
    t.setDisplayName(TABLE);
    CTTable ct = t.getCTTable();
    CTTableColumn[] cols = ct.getTableColumns().getTableColumnArray();
    for (int i = 0; i < cols.length; i++) {
      cols[i].setName(HEADERS.get(i));
    }
    ct.addNewAutoFilter().setRef(area.formatAsString());
    CTTableStyleInfo style = ct.addNewTableStyleInfo();
    style.setName("TableStyleLight15");
    style.setShowRowStripes(true);
  }
}
