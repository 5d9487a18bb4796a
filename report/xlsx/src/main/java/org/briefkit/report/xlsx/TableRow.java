package org.briefkit.report.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.report.xlsx.CaseTable.Column;
import org.briefkit.report.xlsx.CaseTable.Role;

/**
 * One row of a case table being read ({@link CaseTableReader}): its cells by header, whether it
 * has a problem, and its record built field by field. Once read, it lets go of
 * its cells ({@link #release}) and keeps only its place.
 */
final class TableRow {
  final CaseTable<?> table;
  final int index;
  SheetRow row;
  final Map<String, Integer> columns;
  final Map<String, ReadState.Cause> missing;
  private final ReadState state;
  Map<String, CellValues.Input> read = new HashMap<>();
  boolean bad;

  TableRow(
      CaseTable<?> table, SheetRow row, Map<String, Integer> columns, Map<String, ReadState.Cause> missing,
      ReadState state) {
    this.table = table;
    this.state = state;
    this.index = row.index();
    this.row = row;
    this.columns = columns;
    this.missing = missing;
  }

  /** Lets go of the row's cells and what was read from them: a sheet is read a row at a time. */
  void release() {
    row = null;
    read = null;
  }

  String cell(String header) {
    Integer col = columns.get(header);
    return col == null ? first() : new CellReference(index, col).formatAsString(false);
  }

  String first() {
    return new CellReference(index, 0).formatAsString(false);
  }

  SheetCell at(String header) {
    Integer col = columns.get(header);
    return col == null ? null : row.cell(col);
  }

  /**
   * The value of the column {@code header}; empty when the workbook has no such column or the
   * cell holds no value (a formula, an error), which is reported at the cell once.
   */
  String raw(String header) {
    return read.computeIfAbsent(header, h -> {
      CellValues.Input in = input(table, h, at(h));
      in.refusal().ifPresent(m -> problem(h, m));
      return in;
    }).text();
  }

  /** Whether the cell of {@code header} holds something other than a value. */
  boolean refused(String header) {
    raw(header);
    return read.get(header).refusal().isPresent();
  }

  void problem(String header, String message) {
    state.problem(table.sheet(), cell(header), message);
    bad = true;
  }

  /**
   * Reports that the row has no value for {@code header}, which it needs: at its cell, or as
   * one of the rows a missing column leaves without it.
   */
  void empty(String header, String message) {
    ReadState.Cause column = missing.get(header);
    if (column != null) {
      column.explain("");
      bad = true;
    } else {
      problem(header, message);
    }
  }

  /**
   * Reads a field's cell into the builder. A blank cell leaves the builder's default unless it
   * is a mistake ({@link CellValues#blankIsMistake}); a column the workbook was written with and
   * that is missing leaves each row without its value.
   */
  <T, B, V> void field(Field<T, B, V> f, String header, B builder) {
    String raw = raw(header);
    if (refused(header)) {
      return;
    }
    if (raw.isBlank()) {
      if (CellValues.blankIsMistake(f, columns.containsKey(header) || missing.containsKey(header))) {
        empty(header, header + " must not be empty");
      }
      return;
    }
    CellValues.set(f, builder, raw).ifPresent(m -> problem(header, m));
  }

  /**
   * Builds the row's record, or null after reporting why it cannot be.
   *
   * @param pointer where the record goes in the case, to locate its integrity problems; null
   *     for a row whose fields are only checked
   * @param fieldColumns each field's column in the table, for the row's place; null with a
   *     null pointer
   */
  <T, B> T record(Entity<T, B> entity, String pointer, Map<String, Integer> fieldColumns) {
    B builder = entity.newBuilder();
    if (pointer != null) {
      // The row's place, and through it each field's cell in its column.
      state.placeRow(pointer, table.sheet(), index, fieldColumns);
    }
    for (Column<?> c : table.columns()) {
      if (c.role() == Role.FIELD) {
        field(entity.field(c.key()).orElseThrow(), c.header(), builder);
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

  /** The value of a read cell: a nested row's owner id is a cross-reference. */
  static CellValues.Input input(CaseTable<?> table, String header, SheetCell cell) {
    return table.nested() && header.equals(table.header(CaseTable.ITEM)) ? CellValues.reference(cell) : CellValues.value(cell);
  }
}
