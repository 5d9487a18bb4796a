package org.briefkit.report.xlsx;

import com.google.common.base.Splitter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Case;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.RecordListType;
import org.briefkit.report.xlsx.ReadState.Place;

/**
 * Where the writer puts each value of a case: the sheet and cell of the value at a JSON Pointer,
 * worked out from the layout (the Overview's case block, each table's rows and columns, nested
 * rows in their owners' order, each ACH matrix' sheet), so that a computed sheet can link to the cell a message is
 * about. Reading the unedited workbook back finds each value at the same place ({@link
 * WorkbookLocator}). One instance serves one case.
 */
final class WrittenCells {
  private static final Splitter STEPS = Splitter.on('/');

  private final Case theCase;
  /** For each nested table, the row (from 0, below the header) of each owner's first element. */
  private final Map<CaseTable<?>, Map<String, Integer>> firstRows = new HashMap<>();

  private final CaseTables tables;

  /** The cells of an English workbook of {@code theCase}. */
  WrittenCells(Case theCase) {
    this(theCase, CaseTables.in(WorkbookText.english()));
  }

  /** The cells of the workbook of {@code theCase} whose tables are {@code tables}. */
  WrittenCells(Case theCase, CaseTables tables) {
    this.theCase = theCase;
    this.tables = tables;
  }

  /**
   * The cell of the value at {@code pointer}; its element's first cell when the value is not
   * read back from a column of its own (a derived count); empty when the case has no such
   * element.
   */
  Optional<Place> place(String pointer) {
    if (!pointer.startsWith("/")) {
      return Optional.empty();
    }
    List<String> steps = STEPS.splitToList(pointer.substring(1));
    Optional<Field<Case, Case.Builder, ?>> field = CaseFormat.CASE.field(steps.get(0));
    if (field.isEmpty()) {
      return Optional.empty();
    }
    if (field.get().type() instanceof RecordListType<?> list && list.entity() == CaseFormat.ACH) {
      return inAch(steps.subList(1, steps.size()));
    }
    if (field.get().type() instanceof RecordListType<?> list) {
      return inTable(tables.table(list.entity()), steps.subList(1, steps.size()), Optional.empty());
    }
    return inCaseBlock(field.get().name(), steps.size() > 1 ? index(steps.get(1)) : 0);
  }

  /** A value of the Overview's case block: the row of the field's {@code item}-th value, column B. */
  private Optional<Place> inCaseBlock(String field, int item) {
    List<OverviewSheet.Entry> entries = OverviewSheet.entries(theCase);
    int seen = 0;
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).field().name().equals(field) && seen++ == item) {
        return Optional.of(cell(tables.motivations.text().sheet(Layout.OVERVIEW), OverviewSheet.FIRST + i, 1));
      }
    }
    return Optional.empty();
  }

  /**
   * A value of a table's element: {@code steps} are the element's index and the field, and for
   * a nested element, its owner's table and index.
   */
  private <T> Optional<Place> inTable(CaseTable<T> table, List<String> steps, Optional<Owner> owner) {
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    int index = index(steps.get(0));
    int size = owner.isPresent() ? nestedCount(table, owner.get()) : TableRows.items(theCase, table).size();
    if (index < 0 || index >= size) {
      return Optional.empty();
    }
    int row = 1 + (owner.isPresent() ? firstRow(table, owner.get()) + index : index);
    if (steps.size() == 1) {
      return Optional.of(cell(table.sheet(), row, 0));
    }
    Optional<? extends Field<T, ?, ?>> field = table.entity().field(steps.get(1));
    if (field.isPresent() && field.get().type() instanceof RecordListType<?> list && steps.size() > 2) {
      return inTable(tables.table(list.entity()), steps.subList(2, steps.size()),
          Optional.of(new Owner(table, index)));
    }
    // A value read back has its column; anything else (a derived count) is at the row's start.
    boolean read = field.isPresent() && table.column(field.get().name()).role() == CaseTable.Role.FIELD;
    return Optional.of(cell(table.sheet(), row, read ? table.index(field.get().name()) : 0));
  }

  /**
   * A value of an ACH matrix, on its sheet: {@code steps} are the matrix' index, then its own
   * value's name, or {@code hypotheses} or {@code items} with an element's index and field (and
   * a rating's index). The matrix itself is at its id; a list at its header row; an element at
   * its row's first cell; the ratings at the first rating column.
   */
  private Optional<Place> inAch(List<String> steps) {
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    int index = index(steps.get(0));
    if (index < 0 || index >= theCase.ach().size()) {
      return Optional.empty();
    }
    AchMatrix m = theCase.ach().get(index);
    String sheet = AchSheet.sheetNames(theCase.ach(), tables.motivations.text()).get(index);
    AchSheet.Rows rows = AchSheet.Rows.of(m);
    Place matrix = cell(sheet, rows.field("id"), 1);
    if (steps.size() == 1) {
      return Optional.of(matrix);
    }
    String name = steps.get(1);
    if (AchSheet.MATRIX_FIELDS.stream().anyMatch(f -> f.name().equals(name))) {
      return Optional.of(cell(sheet, rows.field(name), 1));
    }
    if (name.equals("hypotheses")) {
      if (steps.size() == 2) {
        return Optional.of(cell(sheet, rows.hypothesesHeader(), 0));
      }
      int h = index(steps.get(2));
      if (h < 0 || h >= m.hypotheses().size()) {
        return Optional.empty();
      }
      boolean column = steps.size() > 3 && CaseFormat.HYPOTHESIS.field(steps.get(3)).isPresent();
      return Optional.of(cell(sheet, rows.hypothesis(h), column ? AchSheet.hypothesisColumn(steps.get(3)) : 0));
    }
    if (name.equals("items")) {
      if (steps.size() == 2) {
        return Optional.of(cell(sheet, rows.itemsHeader(), 0));
      }
      int k = index(steps.get(2));
      if (k < 0 || k >= m.items().size()) {
        return Optional.empty();
      }
      int row = rows.item(k);
      if (steps.size() == 3) {
        return Optional.of(cell(sheet, row, 0));
      }
      String f = steps.get(3);
      if (f.equals(AchSheet.RATINGS)) {
        int h = steps.size() > 4 ? index(steps.get(4)) : 0;
        return Optional.of(cell(sheet, row, AchSheet.ratingColumn(h >= 0 && h < m.hypotheses().size() ? h : 0)));
      }
      boolean column = AchSheet.COLUMNS.stream().anyMatch(c -> c.role() == AchSheet.Role.FIELD && c.key().equals(f));
      return Optional.of(cell(sheet, row, column ? AchSheet.index(f) : 0));
    }
    return Optional.of(matrix);
  }

  /** The element at {@code index} of the non-nested {@code table}, owning nested rows. */
  private record Owner(CaseTable<?> table, int index) {
    String key() {
      return table.sheet() + "#" + index;
    }
  }

  private int nestedCount(CaseTable<?> nested, Owner owner) {
    Field<?, ?, ?> list = TableRows.nestedField(owner.table(), nested).orElseThrow();
    Object element = TableRows.items(theCase, owner.table()).get(owner.index());
    return ((List<?>) get(list, element)).size();
  }

  @SuppressWarnings("unchecked") // the element is a record of the field's entity
  private static <O> Object get(Field<O, ?, ?> field, Object element) {
    return field.get((O) element).orElseThrow();
  }

  private int firstRow(CaseTable<?> nested, Owner owner) {
    Map<String, Integer> firsts = firstRows.computeIfAbsent(nested, t -> {
      Map<String, Integer> m = new HashMap<>();
      List<? extends TableRows.Nested<?>> rows = TableRows.nested(theCase, t);
      for (int i = rows.size() - 1; i >= 0; i--) {
        CaseTableWriter.Owner o = rows.get(i).owner();
        m.put(new Owner(o.table(), o.index()).key(), i);
      }
      return m;
    });
    return firsts.get(owner.key());
  }

  private static int index(String step) {
    try {
      return Integer.parseInt(step);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Place cell(String sheet, int row, int col) {
    return new Place(sheet, new CellReference(row, col).formatAsString(false));
  }
}
