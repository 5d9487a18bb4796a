package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefkit.analysis.changes.CaseDiff;
import org.briefkit.analysis.changes.ChangeKind;
import org.briefkit.analysis.changes.ElementChange;
import org.briefkit.analysis.changes.Owner;
import org.briefkit.analysis.changes.SectionChanges;
import org.briefkit.model.Case;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.RecordListType;
import org.briefkit.model.format.ScalarType;

/**
 * Where the element a change names is in the new version of the case: its JSON Pointer, which
 * {@link WrittenCells} turns into the cell the writer put it in. Elements are found by their keys
 * as the comparison makes them, from the format's declarations: the id, or for an evidence item
 * its source and locator (and its words, as two items may cite one place), for a waiver its
 * rule. A removed element is not in the case.
 */
final class ChangedCells {
  private static final String ID = "id";

  private final Case theCase;

  ChangedCells(Case theCase) {
    this.theCase = theCase;
  }

  /**
   * The pointer of the element of {@code e} in the case: {@code /judgments/2}; the empty pointer
   * (the case itself) for the case's own values; empty when the case does not have it.
   */
  Optional<String> pointer(SectionChanges section, ElementChange e) {
    if (e.kind() == ChangeKind.REMOVED) {
      return Optional.empty();
    }
    if (section.name().equals(CaseDiff.CASE)) {
      return Optional.of("");
    }
    if (section.name().equals(CaseDiff.EVIDENCE)) {
      return e.owner().flatMap(o -> evidence(o, e));
    }
    return items(CaseFormat.CASE, theCase, section.name())
        .flatMap(l -> index(l, e).map(i -> "/" + section.name() + "/" + i));
  }

  /** The pointer of {@code part}, a hypothesis or item of the element at {@code owner}. */
  Optional<String> part(Optional<String> owner, ElementChange part) {
    if (owner.isEmpty() || part.kind() == ChangeKind.REMOVED) {
      return Optional.empty();
    }
    return at(owner.get()).flatMap(o -> partOf(o, owner.get(), part));
  }

  private <T> Optional<String> partOf(Located<T> owner, String pointer, ElementChange part) {
    for (Field<T, ?, ?> f : owner.entity().fields()) {
      if (f.type() instanceof RecordListType<?> t && t.entity().name().equals(part.entity())) {
        Optional<Items<?>> items = items(owner.entity(), owner.item(), f.name());
        return items.flatMap(l -> index(l, part)).map(i -> pointer + "/" + f.name() + "/" + i);
      }
    }
    return Optional.empty();
  }

  /** The evidence item of {@code e} among its owner's: same key, same words. */
  private Optional<String> evidence(Owner owner, ElementChange e) {
    for (Field<Case, ?, ?> f : CaseFormat.CASE.fields()) {
      if (f.type() instanceof RecordListType<?> t && t.entity().name().equals(owner.entity())) {
        Optional<Items<?>> owners = items(CaseFormat.CASE, theCase, f.name());
        Optional<Integer> at = owners.flatMap(l -> indexOfKey(l, owner.id()));
        if (at.isEmpty()) {
          return Optional.empty();
        }
        String pointer = "/" + f.name() + "/" + at.get();
        return at(pointer).flatMap(o -> evidenceOf(o, pointer, e));
      }
    }
    return Optional.empty();
  }

  private <T> Optional<String> evidenceOf(Located<T> owner, String pointer, ElementChange e) {
    Optional<Items<?>> items = items(owner.entity(), owner.item(), "evidence");
    return items.flatMap(l -> index(l, e)).map(i -> pointer + "/evidence/" + i);
  }

  /** An element and its entity. */
  private record Located<T>(Entity<T, ?> entity, T item) {}

  /** The elements of one list and their entity. */
  private record Items<T>(Entity<T, ?> entity, List<T> items) {}

  /** The element at a pointer of one list of the case ({@code /ach/0}). */
  private Optional<Located<?>> at(String pointer) {
    String[] steps = pointer.substring(1).split("/");
    return items(CaseFormat.CASE, theCase, steps[0]).flatMap(l -> element(l, Integer.parseInt(steps[1])));
  }

  private static <T> Optional<Located<?>> element(Items<T> l, int index) {
    return index < l.items().size() ? Optional.of(new Located<>(l.entity(), l.items().get(index))) : Optional.empty();
  }

  /** The elements of the list field {@code name} of {@code item}. */
  private static <T> Optional<Items<?>> items(Entity<T, ?> entity, T item, String name) {
    Optional<? extends Field<T, ?, ?>> f = entity.field(name);
    if (f.isEmpty() || !(f.get().type() instanceof RecordListType<?> t)) {
      return Optional.empty();
    }
    Object value = f.get().get(item).orElse(null);
    return Optional.of(itemsOf(t, value == null ? List.of() : (List<?>) value));
  }

  @SuppressWarnings("unchecked") // the list holds the records its type describes
  private static <R> Items<R> itemsOf(RecordListType<R> type, List<?> items) {
    return new Items<>(type.entity(), (List<R>) items);
  }

  /** The position of the element of {@code change}: same key, and for evidence the same words. */
  private static <T> Optional<Integer> index(Items<T> l, ElementChange change) {
    boolean evidence = l.entity() == CaseFormat.EVIDENCE;
    for (int i = 0; i < l.items().size(); i++) {
      T item = l.items().get(i);
      if (key(l.entity(), item).equals(change.key())
          && (!evidence || text(l.entity(), item, "text").equals(change.label()))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static <T> Optional<Integer> indexOfKey(Items<T> l, String key) {
    for (int i = 0; i < l.items().size(); i++) {
      if (key(l.entity(), l.items().get(i)).equals(key)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The fields that identify an element, as the comparison takes them. */
  private static ImmutableList<String> keyFields(Entity<?, ?> entity) {
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

  /** An element's key: its identifying values as the case file writes them, separated by spaces. */
  private static <T> String key(Entity<T, ?> entity, T item) {
    List<String> parts = new ArrayList<>();
    for (String name : keyFields(entity)) {
      String v = text(entity, item, name);
      if (!v.isEmpty()) {
        parts.add(v);
      }
    }
    return String.join(" ", parts);
  }

  /** A scalar field's value as the case file writes it, or an empty text. */
  private static <T> String text(Entity<T, ?> entity, T item, String name) {
    return entity.field(name).map(f -> scalar(f, item)).orElse("");
  }

  private static <T, V> String scalar(Field<T, ?, V> f, T item) {
    if (!(f.type() instanceof ScalarType<V> type)) {
      return "";
    }
    return f.get(item).map(type::format).orElse("");
  }
}
