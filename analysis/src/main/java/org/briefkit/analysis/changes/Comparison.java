package org.briefkit.analysis.changes;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.RecordListType;

/**
 * One comparison of two versions, element by element and field by field, by the fields the
 * format declares. The evidence of an element kept from one version to the next is not part of
 * the element's change: it is collected on the way, with its owner, for the evidence section.
 * Not thread-safe: one instance per comparison.
 */
final class Comparison {
  private final List<ElementChange> evidence = new ArrayList<>();

  /** The evidence changes met so far, with their owners, in the order their owners were compared. */
  ImmutableList<ElementChange> evidence() {
    return ImmutableList.copyOf(evidence);
  }

  /**
   * The changes from {@code before} to {@code after}, two versions of a list of elements of
   * {@code entity}: added and changed elements in the new order, then removed ones in the old.
   */
  <R> List<ElementChange> list(Entity<R, ?> entity, List<R> before, List<R> after, Optional<Owner> owner) {
    List<ElementChange> out = new ArrayList<>();
    for (Pairing<R> p : Pairing.of(entity, before, after)) {
      if (p.before().isEmpty()) {
        R a = p.after().orElseThrow();
        out.add(ElementChange.added(entity.name(), Keys.key(entity, a), Keys.label(entity, a), owner));
      } else if (p.after().isEmpty()) {
        R b = p.before().orElseThrow();
        out.add(ElementChange.removed(entity.name(), Keys.key(entity, b), Keys.label(entity, b), owner));
      } else {
        element(entity, p.before().orElseThrow(), p.after().orElseThrow(), owner).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The values of {@code entity}'s own fields that differ from {@code before} to {@code after},
   * in the declared order: every field but the derived ones and the lists of elements. A value
   * counts as changed when a case file would write it differently and it means something else
   * (a short name that followed the name, and still does, has not changed).
   */
  static <T> List<FieldChange> fields(Entity<T, ?> entity, T before, T after) {
    List<FieldChange> out = new ArrayList<>();
    for (Field<T, ?, ?> f : entity.fields()) {
      if (!f.derived() && !(f.type() instanceof RecordListType<?>)) {
        field(f, before, after).ifPresent(out::add);
      }
    }
    return out;
  }

  private static <T, V> Optional<FieldChange> field(Field<T, ?, V> f, T before, T after) {
    if (FieldValues.written(f, before).equals(FieldValues.written(f, after))) {
      return Optional.empty();
    }
    Optional<FieldValue> was = FieldValues.effective(f, before);
    Optional<FieldValue> is = FieldValues.effective(f, after);
    return was.equals(is) ? Optional.empty() : Optional.of(new FieldChange(f.name(), was, is));
  }

  /** The change of an element kept from {@code before} to {@code after}, if anything changed. */
  private <T> Optional<ElementChange> element(Entity<T, ?> entity, T before, T after, Optional<Owner> owner) {
    List<FieldChange> fields = fields(entity, before, after);
    Optional<EstimateChange> estimate = Optional.empty();
    if (entity == CaseFormat.JUDGMENT) {
      estimate = Estimates.of((KeyJudgment) before, (KeyJudgment) after);
      if (estimate.isPresent()) {
        fields.removeIf(c -> Estimates.FIELDS.contains(c.field()));
      }
    }
    List<ElementChange> parts = new ArrayList<>();
    String key = Keys.key(entity, after);
    for (Field<T, ?, ?> f : entity.fields()) {
      if (f.type() instanceof RecordListType<?> r) {
        if (r.entity() == CaseFormat.EVIDENCE) {
          evidence.addAll(nested(f, r, before, after, Optional.of(new Owner(entity.name(), key))));
        } else {
          parts.addAll(nested(f, r, before, after, Optional.empty()));
        }
      }
    }
    if (fields.isEmpty() && estimate.isEmpty() && parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ElementChange(
            ChangeKind.CHANGED, entity.name(), key, Keys.label(entity, after), owner,
            ImmutableList.copyOf(fields), estimate, ImmutableList.copyOf(parts)));
  }

  /** The changes of the list {@code f} of elements held by {@code before} and {@code after}. */
  @SuppressWarnings("unchecked") // a field of a RecordListType<R> holds a list of R
  <T, R> List<ElementChange> nested(
      Field<T, ?, ?> f, RecordListType<R> type, T before, T after, Optional<Owner> owner) {
    List<R> was = f.get(before).map(v -> (List<R>) v).orElse(List.of());
    List<R> is = f.get(after).map(v -> (List<R>) v).orElse(List.of());
    return list(type.entity(), was, is, owner);
  }
}
