package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.briefkit.model.Case;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ListType;
import org.briefkit.model.format.RecordListType;
import org.briefkit.model.format.ScalarType;

/**
 * The Overview sheet: the title block (formulas over the case block, so that an edited title
 * shows at once), the case block (one labelled row per value of the case, read back), the key
 * figures (live counts over the tables), the key judgments and the place of the charts.
 */
final class OverviewSheet {
  /** The sheet row (from 0) of the case block's first value. */
  static final int FIRST = 5;

  private OverviewSheet() {}

  /** One row of the case block: the field's header and one value as text. */
  record Entry(Field<Case, ?, ?> field, String value) {}

  /** The fields the case block shows: the case's own values, not its lists of elements (the tables). */
  static List<Field<Case, Case.Builder, ?>> blockFields() {
    return CaseFormat.CASE.fields().stream().filter(f -> !(f.type() instanceof RecordListType<?>)).toList();
  }

  /** The case block's rows: one per value, a list's items one per row. */
  static List<Entry> entries(Case c) {
    List<Entry> out = new ArrayList<>();
    for (Field<Case, ?, ?> f : blockFields()) {
      add(f, c, out);
    }
    return out;
  }

  private static <V> void add(Field<Case, ?, V> f, Case c, List<Entry> out) {
    if (f.type() instanceof ListType<?> l) {
      for (Object item : (List<?>) f.get(c).orElseThrow()) {
        out.add(new Entry(f, format(l, item)));
      }
      return;
    }
    out.add(new Entry(f, CaseTableWriter.text(f, c)));
  }

  @SuppressWarnings("unchecked") // the item comes from the list the type describes
  private static <E> String format(ListType<E> type, Object item) {
    return type.item().format((E) item);
  }

  /** Writes the sheet; returns the row where the charts go. */
  static int write(SheetBuilder b, SheetContext ctx) {
    Case c = ctx.theCase();
    Styles styles = ctx.styles();
    String marking = c.marking().orElse("");
    b.capAt(0, 18).wrapAt(1, 90).capAt(2, 14).capAt(3, 20);
    List<Entry> entries = entries(c);
    b.row().setHeightInPoints(28);
    b.formula(0, "B" + row(entries, "title") + "&\"\"", c.title(), styles.title);
    b.row();
    b.formula(0, "B" + row(entries, "subtitle") + "&\"\"", c.subtitle().orElse(""), styles.subtitle);
    b.row();
    b.formula(0, "B" + row(entries, "marking") + "&\"\"", marking, styles.marking);
    b.row();
    // Short: it runs on to the right, and the printed page is as wide as it.
    b.text(0, ctx.word("overview.note"), styles.subtitle);
    b.row();
    b.text(0, ctx.word("overview.case"), styles.heading);
    b.text(1, "", styles.heading);
    for (Entry e : entries) {
      b.row();
      String header = ctx.text().header(CaseFormat.CASE, e.field());
      b.text(0, header, styles.label);
      boolean date = e.field().type() instanceof ScalarType<?> s && s.form() == ScalarType.Form.DATE;
      b.text(1, e.value(), date ? styles.textual : styles.wrap);
      if (e.field().type() instanceof ScalarType<?> s && !s.choices().isEmpty()) {
        choices(b, b.nextRow() - 1, header, ctx.word("choose.one", String.join(", ", s.choices())), s.choices());
      }
    }
    b.skip();
    b.row();
    b.text(0, ctx.word("overview.keyFigures"), styles.heading);
    b.text(1, "", styles.heading);
    keyFigures(b, c, ctx);
    b.skip();
    b.row();
    b.text(0, ctx.word("overview.judgments"), styles.heading);
    b.text(1, "", styles.heading);
    b.text(2, "", styles.heading);
    b.text(3, "", styles.heading);
    judgments(b, c, ctx);
    b.skip();
    b.sheet.setRowBreak(b.nextRow() - 1);
    b.row();
    b.text(0, ctx.word("overview.charts"), styles.heading);
    b.text(1, "", styles.heading);
    int chartRow = b.nextRow() + 1;
    b.fitColumns(4);
    b.printSetup(ctx.options().paper(), 0, marking, ctx.text());
    return chartRow;
  }

  /** A drop-down list of {@code choices} in the value cell of the case-block row {@code row}. */
  private static void choices(SheetBuilder b, int row, String header, String message, List<String> choices) {
    DataValidationHelper h = b.sheet.getDataValidationHelper();
    DataValidation v = h.createValidation(
        h.createExplicitListConstraint(choices.toArray(new String[0])), new CellRangeAddressList(row, row, 1, 1));
    v.setShowErrorBox(true);
    v.createErrorBox(header, message);
    // Inverted name in XSSF: true shows the drop-down arrow.
    v.setSuppressDropDownArrow(true);
    b.sheet.addValidationData(v);
  }

  /** The sheet row (from 1) of the first case-block row of {@code field}. */
  private static int row(List<Entry> entries, String field) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).field().name().equals(field)) {
        return FIRST + 1 + i;
      }
    }
    throw new IllegalArgumentException("the case block has no " + field);
  }

  private static void keyFigures(SheetBuilder b, Case c, SheetContext ctx) {
    CaseTables t = ctx.tables();
    figure(b, ctx, "stakeholders", count(t.stakeholders, "id"), c.stakeholders().size());
    figure(b, ctx, "domains", count(t.domains, "id"), c.domains().size());
    figure(b, ctx, "motivations", count(t.motivations, "id"), c.motivations().size());
    int weight = c.motivations().stream().mapToInt(m -> m.weight()).sum();
    figure(b, ctx, "weight", "SUM(" + t.motivations.ref("weight") + ")", weight);
    figure(b, ctx, "actors", count(t.actors, "id"), c.actors().size());
    figure(b, ctx, "events", count(t.events, "id"), c.events().size());
    figure(b, ctx, "transfers", count(t.transfers, "id"), c.transfers().size());
    figure(b, ctx, "evidence", count(t.evidence, CaseTable.ITEM), TableRows.count(c, t.evidence));
    figure(b, ctx, "sources", count(t.sources, "id"), c.sources().size());
    figure(b, ctx, "judgments", count(t.judgments, "id"), c.judgments().size());
    figure(b, ctx, "assumptions", count(t.assumptions, "id"), c.assumptions().size());
    figure(b, ctx, "indicators", count(t.indicators, "id"), c.indicators().size());
  }

  private static String count(CaseTable<?> table, String key) {
    return "COUNTA(" + table.ref(key) + ")";
  }

  private static void figure(SheetBuilder b, SheetContext ctx, String key, String formula, int cached) {
    b.row();
    b.text(0, ctx.word("figure." + key), ctx.styles().label);
    b.formula(1, formula, cached, ctx.styles().figure);
  }

  /** The key judgments, each cell a formula over the Judgments table, so that edits show here. */
  private static void judgments(SheetBuilder b, Case c, SheetContext ctx) {
    Styles styles = ctx.styles();
    CaseTable<KeyJudgment> t = ctx.tables().judgments;
    String[] keys = {"id", "statement", "confidence", "likelihood"};
    b.row();
    for (int i = 0; i < keys.length; i++) {
      b.text(i, t.header(keys[i]), styles.header);
    }
    String sheet = Layout.quoteSheet(t.sheet()) + "!";
    for (int j = 0; j < c.judgments().size(); j++) {
      KeyJudgment kj = c.judgments().get(j);
      int r = j + 2;
      b.row();
      for (int i = 0; i < keys.length; i++) {
        String col = CellReference.convertNumToColString(t.index(keys[i]));
        String cached = CaseTableWriter.text(t.column(keys[i]).field().orElseThrow(), kj);
        b.formula(i, sheet + col + r + "&\"\"", cached, i == 1 ? styles.wrap : styles.text);
      }
    }
  }
}
