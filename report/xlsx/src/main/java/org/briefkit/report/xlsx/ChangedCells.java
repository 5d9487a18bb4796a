package org.briefkit.report.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Where the element a change names is in the new version of the case: its JSON Pointer, which
 * {@link WrittenCells} turns into the cell the writer put it in. Elements are found by their keys
 * as the comparison makes them, from the format's declarations: the id, or for an evidence item
 * its source and locator (and its words, as two items may cite one place), for a waiver its
 * rule. A removed element is not in the case.
 */
final class ChangedCells {

  private final Case theCase;
  /**
   * For each list met (by its pointer: {@code /motivations}, {@code /ach/0/items}), the position
   * of each element by its key, made once, so that finding every change's element takes time
   * linear in the case and the changes.
   */
  private final Map<String, Map<String, Integer>> positions = new HashMap<>();

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
    String list = "/" + section.name();
    return items(CaseFormat.CASE, theCase, section.name())
        .flatMap(l -> position(list, l, lookup(l, e.key(), e.label())).map(i -> list + "/" + i));
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
        String list = pointer + "/" + f.name();
        Optional<Items<?>> items = items(owner.entity(), owner.item(), f.name());
        return items.flatMap(l -> position(list, l, lookup(l, part.key(), part.label()))).map(i -> list + "/" + i);
      }
    }
    return Optional.empty();
  }

  /** The evidence item of {@code e} among its owner's: same key, same words. */
  private Optional<String> evidence(Owner owner, ElementChange e) {
    for (Field<Case, ?, ?> f : CaseFormat.CASE.fields()) {
      if (f.type() instanceof RecordListType<?> t && t.entity().name().equals(owner.entity())) {
        Optional<Items<?>> owners = items(CaseFormat.CASE, theCase, f.name());
        String list = "/" + f.name();
        Optional<Integer> at = owners.flatMap(l -> position(list, l, owner.id()));
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
    String list = pointer + "/evidence";
    Optional<Items<?>> items = items(owner.entity(), owner.item(), "evidence");
    return items.flatMap(l -> position(list, l, lookup(l, e.key(), e.label()))).map(i -> list + "/" + i);
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

  /** The position in the list at {@code list} of the first element looked up as {@code lookup}. */
  private <T> Optional<Integer> position(String list, Items<T> l, String lookup) {
    Map<String, Integer> at = positions.computeIfAbsent(list, k -> {
      Map<String, Integer> m = new HashMap<>();
      for (int i = 0; i < l.items().size(); i++) {
        T item = l.items().get(i);
        m.putIfAbsent(lookup(l, ElementChange.keyOf(l.entity(), item), ElementChange.labelOf(l.entity(), item)), i);
      }
      return m;
    });
    return Optional.ofNullable(at.get(lookup));
  }

  /** What an element is looked up by: its key, and for evidence its words too (two items may cite one place). */
  private static String lookup(Items<?> l, String key, String text) {
    return l.entity() == CaseFormat.EVIDENCE ? key + "\u0000" + text : key;
  }
}
