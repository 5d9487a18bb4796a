package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Hypothesis;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ListType;
import org.briefkit.model.format.RecordListType;
import org.briefkit.report.xlsx.TableFormat.Width;

/**
 * The shape of an ACH sheet, one per matrix of the case, shared by its writer, its reader and
 * {@link WrittenCells}. From the top: the title, the matrix' own values (a labelled row each,
 * from the fields the case format declares), the hypotheses (a row each, labelled H1, H2...),
 * then the matrix as an Excel table (a row per item: its fields, computed weights, and a rating
 * column per hypothesis headed with its label), and under it a row of scores and a row of ranks.
 *
 * <p>A hypothesis' label names its rating column: the reader pairs them by label, so rows and
 * columns may be reordered. Everything is found by its label or header, never by position, but
 * for the label column (A) of the matrix' values and of the score rows.
 */
final class AchSheet {
  /** The title in A1 of an English workbook's ACH sheet, which marks it whatever its name. */
  static final String TITLE = "Competing hypotheses";

  /** The heading of the hypotheses. */
  static final String HYPOTHESES_HEADING = "Hypotheses";

  /** The header of the hypotheses' label column. */
  static final String HYPOTHESIS = "Hypothesis";

  /** The heading above the matrix, on the row that shows each rating column's hypothesis id. */
  static final String ITEMS_HEADING = "Items";

  /** The label of the scores row, which ends the matrix. */
  static final String SCORE = "Score";

  /** The label of the ranks row. */
  static final String RANK = "Rank";

  /** The headers of the computed columns. */
  static final String RELIABILITY = "Source reliability";
  static final String LEVEL = "Credibility level";
  static final String WEIGHT = "Weight";

  /** The name of the item field whose values are the rating columns. */
  static final String RATINGS = "ratings";

  /** The sheet row (from 0) of the first of the matrix' own values. */
  static final int TOP = 3;

  /** The longest sheet name Excel takes. */
  static final int MAX_SHEET_NAME = 31;

  private static final Pattern LABEL = Pattern.compile("[Hh]([1-9][0-9]{0,3})");

  /** What a column of the matrix holds. */
  enum Role {
    /** An item field's value, read back. */
    FIELD,
    /** A live formula, not read back. */
    COMPUTED,
    /** The item's rating against one hypothesis, read back. */
    RATING
  }

  /**
   * A column of the matrix.
   *
   * @param key the field name, or the header of a computed or rating column
   * @param header the column header
   * @param role what it holds
   * @param field the item field, for a field's column
   * @param width its width and wrapping
   */
  record Column(String key, String header, Role role, Optional<Field<AchItem, AchItem.Builder, ?>> field, Width width) {}

  /** The matrix' own values shown above the hypotheses: its fields but for its lists. */
  static final ImmutableList<Field<AchMatrix, AchMatrix.Builder, ?>> MATRIX_FIELDS =
      CaseFormat.ACH.fields().stream()
          .filter(f -> !(f.type() instanceof RecordListType<?>))
          .collect(ImmutableList.toImmutableList());

  /** The hypotheses' fields, a column each after the label. */
  static final ImmutableList<Field<Hypothesis, Hypothesis.Builder, ?>> HYPOTHESIS_FIELDS = CaseFormat.HYPOTHESIS.fields();

  /** The matrix' columns before the rating columns. */
  static final ImmutableList<Column> COLUMNS = columns();

  private static ImmutableList<Column> columns() {
    ImmutableList.Builder<Column> b = ImmutableList.builder();
    for (Field<AchItem, AchItem.Builder, ?> f : CaseFormat.ACH_ITEM.fields()) {
      if (f.name().equals(RATINGS)) {
        if (!(f.type() instanceof ListType<?>)) {
          throw new IllegalStateException("an ACH item's " + RATINGS + " must be a list");
        }
        continue;
      }
      b.add(new Column(f.name(), f.header(), Role.FIELD, Optional.of(f), width(f.name())));
      if (f.name().equals("source")) {
        b.add(computed(RELIABILITY, new Width(11, true)));
      }
      if (f.name().equals("text")) {
        b.add(computed(LEVEL, new Width(11, true)));
        b.add(computed(WEIGHT, new Width(8, false)));
      }
    }
    ImmutableList<Column> cols = b.build();
    for (String key : List.of("id", "source", "text", "relevance", "credibility", "kind", "assumption")) {
      if (cols.stream().noneMatch(c -> c.key().equals(key))) {
        throw new IllegalStateException("an ACH item has no field " + key + ", which the ACH sheet's formulas read");
      }
    }
    return cols;
  }

  private static Column computed(String header, Width width) {
    return new Column(header, header, Role.COMPUTED, Optional.empty(), width);
  }

  private static Width width(String field) {
    return switch (field) {
      case "id", "source", "assumption" -> new Width(18, false);
      // Kind's column also holds the hypotheses' ids, above the matrix.
      case "kind" -> new Width(16, false);
      case "credibility", "relevance" -> new Width(11, false);
      case "locator" -> new Width(10, false);
      case "text" -> new Width(60, true);
      default -> new Width(16, true);
    };
  }

  /** The width of a rating column. */
  static final Width RATING_WIDTH = new Width(12, true);

  private AchSheet() {}

  /** The column of the field or computed column {@code key}, counted from 0. */
  static int index(String key) {
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (COLUMNS.get(i).key().equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + key + " in an ACH matrix");
  }

  /** The rating column of the hypothesis at {@code h} (from 0), as written. */
  static int ratingColumn(int h) {
    return COLUMNS.size() + h;
  }

  /** The label of the hypothesis at {@code h} (from 0), and the header of its rating column: {@code H1}. */
  static String label(int h) {
    return "H" + (h + 1);
  }

  /** The number of a hypothesis label ({@code H2} is 2, {@code h2} too), or empty when it is none. */
  static Optional<Integer> labelNumber(String text) {
    Matcher m = LABEL.matcher(text.trim());
    return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** The header of {@code c} in a workbook in the words of {@code text}. */
  static String header(WorkbookText text, Column c) {
    return c.field().map(f -> text.header(CaseFormat.ACH_ITEM, f)).orElseGet(() -> text.column(c.key()));
  }

  /** The header of the column of the field or computed column {@code key}, in the words of {@code text}. */
  static String header(WorkbookText text, String key) {
    return header(text, COLUMNS.get(index(key)));
  }

  /** The headers of the columns read back, in order: what a workbook records of the items. */
  static List<String> readHeaders(WorkbookText text) {
    List<String> out = new ArrayList<>();
    COLUMNS.stream().filter(c -> c.role() == Role.FIELD).forEach(c -> out.add(header(text, c)));
    return out;
  }

  /** The label of the matrix' own value {@code f}, in the words of {@code text}. */
  static String matrixLabel(WorkbookText text, Field<AchMatrix, AchMatrix.Builder, ?> f) {
    return text.header(CaseFormat.ACH, f);
  }

  /** The labels of the matrix' own values, in order. */
  static List<String> matrixLabels(WorkbookText text) {
    return MATRIX_FIELDS.stream().map(f -> matrixLabel(text, f)).toList();
  }

  /** The header of the hypothesis field {@code f}, in the words of {@code text}. */
  static String hypothesisHeader(WorkbookText text, Field<Hypothesis, Hypothesis.Builder, ?> f) {
    return text.header(CaseFormat.HYPOTHESIS, f);
  }

  /** The headers of the hypotheses' columns, the label's first. */
  static List<String> hypothesisHeaders(WorkbookText text) {
    List<String> out = new ArrayList<>();
    out.add(text.column(HYPOTHESIS));
    HYPOTHESIS_FIELDS.forEach(f -> out.add(hypothesisHeader(text, f)));
    return out;
  }

  /**
   * The sheet names of {@code matrices}, in order: {@code ACH } and the id, shortened to the 31
   * characters Excel allows, and numbered where two would be alike (Excel ignores case).
   */
  static ImmutableList<String> sheetNames(List<AchMatrix> matrices) {
    return sheetNames(matrices, WorkbookText.english());
  }

  /** The sheet names of {@code matrices} in a workbook in the words of {@code text}, as {@link #sheetNames(List)}. */
  static ImmutableList<String> sheetNames(List<AchMatrix> matrices, WorkbookText text) {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    Set<String> taken = new HashSet<>();
    for (AchMatrix m : matrices) {
      String full = text.get("sheet.ach", m.id().value());
      String name = shorten(full, "");
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = shorten(full, " (" + n + ")");
      }
      names.add(name);
    }
    return names.build();
  }

  private static String shorten(String name, String suffix) {
    int room = MAX_SHEET_NAME - suffix.length();
    return (name.length() > room ? name.substring(0, room) : name) + suffix;
  }

  /**
   * The Excel table of the matrix at {@code index} (from 0): {@code ACH_1}. The underscore keeps
   * it from reading as a cell (column ACH, row 1).
   */
  static String tableName(int index) {
    return "ACH_" + (index + 1);
  }

  /**
   * Where the parts of one matrix' sheet lie, as written (rows and columns from 0).
   *
   * @param hypotheses the number of hypotheses
   * @param items the number of items
   */
  record Rows(int hypotheses, int items) {
    static Rows of(AchMatrix m) {
      return new Rows(m.hypotheses().size(), m.items().size());
    }

    /** The row of the matrix' own value {@code field}. */
    int field(String name) {
      for (int i = 0; i < MATRIX_FIELDS.size(); i++) {
        if (MATRIX_FIELDS.get(i).name().equals(name)) {
          return TOP + i;
        }
      }
      throw new IllegalArgumentException("an ACH matrix shows no field " + name);
    }

    int hypothesesHeading() {
      return TOP + MATRIX_FIELDS.size() + 1;
    }

    int hypothesesHeader() {
      return hypothesesHeading() + 1;
    }

    int hypothesis(int h) {
      return hypothesesHeader() + 1 + h;
    }

    int itemsHeading() {
      return hypothesis(hypotheses) + 1;
    }

    int itemsHeader() {
      return itemsHeading() + 1;
    }

    int item(int k) {
      return itemsHeader() + 1 + k;
    }

    /** The table's last row: the last item's, or the one empty row of a matrix without items. */
    int lastTableRow() {
      return itemsHeader() + Math.max(1, items);
    }

    /** The scores, after an empty row into which an analyst may type a new item. */
    int score() {
      return lastTableRow() + 2;
    }

    int rank() {
      return score() + 1;
    }
  }

  /** The column of the hypothesis field {@code name}: after the label. */
  static int hypothesisColumn(String name) {
    for (int i = 0; i < HYPOTHESIS_FIELDS.size(); i++) {
      if (HYPOTHESIS_FIELDS.get(i).name().equals(name)) {
        return 1 + i;
      }
    }
    throw new IllegalArgumentException("a hypothesis has no field " + name);
  }

  /** {@code A1}-style reference of a cell. */
  static String cell(int row, int col) {
    return new CellReference(row, col).formatAsString(false);
  }
}
