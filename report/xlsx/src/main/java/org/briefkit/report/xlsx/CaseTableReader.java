package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
  private final XSSFWorkbook wb;
  private final ReadState state;
  private final WorkbookColumns written;

  /**
   * A reader of the tables of {@code wb}, whose columns are {@code written}: a column it was
   * written with must be there, one it was not written with reads as blank.
   */
  CaseTableReader(XSSFWorkbook wb, ReadState state, WorkbookColumns written) {
    this.wb = wb;
    this.state = state;
    this.written = written;
  }

  /** One row being read: its cells by header, whether it has a problem. */
  private final class RowView {
    final CaseTable<?> table;
    final Row row;
    final Map<String, Integer> columns;
    boolean bad;

    RowView(CaseTable<?> table, Row row, Map<String, Integer> columns) {
      this.table = table;
      this.row = row;
      this.columns = columns;
    }

    String cell(String header) {
      Integer col = columns.get(header);
      return col == null ? first() : new CellReference(row.getRowNum(), col).formatAsString(false);
    }

    String first() {
      return new CellReference(row.getRowNum(), 0).formatAsString(false);
    }

    /** The text of the column {@code header}; empty when the workbook has no such column. */
    String raw(String header) {
      Integer col = columns.get(header);
      return col == null ? "" : CellValues.text(row.getCell(col));
    }

    void problem(String header, String message) {
      state.problem(table.sheet(), cell(header), message);
      bad = true;
    }

    /**
     * Reads a field's cell into the builder. A blank cell leaves the builder's default, but
     * for a choice written with a default (a salience, a status): its cell always holds a key
     * and offers the keys in a list, so a blank one is a mistake rather than a wish for the
     * default, which would change the figures unseen.
     */
    <T, B, V> void field(Field<T, B, V> f, String header, B builder) {
      String raw = raw(header);
      boolean present = columns.containsKey(header);
      if (raw.isBlank()) {
        if (f.required() || present && f.presence() == Field.Presence.DEFAULTED
            && f.type() instanceof ScalarType<?> s && !s.choices().isEmpty()) {
          problem(header, header + " must not be empty");
        }
        return;
      }
      try {
        f.set(builder, CellValues.parse(f.type(), f.name(), raw));
      } catch (IllegalArgumentException e) {
        problem(header, e.getMessage());
      }
    }

    /**
     * Builds the row's record, or null after reporting why it cannot be.
     *
     * @param pointer where the record goes in the case, to locate its integrity problems; null
     *     for a row whose fields are only checked
     */
    <T, B> T record(Entity<T, B> entity, String pointer) {
      B builder = entity.newBuilder();
      if (pointer != null) {
        state.place(pointer, table.sheet(), first());
      }
      for (Column<?> c : table.columns()) {
        if (c.role() == Role.FIELD) {
          Field<T, B, ?> f = entity.field(c.key()).orElseThrow();
          field(f, c.header(), builder);
          if (pointer != null && columns.containsKey(c.header())) {
            state.place(pointer + "/" + f.name(), table.sheet(), cell(c.header()));
          }
        }
      }
      if (bad) {
        return null;
      }
      try {
        return entity.build(builder);
      } catch (IllegalArgumentException | NullPointerException e) {
        state.problem(table.sheet(), first(), String.valueOf(e.getMessage()));
        bad = true;
        return null;
      }
    }
  }

  /** The records of a table that is not nested (the case's own list), each at {@code pointer/index}. */
  <T> List<T> records(CaseTable<T> table, String pointer) {
    List<T> items = new ArrayList<>();
    boolean ids = table.entity().field("id").isPresent();
    for (RowView v : rows(table)) {
      if (ids) {
        state.rowId(table.sheet(), v.raw(table.header("id")).trim());
      }
      T item = v.record(table.entity(), pointer + "/" + items.size());
      if (item != null) {
        items.add(item);
      }
    }
    return items;
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
    for (RowView v : rows(table)) {
      String kindText = v.raw(CaseTable.FOR).trim();
      CaseTable<?> owner = byKind.get(kindText.toLowerCase(Locale.ROOT));
      if (owner == null) {
        v.problem(CaseTable.FOR, CaseTable.FOR + " (\"" + kindText + "\") must be one of "
            + String.join(", ", byKind.keySet()) + Suggestions.didYouMean(kindText, byKind.keySet()));
      }
      String item = v.raw(CaseTable.ITEM).trim();
      if (item.isEmpty()) {
        v.problem(CaseTable.ITEM, CaseTable.ITEM + " must not be empty");
      }
      if (owner == null || item.isEmpty()) {
        v.record(table.entity(), null);
        continue;
      }
      Owned<?> owned = owners.get(owner);
      Integer index = positions.get(owner).get(item);
      if (index == null) {
        v.record(table.entity(), null);
        if (!state.hasRow(owner.sheet(), item)) {
          v.problem(CaseTable.ITEM, owner.entity().name() + " \"" + item + "\" is not on the " + owner.sheet() + " sheet");
        }
        continue;
      }
      List<T> list = byOwner.computeIfAbsent(owner.entity().name() + ":" + item, k -> new ArrayList<>());
      T record = v.record(table.entity(), owned.pointer() + "/" + index + "/" + listNames.get(owner) + "/" + list.size());
      if (record != null) {
        list.add(record);
      }
    }
    Map<CaseTable<?>, List<?>> out = new LinkedHashMap<>();
    owners.forEach((owner, owned) -> out.put(owner, attach(owned, table, byOwner)));
    return out;
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

  /** The non-blank rows of a table, after checking that its readable columns are there. */
  private List<RowView> rows(CaseTable<?> table) {
    List<RowView> views = new ArrayList<>();
    Sheet s = wb.getSheet(table.sheet());
    if (s == null) {
      if (written.hasTable(table.sheet())) {
        state.problem(table.sheet(), "sheet is missing");
      }
      return views;
    }
    Row header = s.getRow(0);
    Map<String, Integer> columns = new HashMap<>();
    List<String> found = new ArrayList<>();
    if (header != null) {
      for (Cell c : header) {
        String h = CellValues.text(c).trim();
        if (!h.isEmpty()) {
          columns.putIfAbsent(h, c.getColumnIndex());
          found.add(h);
        }
      }
    }
    boolean complete = true;
    for (Column<?> c : table.columns()) {
      if (c.read() && written.has(table.sheet(), c.header()) && !columns.containsKey(c.header())) {
        state.problem(table.sheet(), "A1",
            "column \"" + c.header() + "\" is missing" + Suggestions.didYouMean(c.header(), found));
        complete = false;
      }
    }
    if (!complete) {
      return views;
    }
    for (int r = 1; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      if (row != null && !blank(table, row, columns)) {
        views.add(new RowView(table, row, columns));
      }
    }
    return views;
  }

  private static boolean blank(CaseTable<?> table, Row row, Map<String, Integer> columns) {
    for (Column<?> c : table.columns()) {
      Integer col = columns.get(c.header());
      if (c.read() && col != null && !CellValues.text(row.getCell(col)).isBlank()) {
        return false;
      }
    }
    return true;
  }

}
