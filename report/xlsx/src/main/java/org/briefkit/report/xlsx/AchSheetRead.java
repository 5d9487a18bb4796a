package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Hypothesis;
import org.briefkit.model.Rating;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ListType;
import org.briefkit.report.xlsx.AchSheet.Column;
import org.briefkit.report.xlsx.AchSheet.Role;

/**
 * The reading of one ACH sheet ({@link AchSheetReader}): the matrix' values by their labels in
 * column A, the hypotheses under their header, the items under the matrix' header row down to
 * the scores, each hypothesis' ratings in the column headed with its label. Every problem is
 * located at its cell; where each value came from is recorded for the case's own checks.
 */
final class AchSheetRead {
  private static final Field<AchItem, AchItem.Builder, ?> RATINGS =
      CaseFormat.ACH_ITEM.field(AchSheet.RATINGS).orElseThrow();

/**
 * One hypothesis' row as read: its label's number (0 if it has none), its id as written, the
 * record (null if it has a problem), its row.
 */
private record HypothesisRow(int number, String id, Hypothesis hypothesis, int row) {}

  private final ReadState state;
  private final WorkbookColumns written;
  private final WorkbookText text;
  private final SheetCells sheet;
  private final String name;
  private final String pointer;
  private final int problemsBefore;
  /** The missing columns the workbook was written with, by part and header. */
  private final Map<String, ReadState.Cause> missing = new HashMap<>();
  /** How many problems were counted in a missing column's line rather than listed. */
  private int folded;

  /**
   * A reading of {@code sheet}, its matrix at {@code pointer}, its columns as {@code written}
   * (a column written and missing is reported), its problems told to {@code state}.
   */
  AchSheetRead(SheetCells sheet, String pointer, ReadState state, WorkbookColumns written) {
    this.state = state;
    this.written = written;
    this.text = written.text();
    this.sheet = sheet;
    this.name = sheet.name();
    this.pointer = pointer;
    this.problemsBefore = reported();
  }

  /** How many problems were found so far, those counted in another's line included. */
  private int reported() {
    return state.count() + folded;
  }

  private void problem(int row, int col, String message) {
    state.problem(name, AchSheet.cell(row, col), message);
  }

  private boolean bad() {
    return reported() > problemsBefore;
  }

  private SheetCell cellAt(int row, int col) {
    SheetRow r = sheet.row(row);
    return r == null || col < 0 ? null : r.cell(col);
  }

  /** The text of a label or header, as shown. */
  private String text(int row, int col) {
    return CellValues.text(cellAt(row, col));
  }

  /** The value of a cell read into the matrix; a formula or an error value is reported at the cell. */
  private String value(int row, int col) {
    CellValues.Input in = CellValues.value(cellAt(row, col));
    in.refusal().ifPresent(m -> problem(row, col, m));
    return in.text();
  }

  private boolean blank(int row, int col) {
    return CellValues.blank(cellAt(row, col));
  }

  /** The header of an ACH matrix', hypothesis' or item's field in the workbook's words. */
  private String header(Field<?, ?, ?> f) {
    for (Entity<?, ?> e : List.of(CaseFormat.ACH, CaseFormat.HYPOTHESIS, CaseFormat.ACH_ITEM)) {
      if (e.fields().contains(f)) {
        return text.header(e, f);
      }
    }
    return f.header();
  }

  AchMatrix read() {
    AchMatrix.Builder builder = CaseFormat.ACH.newBuilder();
    int last = sheet.lastRow();
    // The matrix' own values: labelled rows above the hypotheses' header.
    Map<String, Integer> labelled = new HashMap<>();
    int hypothesesHeader = -1;
    for (int r = 1; r <= last && hypothesesHeader < 0; r++) {
      String label = text(r, 0).trim();
      if (label.equals(text.column(AchSheet.HYPOTHESIS))) {
        hypothesesHeader = r;
      } else if (AchSheet.matrixLabels(text).contains(label) && labelled.putIfAbsent(label, r) != null) {
        problem(r, 0, "\"" + label + "\" is given twice");
      }
    }
    state.place(pointer, name, labelled.containsKey(idHeader())
        ? AchSheet.cell(labelled.get(idHeader()), 1) : "A1");
    for (Field<AchMatrix, AchMatrix.Builder, ?> f : AchSheet.MATRIX_FIELDS) {
      Integer row = labelled.get(header(f));
      if (row == null) {
        if (f.required() || written.has(WorkbookColumns.ACH_MATRIX, header(f))) {
          state.problem(name, "the sheet has no \"" + header(f) + "\" row above the hypotheses");
        }
        continue;
      }
      state.place(pointer + "/" + f.name(), name, AchSheet.cell(row, 1));
      field(f, row, 1, builder, WorkbookColumns.ACH_MATRIX);
    }
    if (hypothesesHeader < 0) {
      state.problem(name, "the sheet has no \"" + text.column(AchSheet.HYPOTHESIS) + "\" header in column A above its"
          + " hypotheses: it cannot be read as a matrix");
      return null;
    }
    state.place(pointer + "/hypotheses", name, AchSheet.cell(hypothesesHeader, 0));
    List<HypothesisRow> hypotheses = hypotheses(hypothesesHeader);
    int end = hypotheses.isEmpty() ? hypothesesHeader : hypotheses.get(hypotheses.size() - 1).row();
    List<AchItem> items = items(end + 1, hypotheses);
    if (bad()) {
      return null;
    }
    List<Hypothesis> hs = new ArrayList<>();
    hypotheses.forEach(h -> hs.add(h.hypothesis()));
    builder.hypotheses(hs).items(items);
    try {
      return CaseFormat.ACH.build(builder);
    } catch (IllegalArgumentException | NullPointerException e) {
      state.problem(name, "A1", String.valueOf(e.getMessage()));
      return null;
    }
  }

  private String idHeader() {
    return header(CaseFormat.ACH.field("id").orElseThrow());
  }

  /** The hypotheses under their header row, down to the first empty row. */
  private List<HypothesisRow> hypotheses(int header) {
    Map<String, Integer> columns = columns(header, WorkbookColumns.ACH_HYPOTHESES, AchSheet.hypothesisHeaders(text), AchSheet.hypothesisHeaders(text));
    List<HypothesisRow> out = new ArrayList<>();
    Map<Integer, Integer> labelRows = new HashMap<>();
    for (int r = header + 1; r <= sheet.lastRow(); r++) {
      String label = text(r, 0).trim();
      boolean blank = label.isEmpty();
      for (Field<Hypothesis, Hypothesis.Builder, ?> f : AchSheet.HYPOTHESIS_FIELDS) {
        blank &= blank(r, columns.getOrDefault(header(f), -1));
      }
      if (blank || label.equals(text.get("ach.items"))) {
        break;
      }
      String at = pointer + "/hypotheses/" + out.size();
      state.place(at, name, AchSheet.cell(r, 0));
      int before = reported();
      Optional<Integer> number = AchSheet.labelNumber(label);
      if (number.isEmpty()) {
        problem(r, 0, text.column(AchSheet.HYPOTHESIS) + " (\"" + label + "\") must be H and a number, the header of its"
            + " rating column in the matrix: H1, H2...");
      } else if (labelRows.putIfAbsent(number.get(), r) != null) {
        problem(r, 0, text.column(AchSheet.HYPOTHESIS) + " H" + number.get() + " is given twice, on rows "
            + (labelRows.get(number.get()) + 1) + " and " + (r + 1));
      }
      Hypothesis.Builder b = CaseFormat.HYPOTHESIS.newBuilder();
      for (Field<Hypothesis, Hypothesis.Builder, ?> f : AchSheet.HYPOTHESIS_FIELDS) {
        Integer col = columns.get(header(f));
        if (col != null) {
          state.place(at + "/" + f.name(), name, AchSheet.cell(r, col));
        }
        field(f, r, col, b, WorkbookColumns.ACH_HYPOTHESES);
      }
      Hypothesis h = null;
      if (reported() == before) {
        try {
          h = CaseFormat.HYPOTHESIS.build(b);
        } catch (IllegalArgumentException | NullPointerException e) {
          problem(r, 0, String.valueOf(e.getMessage()));
        }
      }
      String id = text(r, columns.getOrDefault(header(CaseFormat.HYPOTHESIS.field("id").orElseThrow()), -1)).trim();
      out.add(new HypothesisRow(number.orElse(0), id, h, r));
    }
    return out;
  }

  /**
   * The items under the matrix' header row, which is the first row from {@code from} with the
   * items' Id header, down to the scores.
   */
  private List<AchItem> items(int from, List<HypothesisRow> hypotheses) {
    String idHeader = AchSheet.header(text, "id");
    int header = -1;
    for (int r = from; r <= sheet.lastRow() && header < 0; r++) {
      SheetRow row = sheet.row(r);
      if (row != null) {
        for (SheetCell c : row.cells()) {
          if (CellValues.text(c).trim().equals(idHeader)) {
            header = r;
            break;
          }
        }
      }
    }
    if (header < 0) {
      state.problem(name, "the sheet has no header row of the matrix (" + String.join(", ", AchSheet.readHeaders(text))
          + ", H1...) under its hypotheses");
      return List.of();
    }
    state.place(pointer + "/items", name, AchSheet.cell(header, 0));
    Map<String, Integer> columns = columns(header, WorkbookColumns.ACH_ITEMS, AchSheet.readHeaders(text),
        AchSheet.COLUMNS.stream().map(c -> AchSheet.header(text, c)).toList());
    // The rating columns, by their hypothesis' label.
    Map<Integer, Integer> ratingColumns = new LinkedHashMap<>();
    SheetRow headerRow = sheet.row(header);
    for (SheetCell c : headerRow.cells()) {
      String h = CellValues.text(c).trim();
      Optional<Integer> number = AchSheet.labelNumber(h);
      if (number.isEmpty()) {
        continue;
      }
      if (ratingColumns.putIfAbsent(number.get(), c.column()) != null) {
        problem(header, c.column(), "column \"H" + number.get() + "\" is given twice");
      } else if (hypotheses.stream().noneMatch(x -> x.number() == number.get())) {
        List<String> labels = hypotheses.stream().filter(x -> x.number() > 0).map(x -> "H" + x.number()).toList();
        problem(header, c.column(), "column \"" + h + "\" rates no hypothesis: the hypotheses above are "
            + (labels.isEmpty() ? "none" : String.join(", ", labels)));
      }
    }
    for (HypothesisRow h : hypotheses) {
      if (h.number() > 0 && !ratingColumns.containsKey(h.number())) {
        problem(h.row(), 0, "hypothesis H" + h.number() + (h.id().isEmpty() ? "" : " (" + h.id() + ")")
            + " has no column \"H" + h.number() + "\" in the matrix below to hold its ratings");
      }
    }
    List<AchItem> items = new ArrayList<>();
    for (int r = header + 1; r <= sheet.lastRow(); r++) {
      String first = text(r, 0).trim();
      if (first.equals(text.get("ach.score")) || first.equals(text.get("ach.rank"))) {
        break;
      }
      AchItem item = item(r, columns, hypotheses, ratingColumns, pointer + "/items/" + items.size());
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  /** One item's row, or null when it is empty or has a problem. */
  private AchItem item(
      int r, Map<String, Integer> columns, List<HypothesisRow> hypotheses, Map<Integer, Integer> ratingColumns,
      String at) {
    boolean blank = true;
    for (Column c : AchSheet.COLUMNS) {
      if (c.role() == Role.FIELD) {
        blank &= blank(r, columns.getOrDefault(AchSheet.header(text, c), -1));
      }
    }
    for (int col : ratingColumns.values()) {
      blank &= blank(r, col);
    }
    if (blank) {
      return null;
    }
    int before = reported();
    state.place(at, name, AchSheet.cell(r, 0));
    AchItem.Builder b = CaseFormat.ACH_ITEM.newBuilder();
    for (Column c : AchSheet.COLUMNS) {
      if (c.role() != Role.FIELD) {
        continue;
      }
      Integer col = columns.get(AchSheet.header(text, c));
      if (col != null) {
        state.place(at + "/" + c.key(), name, AchSheet.cell(r, col));
      }
      field(c.field().orElseThrow(), r, col, b, WorkbookColumns.ACH_ITEMS);
    }
    List<Rating> ratings = new ArrayList<>();
    for (int j = 0; j < hypotheses.size(); j++) {
      HypothesisRow h = hypotheses.get(j);
      Integer col = ratingColumns.get(h.number());
      if (col == null) {
        continue;
      }
      if (j == 0) {
        state.place(at + "/" + RATINGS.name(), name, AchSheet.cell(r, col));
      }
      state.place(at + "/" + RATINGS.name() + "/" + j, name, AchSheet.cell(r, col));
      int ratingBefore = reported();
      String raw = value(r, col).trim();
      if (reported() > ratingBefore) {
        continue;
      }
      if (raw.isEmpty()) {
        problem(r, col, "H" + h.number() + " must not be empty: rate the item CC, C, N, I, II or NA");
        continue;
      }
      try {
        ratings.add(rating(RATINGS, raw));
      } catch (IllegalArgumentException e) {
        problem(r, col, e.getMessage());
      }
    }
    if (reported() > before) {
      return null;
    }
    setRatings(b, ratings);
    try {
      return CaseFormat.ACH_ITEM.build(b);
    } catch (IllegalArgumentException | NullPointerException e) {
      problem(r, 0, String.valueOf(e.getMessage()));
      return null;
    }
  }

  /**
   * The columns of a header row by header; a column the workbook was written with and that is
   * not there is reported where it would be, naming what stands there.
   *
   * @param wanted the columns read, in the order they are written
   * @param order every column of the row, in the order they are written
   */
  private Map<String, Integer> columns(int header, String part, List<String> wanted, List<String> order) {
    HeaderRow row = new HeaderRow(sheet.row(header), header);
    for (String h : wanted) {
      if (written.has(part, h) && !row.columns().containsKey(h)) {
        HeaderRow.Missing m = row.missing(h, order, x -> order.contains(x) || AchSheet.labelNumber(x).isPresent());
        missing.put(part + "/" + h, state.rootCause(name, m.cell(), m.message(),
            (n, names) -> ", and " + n + (n == 1 ? " row" : " rows") + " without it"));
      }
    }
    return row.columns();
  }

  /**
   * Reads a value into the builder, as a case table's cell is read ({@link TableRow#field}): a
   * blank cell leaves the default unless it is a mistake ({@link CellValues#blankIsMistake}).
   */
  private <T, B, V> void field(Field<T, B, V> f, int row, Integer column, B builder, String part) {
    int col = column == null ? 0 : column;
    String raw = "";
    if (column != null) {
      CellValues.Input in = CellValues.value(cellAt(row, col));
      if (in.refusal().isPresent()) {
        problem(row, col, in.refusal().get());
        return;
      }
      raw = in.text();
    }
    if (raw.isBlank()) {
      ReadState.Cause without = missing.get(part + "/" + header(f));
      if (CellValues.blankIsMistake(f, column != null || without != null)) {
        if (without != null) {
          // Counted in the line of the missing column; the row is still left out.
          without.explain("");
          folded++;
        } else {
          problem(row, col, header(f) + " must not be empty");
        }
      }
      return;
    }
    CellValues.set(f, builder, raw).ifPresent(m -> problem(row, col, m));
  }

  @SuppressWarnings("unchecked") // the ratings field's items are ratings
  private static Rating rating(Field<AchItem, AchItem.Builder, ?> ratings, String raw) {
    ListType<Rating> type = (ListType<Rating>) ratings.type();
    return type.item().parse(type.itemName(ratings.name()), raw);
  }

  @SuppressWarnings("unchecked") // the ratings field holds the list of ratings
  private static <V> void setRatings(AchItem.Builder b, List<Rating> ratings) {
    ((Field<AchItem, AchItem.Builder, V>) RATINGS).set(b, (V) ImmutableList.copyOf(ratings));
  }
}
