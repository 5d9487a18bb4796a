package org.briefkit.model.io;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefkit.model.Id;
import org.briefkit.model.Suggestions;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ListType;
import org.briefkit.model.format.RecordListType;
import org.briefkit.model.format.ScalarType;
import org.briefkit.model.io.Tree.Node;
import org.briefkit.model.io.Tree.Scalar;
import org.briefkit.model.io.Tree.Type;

/**
 * Decodes mappings into records by their {@link Entity}, field by field, reporting every problem
 * at the node that causes it. An element with a problem is left out and its id remembered, so
 * that references to it are not reported again.
 */
final class RecordDecoder {
  private final Problems problems;
  private final NodeValues values;
  /** The ids of the elements left out for problems of their own. */
  private final Set<Id> failed = new HashSet<>();

  RecordDecoder(Problems problems) {
    this.problems = problems;
    this.values = new NodeValues(problems);
  }

  /** The ids of the elements left out for problems of their own. */
  Set<Id> failed() {
    return failed;
  }

  /** One mapping decoded: its builder, and the fields that were given a value. */
  record Decoded<B>(B builder, Set<String> given, boolean ok) {}

  /**
   * Decodes the fields of {@code map} into a new builder of {@code entity}, reporting unknown
   * and missing keys and bad values.
   *
   * @param ignored keys that belong to the file rather than the entity (the format version)
   * @param kept receives, for each list of records, the position in the file of each record
   *     kept in the list (to locate problems found later by position in the case); null where
   *     nothing is located by position (below the top level)
   */
  <T, B> Decoded<B> fields(
      Tree.Map map, Entity<T, B> entity, Set<String> ignored, Map<String, List<Integer>> kept) {
    int before = problems.count();
    for (Tree.Entry e : map.entries()) {
      String key = e.key().value();
      Optional<Field<T, B, ?>> f = entity.field(key);
      if (f.isPresent() && f.get().derived()) {
        problems.add(e.key().pos(), key + " is derived (" + f.get().about() + ") and is not read: leave it out");
      } else if (f.isEmpty() && !ignored.contains(key)) {
        problems.add(
            e.key().pos(),
            "unknown field " + NodeValues.quote(key) + " in " + entity.name()
                + Suggestions.didYouMean(key, readable(entity)));
      }
    }
    for (Field<T, B, ?> f : entity.fields()) {
      if (!f.required()) {
        continue;
      }
      Optional<Node> v = map.get(f.name());
      if (v.isEmpty()) {
        problems.add(map.pos(), who(map, entity) + " is missing required field \"" + f.name() + "\"");
      } else if (v.get() instanceof Scalar s && s.isNull()) {
        problems.add(v.get().pos(), f.name() + " must not be empty");
      }
    }
    B builder = entity.newBuilder();
    Set<String> given = new HashSet<>();
    for (Field<T, B, ?> f : entity.fields()) {
      if (!f.derived() && field(map, f, builder, kept)) {
        given.add(f.name());
      }
    }
    return new Decoded<>(builder, given, problems.count() == before);
  }

  /** Decodes {@code map} into a record, or empty after reporting its problems. */
  <T, B> Optional<T> record(Tree.Map map, Entity<T, B> entity) {
    Decoded<B> d = fields(map, entity, Set.of(), null);
    if (d.ok()) {
      try {
        return Optional.of(entity.build(d.builder()));
      } catch (IllegalArgumentException e) {
        problems.add(map.pos(), e.getMessage());
      }
    }
    remember(map, entity);
    return Optional.empty();
  }

  /**
   * The records of a list field; {@code keptIndexes}, unless null, receives the position in the
   * file of each record that made it into the list.
   */
  <R> List<R> records(String key, Node node, Entity<R, ?> entity, List<Integer> keptIndexes) {
    List<R> out = new ArrayList<>();
    List<Node> items = values.items(key, node);
    for (int i = 0; i < items.size(); i++) {
      Node n = items.get(i);
      if (n instanceof Tree.Map m) {
        Optional<R> r = record(m, entity);
        if (r.isPresent()) {
          out.add(r.get());
          if (keptIndexes != null) {
            keptIndexes.add(i);
          }
        }
      } else {
        problems.add(n.pos(), "each item of " + key + " must be a mapping, not " + n.describe());
      }
    }
    return out;
  }

  /** Reads one field's value and sets it; whether a value was given and read. */
  private <T, B, V> boolean field(
      Tree.Map map, Field<T, B, V> f, B builder, Map<String, List<Integer>> kept) {
    Optional<Node> node = NodeValues.value(map, f.name());
    if (node.isEmpty()) {
      return false;
    }
    V value = value(f.name(), node.get(), f, kept);
    if (value == null) {
      return false;
    }
    f.set(builder, value);
    return true;
  }

  @SuppressWarnings("unchecked") // each branch's type is the field's value type
  private <V> V value(String key, Node node, Field<?, ?, V> f, Map<String, List<Integer>> kept) {
    if (f.type() instanceof ScalarType<V> s) {
      return values.scalar(key, node, s);
    }
    if (f.type() instanceof ListType<?> l) {
      return (V) values.list(key, node, l);
    }
    RecordListType<?> r = (RecordListType<?>) f.type();
    List<Integer> keptIndexes = kept == null ? null : kept.computeIfAbsent(key, k -> new ArrayList<>());
    return (V) ImmutableList.copyOf(records(key, node, r.entity(), keptIndexes));
  }

  /** Remembers the id of an element left out, if it has a well-formed one. */
  private <T, B> void remember(Tree.Map map, Entity<T, B> entity) {
    Optional<Field<T, B, ?>> idField = entity.field("id");
    Optional<Node> id = map.get("id");
    if (idField.isPresent()
        && idField.get().type() instanceof ScalarType<?> type
        && id.isPresent()
        && id.get() instanceof Scalar s) {
      try {
        if (type.parse("id", s.value()) instanceof Id typed) {
          failed.add(typed);
        }
      } catch (IllegalArgumentException e) {
        // A malformed id: nothing can refer to it.
      }
    }
  }

  /** The element, for messages: {@code stakeholder "nato"}, or just its kind without an id. */
  private static String who(Tree.Map map, Entity<?, ?> entity) {
    if (entity == CaseFormat.CASE) {
      return "the case";
    }
    return map.get("id")
        .filter(n -> n instanceof Scalar s && s.type() == Type.TEXT && !s.value().isBlank())
        .map(n -> entity.name() + " " + NodeValues.quote(((Scalar) n).value()))
        .orElse(entity.name());
  }

  /** The keys a file may give: every field but the derived ones. */
  private static List<String> readable(Entity<?, ?> entity) {
    List<String> names = new ArrayList<>();
    entity.fields().forEach(f -> {
      if (!f.derived()) {
        names.add(f.name());
      }
    });
    return names;
  }
}
