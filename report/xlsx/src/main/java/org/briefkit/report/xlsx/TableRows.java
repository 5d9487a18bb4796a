package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Case;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.RecordListType;
import org.briefkit.report.xlsx.CaseTableWriter.Owner;

/**
 * The rows of each case table: the case's list of that kind of element, or, for a nested table,
 * the nested elements of every owner in turn, each with its owner.
 */
final class TableRows {
  private TableRows() {}

  /** One row of a nested table: the element and its owner. */
  record Nested<T>(T item, Owner owner) {}

  /** The elements of a table with ids of its own, in the case's order. */
  @SuppressWarnings("unchecked") // the case field of a table's entity holds its records
  static <T> List<T> items(Case c, CaseTable<T> table) {
    for (Field<Case, ?, ?> f : CaseFormat.CASE.fields()) {
      if (f.type() instanceof RecordListType<?> r && r.entity() == table.entity()) {
        return (List<T>) f.get(c).orElseThrow();
      }
    }
    throw new IllegalArgumentException(table.table() + " is not a list of the case");
  }

  /** The tables whose elements hold the elements of the nested {@code table}, in sheet order. */
  static List<CaseTable<?>> owners(CaseTable<?> table) {
    List<CaseTable<?>> owners = new ArrayList<>();
    for (CaseTable<?> t : CaseTables.in(table.text()).all) {
      if (!t.nested() && nestedField(t, table).isPresent()) {
        owners.add(t);
      }
    }
    return owners;
  }

  /** The rows of a nested table: each owner's elements in turn, in sheet order. */
  static <T> List<Nested<T>> nested(Case c, CaseTable<T> table) {
    List<Nested<T>> rows = new ArrayList<>();
    for (CaseTable<?> owner : owners(table)) {
      addNested(c, owner, table, rows);
    }
    return rows;
  }

  @SuppressWarnings("unchecked") // the owner's list field holds the nested table's records
  private static <O, T> void addNested(Case c, CaseTable<O> owner, CaseTable<T> table, List<Nested<T>> rows) {
    Field<O, ?, ?> list = nestedField(owner, table).orElseThrow();
    Field<O, ?, ?> id = owner.entity().field("id").orElseThrow();
    List<O> owners = items(c, owner);
    for (int i = 0; i < owners.size(); i++) {
      O o = owners.get(i);
      String ownerId = CaseTableWriter.text(id, o);
      for (Object item : (List<?>) list.get(o).orElseThrow()) {
        rows.add(new Nested<>((T) item, new Owner(owner, ownerId, i)));
      }
    }
  }

  /** The field of {@code owner}'s entity that lists the elements of {@code nested}. */
  static <O> java.util.Optional<Field<O, ?, ?>> nestedField(CaseTable<O> owner, CaseTable<?> nested) {
    for (Field<O, ?, ?> f : owner.entity().fields()) {
      if (f.type() instanceof RecordListType<?> r && r.entity() == nested.entity()) {
        return java.util.Optional.of(f);
      }
    }
    return java.util.Optional.empty();
  }

  /** The number of rows of {@code table} for {@code c}, counted without making them. */
  static int count(Case c, CaseTable<?> table) {
    if (!table.nested()) {
      return items(c, table).size();
    }
    int n = 0;
    for (CaseTable<?> owner : owners(table)) {
      n += countNested(c, owner, table);
    }
    return n;
  }

  private static <O> int countNested(Case c, CaseTable<O> owner, CaseTable<?> table) {
    Field<O, ?, ?> list = nestedField(owner, table).orElseThrow();
    int n = 0;
    for (O o : items(c, owner)) {
      n += ((List<?>) list.get(o).orElseThrow()).size();
    }
    return n;
  }
}
