package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ListType;
import org.briefkit.model.format.RecordListType;
import org.briefkit.model.format.ScalarType;
import org.briefkit.report.xlsx.TableFormat.Width;

/**
 * One editable table of a workbook: the Excel table of one kind of element, its columns made
 * from the element's fields in their declared order plus the computed columns of its {@link
 * TableFormat}. Writers and readers find columns by header, never by position.
 *
 * @param <T> the record a row holds
 */
final class CaseTable<T> {
  /** The header of a nested table's column naming the kind of a row's owner. */
  static final String FOR = "For";

  /** The header of a nested table's column holding a row's owner's id. */
  static final String ITEM = "Item";

  /** What a column holds. */
  enum Role {
    /** A nested row's owner kind ({@code motivation}). */
    OWNER_KIND,
    /** A nested row's owner id. */
    OWNER_ID,
    /** A field's value, read back. */
    FIELD,
    /** A derived field, or the number of a list's nested elements: written, not read. */
    DERIVED,
    /** A value the workbook computes for readers: written, not read. */
    COMPUTED
  }

  /**
   * One column.
   *
   * @param key the field name, or the English header of a column that is not a field's
   * @param header the column header, in the workbook's language
   * @param role what it holds
   * @param field the field it shows, for fields
   * @param cell how a computed cell is written, if it is
   * @param width its width and wrapping
   */
  record Column<T>(
      String key, String header, Role role, Optional<Field<T, ?, ?>> field,
      Optional<ComputedCell<T>> cell, Width width) {
    boolean read() {
      return role == Role.FIELD || role == Role.OWNER_KIND || role == Role.OWNER_ID;
    }
  }

  private final TableFormat<T> format;
  private final WorkbookText text;
  private final ImmutableList<Column<T>> columns;

  /** The table laid out by {@code format}, its sheet and headers in the words of {@code text}. */
  CaseTable(TableFormat<T> format, WorkbookText text) {
    this.format = format;
    this.text = text;
    Map<String, Width> widths = format.widths();
    List<Column<T>> cols = new ArrayList<>();
    if (format.child) {
      cols.add(new Column<>(FOR, text.column(FOR), Role.OWNER_KIND, Optional.empty(), Optional.empty(), width(widths, FOR, null)));
      cols.add(new Column<>(ITEM, text.column(ITEM), Role.OWNER_ID, Optional.empty(), Optional.empty(), width(widths, ITEM, null)));
    }
    for (Field<T, ?, ?> f : format.entity.fields()) {
      Role role = f.derived() || f.type() instanceof RecordListType<?> ? Role.DERIVED : Role.FIELD;
      cols.add(new Column<>(f.name(), text.header(format.entity, f), role, Optional.of(f),
          Optional.ofNullable(format.derived().get(f.name())), width(widths, f.name(), f)));
      for (TableFormat.Computed<T> c : format.computed()) {
        if (c.after().equals(Optional.of(f.name()))) {
          cols.add(new Column<>(c.header(), text.column(c.header()), Role.COMPUTED, Optional.empty(),
              Optional.of(c.cell()), width(widths, c.header(), null)));
        }
      }
    }
    this.columns = ImmutableList.copyOf(cols);
    for (String key : widths.keySet()) {
      if (columns.stream().noneMatch(c -> c.key().equals(key))) {
        throw new IllegalStateException(format.table + " sets the width of " + key + ", which is not one of its columns");
      }
    }
    for (String key : format.derived().keySet()) {
      column(key);
    }
    for (String key : format.dropdowns().keySet()) {
      column(key);
    }
    for (String key : format.choices().keySet()) {
      column(key);
    }
  }

  /** A field's width when the format sets none: prose and lists wrap, the rest is capped. */
  private static Width width(Map<String, Width> widths, String key, Field<?, ?, ?> f) {
    Width w = widths.get(key);
    if (w != null) {
      return w;
    }
    if (f != null && f.type() instanceof ScalarType<?> s && s.form() == ScalarType.Form.PROSE) {
      return new Width(60, true);
    }
    return f != null && f.type() instanceof ListType<?> ? new Width(30, true) : new Width(40, false);
  }

  /** The kind of element the table holds. */
  Entity<T, ?> entity() {
    return format.entity;
  }

  /** The sheet the table is on, as the workbook names it. */
  String sheet() {
    return text.sheet(format.sheet);
  }

  /** The English name of the sheet the table is on, as {@link Layout} knows it. */
  String englishSheet() {
    return format.sheet;
  }

  /** The words of the workbook the table is in. */
  WorkbookText text() {
    return text;
  }

  /** The Excel table's name, used in structured references ({@code Motivations[Weight]}). */
  String table() {
    return format.table;
  }

  /** Whether the table holds elements nested in others, each row naming its owner. */
  boolean nested() {
    return format.child;
  }

  TableFormat<T> format() {
    return format;
  }

  ImmutableList<Column<T>> columns() {
    return columns;
  }

  /** The headers, in column order. */
  ImmutableList<String> headers() {
    return columns.stream().map(Column::header).collect(ImmutableList.toImmutableList());
  }

  /** The column of the field or computed column {@code key}. */
  Column<T> column(String key) {
    return columns.stream()
        .filter(c -> c.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no column " + key + " in " + format.table));
  }

  /** The position of the column of {@code key}, counted from 0. */
  int index(String key) {
    return columns.indexOf(column(key));
  }

  /** The header of the column of {@code key}. */
  String header(String key) {
    return column(key).header();
  }

  /**
   * Where a link to the element at {@code index} (from 0) leads: the id cell of its row, as a
   * cell hyperlink's address ({@code 'Arms transfers'!A5}).
   */
  String link(int index) {
    return Layout.quoteSheet(sheet()) + "!"
        + new CellReference(index + 1, index("id")).formatAsString(false);
  }

  /** A structured reference to a whole column: {@code Motivations[Weight]}. */
  String ref(String key) {
    return format.table + "[" + header(key) + "]";
  }

  /** A structured reference to a column's cell in the formula's own row. */
  String thisRow(String key) {
    return format.table + "[[#This Row],[" + header(key) + "]]";
  }
}
