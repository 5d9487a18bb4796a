package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.briefkit.model.Id;
import org.briefkit.model.Suggestions;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ScalarType;
import org.briefkit.report.xlsx.CaseTable.Column;
import org.briefkit.report.xlsx.CaseTable.Role;

/**
 * Reads the case tables back into records: columns found by header, each field's cell read by
 * its type, every problem located at its cell, rows with problems left out. Nested rows
 * (evidence) are attached to their owners.
 */
final class CaseTableReader {
  private final WorkbookPackage wb;
  private final ReadState state;
  private final WorkbookColumns written;
  /** Each table's fields' columns, found once its header row is read. */
  private final Map<CaseTable<?>, Map<String, Integer>> fieldColumns = new HashMap<>();

  /**
   * A reader of the tables of {@code wb}, whose columns are {@code written}: a column it was
   * written with must be there, one it was not written with reads as blank.
   */
  CaseTableReader(WorkbookPackage wb, ReadState state, WorkbookColumns written) {
    this.wb = wb;
    this.state = state;
    this.written = written;
  }

  /**
   * The records of a table that is not nested (the case's own list), each at {@code
   * pointer/index}. Every row's id is remembered, and the id of a row left out for problems of
   * its own; an id given on more than one row is reported at each of its cells.
   */
  <T> List<T> records(CaseTable<T> table, String pointer) {
    List<T> items = new ArrayList<>();
    boolean ids = table.entity().field("id").isPresent();
    Map<String, List<TableRow>> byId = new LinkedHashMap<>();
    rows(table, v -> {
      String id = "";
      if (ids) {
        // The id as shown: a formula's value, even though the cell is refused, names the row.
        id = CellValues.text(v.at(table.header("id"))).trim();
        state.rowId(table.sheet(), id);
        if (!id.isEmpty()) {
          byId.computeIfAbsent(id, k -> new ArrayList<>()).add(v);
        }
      }
      T item = v.record(table.entity(), pointer + "/" + items.size(), fieldColumns(table, v.columns));
      if (item != null) {
        items.add(item);
      } else if (ids) {
        typedId(table.entity(), id).ifPresent(state::leftOut);
      }
    });
    byId.forEach((id, rows) -> {
      if (rows.size() > 1) {
        duplicate(table, id, rows);
      }
    });
    return items;
  }

  /**
   * Reports an id given on several rows at each of its cells: the first names the others, each
   * other the first and the references that link to its row by the id it had before.
   */
  private void duplicate(CaseTable<?> table, String id, List<TableRow> rows) {
    String header = table.header("id");
    String what = "duplicate " + table.entity().name() + " id \"" + id + "\"";
    String firstCell = rows.get(0).cell(header);
    List<String> others = new ArrayList<>();
    for (TableRow v : rows.subList(1, rows.size())) {
      others.add(Layout.quoteSheet(table.sheet()) + "!" + v.cell(header));
    }
    state.problem(table.sheet(), firstCell, what + " (given again at " + String.join(", ", others) + ")");
    Optional<Id> typed = typedId(table.entity(), id);
    for (TableRow v : rows.subList(1, rows.size())) {
      ReadState.Cause cause = state.rootCause(table.sheet(), v.cell(header),
          what + " (first given at " + Layout.quoteSheet(table.sheet()) + "!" + firstCell + ")",
          (n, former) -> ", and " + n + (n == 1 ? " reference" : " references") + " to it"
              + (former.isEmpty() ? "" : " under its former id" + (former.size() > 1 ? "s " : " ")
                  + former.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "))));
      typed.ifPresent(t -> state.duplicate(t, table.sheet(), v.index, cause));
    }
  }

  /** The column of each field of {@code table} that has one, by the field's name; the same map for every row. */
  private Map<String, Integer> fieldColumns(CaseTable<?> table, Map<String, Integer> columns) {
    return fieldColumns.computeIfAbsent(table, t -> {
      Map<String, Integer> out = new HashMap<>();
      for (Column<?> c : t.columns()) {
        Integer col = columns.get(c.header());
        if (c.role() == Role.FIELD && col != null) {
          out.put(t.entity().field(c.key()).orElseThrow().name(), col);
        }
      }
      return Map.copyOf(out);
    });
  }

  /** The id {@code text} as the typed id of {@code entity}, if it is a well-formed one. */
  static Optional<Id> typedId(Entity<?, ?> entity, String text) {
    Optional<? extends Field<?, ?, ?>> f = entity.field("id");
    if (text.isEmpty() || f.isEmpty() || !(f.get().type() instanceof ScalarType<?> type)) {
      return Optional.empty();
    }
    try {
      return type.parse("id", text) instanceof Id id ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a malformed id: nothing can refer to it
    }
  }

  /**
   * Reads a nested table and attaches each row's record to its owner; returns the owners' lists
   * with their nested elements.
   *
   * @param owners each owner table's records, as read, with the pointer of its list
   */
  <T> Map<CaseTable<?>, List<?>> nested(CaseTable<T> table, Map<CaseTable<?>, Owned<?>> owners) {
    Map<String, CaseTable<?>> byKind = new LinkedHashMap<>();
    Map<CaseTable<?>, Map<String, Integer>> positions = new HashMap<>();
    Map<CaseTable<?>, String> listNames = new HashMap<>();
    owners.forEach((o, owned) -> {
      byKind.put(o.entity().name(), o);
      positions.put(o, owned.positions());
      listNames.put(o, TableRows.nestedField(o, table).orElseThrow().name());
    });
    Map<String, List<T>> byOwner = new HashMap<>();
    String forHeader = table.header(CaseTable.FOR);
    String itemHeader = table.header(CaseTable.ITEM);
    rows(table, v -> {
      String kindText = v.raw(forHeader).trim();
      CaseTable<?> owner = byKind.get(kindText.toLowerCase(Locale.ROOT));
      if (owner == null && !v.refused(forHeader)) {
        String message = forHeader + " (\"" + kindText + "\") must be one of "
            + String.join(", ", byKind.keySet()) + Suggestions.didYouMean(kindText, byKind.keySet());
        if (kindText.isEmpty()) {
          v.empty(forHeader, message);
        } else {
          v.problem(forHeader, message);
        }
      }
      String item = v.raw(itemHeader).trim();
      if (item.isEmpty() && !v.refused(itemHeader)) {
        v.empty(itemHeader, itemHeader + " must not be empty");
      }
      if (owner == null || item.isEmpty()) {
        v.record(table.entity(), null, null);
        return;
      }
      Owned<?> owned = owners.get(owner);
      Integer index = positions.get(owner).get(item);
      if (index == null) {
        v.record(table.entity(), null, null);
        if (!state.hasRow(owner.sheet(), item)) {
          unknownOwner(v, owner, item);
        }
        return;
      }
      List<T> list = byOwner.computeIfAbsent(owner.entity().name() + ":" + item, k -> new ArrayList<>());
      T record = v.record(table.entity(), owned.pointer() + "/" + index + "/" + listNames.get(owner) + "/" + list.size(),
          fieldColumns(table, v.columns));
      if (record != null) {
        list.add(record);
      }
    });
    Map<CaseTable<?>, List<?>> out = new LinkedHashMap<>();
    owners.forEach((owner, owned) -> out.put(owner, attach(owned, table, byOwner)));
    return out;
  }

  /**
   * Reports a nested row whose owner id is on no row of the owner's table. When the owner's sheet
   * is missing, that explains it. When its link leads
   * to a row that now holds a duplicate id, the duplicate explains it (the row's id was changed
   * to another's): it is counted there, with the id it names, and so is every other reference
   * to that id.
   */
  private void unknownOwner(TableRow v, CaseTable<?> owner, String item) {
    Optional<ReadState.Cause> missingSheet = typedId(owner.entity(), item).flatMap(state::missingTableOf);
    if (missingSheet.isPresent()) {
      missingSheet.get().explain(item);
      v.bad = true;
      return;
    }
    String itemHeader = v.table.header(CaseTable.ITEM);
    Optional<ReadState.Cause> duplicate = CellValues.link(v.at(itemHeader))
        .filter(link -> owner.sheet().equals(link.getSheetName()))
        .flatMap(link -> state.duplicateAt(owner.sheet(), link.getRow()));
    if (duplicate.isPresent()) {
      duplicate.get().explain(item);
      typedId(owner.entity(), item).ifPresent(id -> state.formerId(id, duplicate.get()));
      v.bad = true;
      return;
    }
    v.problem(itemHeader, owner.entity().name() + " \"" + item + "\" is not on the " + owner.sheet() + " sheet"
        + Suggestions.didYouMean(item, state.rowIds(owner.sheet())));
  }

  /**
   * An owner table's records, with the pointer of their list in the case.
   *
   * @param records the records in order
   * @param pointer the JSON Pointer of their list ({@code /motivations})
   */
  record Owned<O>(CaseTable<O> table, List<O> records, String pointer) {
    /** Each id's position, the first record's where ids repeat (the duplicate is reported later). */
    Map<String, Integer> positions() {
      Field<O, ?, ?> idField = table.entity().field("id").orElseThrow();
      Map<String, Integer> positions = new HashMap<>();
      for (int i = 0; i < records.size(); i++) {
        positions.putIfAbsent(CaseTableWriter.text(idField, records.get(i)), i);
      }
      return positions;
    }
  }

  @SuppressWarnings("unchecked") // the owner's nested field holds the nested table's records
  private static <O, T> List<O> attach(Owned<?> owned, CaseTable<T> table, Map<String, List<T>> byOwner) {
    Owned<O> o = (Owned<O>) owned;
    Field<O, ?, ?> idField = o.table().entity().field("id").orElseThrow();
    Field<O, ?, ?> field = TableRows.nestedField(o.table(), table).orElseThrow();
    List<O> out = new ArrayList<>(o.records().size());
    Set<String> seen = new HashSet<>();
    for (O record : o.records()) {
      String id = CaseTableWriter.text(idField, record);
      List<T> nested = seen.add(id) ? byOwner.get(o.table().entity().name() + ":" + id) : null;
      out.add(nested == null ? record : with(o.table().entity(), record, field, nested));
    }
    return out;
  }

  @SuppressWarnings("unchecked") // the nested field's value is the list of nested records
  private static <O, B, V> O with(Entity<O, B> entity, O record, Field<O, ?, ?> field, List<?> nested) {
    return entity.with(record, (Field<O, B, V>) field, (V) com.google.common.collect.ImmutableList.copyOf(nested));
  }

  /**
   * Hands each non-blank row of a table to {@code each}, in the order of the sheet, after
   * checking that its readable columns are there: a column the workbook was written with that is
   * missing is reported at its header row, and the rows are read without it. The sheet is read
   * a row at a time, each row let go once handled.
   */
  private void rows(CaseTable<?> table, Consumer<TableRow> each) {
    Map<String, Integer> columns = new HashMap<>();
    Map<String, ReadState.Cause> missing = new HashMap<>();
    boolean[] header = {false};
    boolean present = wb.rows(table.sheet(), row -> {
      if (!header[0]) {
        header[0] = true;
        header(table, row.index() == 0 ? row : null, columns, missing);
      }
      if (row.index() < 1) {
        return;
      }
      TableRow v = new TableRow(table, row, columns, missing, state);
      switch (content(table, row, columns)) {
        case VALUES -> each.accept(v);
        case FORMULAS -> formulasOnly(v);
        default -> { }
      }
      v.release();
    });
    if (!present) {
      if (written.hasTable(table.sheet())) {
        ReadState.Cause cause = state.rootCause(table.sheet(), "sheet is missing",
            (n, names) -> ", and " + n + (n == 1 ? " reference" : " references") + " to its rows");
        // The kind of its ids, so that references to its rows are counted here.
        typedId(table.entity(), "x").ifPresent(id -> state.missingTable(id.getClass(), cause));
      }
    } else if (!header[0]) {
      header(table, null, columns, missing);
    }
  }

  /** Finds the table's columns in its header row (null if it has none) and reports those missing. */
  private void header(CaseTable<?> table, SheetRow row, Map<String, Integer> columns,
      Map<String, ReadState.Cause> missing) {
    HeaderRow header = new HeaderRow(row, 0);
    columns.putAll(header.columns());
    for (Column<?> c : table.columns()) {
      if (c.read() && written.has(table.sheet(), c.header()) && !columns.containsKey(c.header())) {
        HeaderRow.Missing m = header.missing(c.header(), table.headers(), table.headers()::contains);
        missing.put(c.header(), state.rootCause(table.sheet(), m.cell(), m.message(),
            (n, names) -> ", and " + n + (n == 1 ? " row" : " rows") + " without it"));
      }
    }
  }

  /**
   * Reports a row that holds formulas and nothing else, as formulas filled down below a table:
   * their refusal is the row's one problem. An id its formula shows still names the row.
   */
  private void formulasOnly(TableRow v) {
    CaseTable<?> table = v.table;
    table.columns().stream().filter(Column::read).forEach(c -> v.raw(c.header()));
    if (table.entity().field("id").isPresent()) {
      String id = CellValues.text(v.at(table.header("id"))).trim();
      state.rowId(table.sheet(), id);
      typedId(table.entity(), id).ifPresent(state::leftOut);
    }
  }

  /** What a row holds in the columns read. */
  private enum Content {
    NOTHING,
    /** Formulas or error values, and nothing else. */
    FORMULAS,
    VALUES
  }

  private static Content content(CaseTable<?> table, SheetRow row, Map<String, Integer> columns) {
    Content content = Content.NOTHING;
    for (Column<?> c : table.columns()) {
      Integer col = columns.get(c.header());
      SheetCell cell = col == null ? null : row.cell(col);
      if (c.read() && !CellValues.blank(cell)) {
        if (TableRow.input(table, c.header(), cell).refusal().isEmpty()) {
          return Content.VALUES;
        }
        content = Content.FORMULAS;
      }
    }
    return content;
  }
}
