package org.briefkit.analysis.changes;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.Types;

/**
 * What identifies an element across versions, and what it says. An element with an id is the
 * same element while its id stays. Evidence has no id: an item that keeps its source and locator
 * is the same item with another text; a waiver is the waiver of its rule. Any other kind of
 * element without an id is identified by all its values, so that it is only ever added or
 * removed.
 */
final class Keys {
  private static final String ID = "id";

  private Keys() {}

  /** The fields that identify an element of {@code entity}; empty when all its values do. */
  static ImmutableList<String> fields(Entity<?, ?> entity) {
    if (entity.field(ID).isPresent()) {
      return ImmutableList.of(ID);
    }
    if (entity == CaseFormat.EVIDENCE) {
      return ImmutableList.of("source", "locator");
    }
    if (entity == CaseFormat.WAIVER) {
      return ImmutableList.of("rule");
    }
    return ImmutableList.of();
  }

  /**
   * The fields that identify an element of {@code entity} that its {@link #fields} no longer
   * do: an evidence item that keeps its source and text but cites another place in the source
   * (a locator corrected, a web edition's sections instead of the printed pages) is the same
   * item, moved. Empty for other entities.
   */
  static ImmutableList<String> movedFields(Entity<?, ?> entity) {
    return entity == CaseFormat.EVIDENCE ? ImmutableList.of("source", "text") : ImmutableList.of();
  }

  /** Whether elements of {@code entity} are identified by their id. */
  static boolean byId(Entity<?, ?> entity) {
    return fields(entity).equals(ImmutableList.of(ID));
  }

  /**
   * The key of {@code item}: its identifying values as a case file writes them, separated by
   * spaces ({@code kj-2}, {@code sitrep para 6}); empty for an element identified by all its
   * values.
   */
  static <T> String key(Entity<T, ?> entity, T item) {
    return joined(entity, fields(entity), item);
  }

  /** The values of {@code names} of {@code item} as a case file writes them, separated by spaces. */
  static <T> String joined(Entity<T, ?> entity, List<String> names, T item) {
    List<String> parts = new ArrayList<>();
    for (String name : names) {
      Field<T, ?, ?> f = entity.field(name).orElseThrow();
      FieldValues.written(f, item).ifPresent(v -> parts.add(v.text()));
    }
    return String.join(" ", parts);
  }

  /**
   * What {@code item} says: its first text field that does not identify it (a judgment's
   * statement, a motivation's claim, an evidence item's text, a waiver's reason); empty when
   * it has none.
   */
  static <T> String label(Entity<T, ?> entity, T item) {
    ImmutableList<String> keys = fields(entity);
    for (Field<T, ?, ?> f : entity.fields()) {
      if (f.type() == Types.TEXT && !keys.contains(f.name())) {
        return FieldValues.effective(f, item).map(FieldValue::text).orElse("");
      }
    }
    return "";
  }
}
