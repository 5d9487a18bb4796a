package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.briefkit.model.Case;
import org.briefkit.model.format.Entity;

/**
 * How one kind of element is laid out as a workbook table, beyond what its fields declare: the
 * sheet and table names, column widths, computed columns, drop-down lists of ids, and the
 * choices a case narrows (the likelihoods of its own estimative scale). Its
 * columns come from the entity's fields, in their order; a field it does not mention gets a
 * width from its type.
 *
 * @param <T> the record type
 */
final class TableFormat<T> {
  /** A column's width in characters, and whether longer text wraps. */
  record Width(int chars, boolean wrap) {}

  /** A computed column placed after a field (or first, when {@code after} is empty). */
  record Computed<T>(String header, Optional<String> after, ComputedCell<T> cell) {}

  final Entity<T, ?> entity;
  final String sheet;
  final String table;
  final boolean child;
  private final Map<String, Width> widths = new LinkedHashMap<>();
  private final List<Computed<T>> computed = new ArrayList<>();
  private final Map<String, ComputedCell<T>> derived = new LinkedHashMap<>();
  private final Map<String, Entity<?, ?>> dropdowns = new LinkedHashMap<>();
  private final Map<String, Function<Case, List<String>>> choices = new LinkedHashMap<>();

  private TableFormat(Entity<T, ?> entity, String sheet, String table, boolean child) {
    this.entity = entity;
    this.sheet = sheet;
    this.table = table;
    this.child = child;
  }

  /** The table of a kind of element with ids of its own. */
  static <T> TableFormat<T> of(Entity<T, ?> entity, String sheet, String table) {
    return new TableFormat<>(entity, sheet, table, false);
  }

  /**
   * The table of elements nested in others (evidence): each row starts with the kind of its
   * owner ("For") and the owner's id ("Item").
   */
  static <T> TableFormat<T> nested(Entity<T, ?> entity, String sheet, String table) {
    return new TableFormat<>(entity, sheet, table, true);
  }

  /** Caps the column of field (or computed column) {@code key} at {@code chars}, without wrapping. */
  TableFormat<T> cap(String key, int chars) {
    widths.put(key, new Width(chars, false));
    return this;
  }

  /** Caps the column of {@code key} at {@code chars}, wrapping longer text. */
  TableFormat<T> wrap(String key, int chars) {
    widths.put(key, new Width(chars, true));
    return this;
  }

  /** Adds a computed column after the field {@code after}. */
  TableFormat<T> computedAfter(String after, String header, ComputedCell<T> cell) {
    computed.add(new Computed<>(header, Optional.of(after), cell));
    return this;
  }

  /** Writes the derived field {@code field} with {@code cell} (a live formula) rather than its value. */
  TableFormat<T> derived(String field, ComputedCell<T> cell) {
    derived.put(field, cell);
    return this;
  }

  /**
   * Offers the ids of {@code target}'s table in a drop-down list in the column of {@code field}.
   * A list field's column offers one id at a time and takes several typed, comma-separated.
   */
  TableFormat<T> dropdown(String field, Entity<?, ?> target) {
    dropdowns.put(field, target);
    return this;
  }

  /**
   * Offers {@code choices} of the case being written in the drop-down list of the choice field
   * {@code field}, instead of every value its type accepts.
   */
  TableFormat<T> choices(String field, Function<Case, List<String>> choices) {
    this.choices.put(field, choices);
    return this;
  }

  ImmutableMap<String, Width> widths() {
    return ImmutableMap.copyOf(widths);
  }

  ImmutableList<Computed<T>> computed() {
    return ImmutableList.copyOf(computed);
  }

  ImmutableMap<String, ComputedCell<T>> derived() {
    return ImmutableMap.copyOf(derived);
  }

  ImmutableMap<String, Entity<?, ?>> dropdowns() {
    return ImmutableMap.copyOf(dropdowns);
  }

  ImmutableMap<String, Function<Case, List<String>>> choices() {
    return ImmutableMap.copyOf(choices);
  }
}
