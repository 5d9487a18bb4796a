package org.briefkit.analysis.changes;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.format.Entity;

/**
 * One element added, removed or changed between two versions of a case: a motivation, a key
 * judgment, an evidence item, a hypothesis of an ACH matrix...
 *
 * @param kind added, removed or changed
 * @param entity the kind of element, as the case-file format names it ({@code judgment},
 *     {@code evidence}, {@code hypothesis})
 * @param key what identifies the element: its id; for an evidence item, its source and locator
 *     as the case file writes them ({@code sitrep para 6}); for a waiver, its rule
 * @param label what the element says, in full: a judgment's statement, a motivation's claim, an
 *     evidence item's text (the new version's, or for a removed element the old one's); empty
 *     for an element without a text of its own, such as an ACH matrix
 * @param owner for an evidence item, the element it belongs to
 * @param fields for a changed element, the fields whose values differ, in the order of the
 *     format; for a judgment whose confidence or likelihood changed, those two (and the
 *     {@code changeReason}) are in {@code estimate} instead
 * @param estimate for a judgment whose confidence or likelihood changed, both old and new
 * @param parts for a changed element, the changes of the elements it holds (an ACH matrix's
 *     hypotheses, then its items), list by list in the format's order; in each, added and changed
 *     elements in the new version's order, then the removed ones in the old version's order
 */
public record ElementChange(
    ChangeKind kind,
    String entity,
    String key,
    String label,
    Optional<Owner> owner,
    ImmutableList<FieldChange> fields,
    Optional<EstimateChange> estimate,
    ImmutableList<ElementChange> parts) {
  /**
   * Checks the parts: an added or removed element has no field changes, a changed one at least
   * one change.
   */
  public ElementChange {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(entity, "entity must not be null");
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(owner, "owner must not be null (use Optional.empty())");
    fields = ImmutableList.copyOf(fields);
    Objects.requireNonNull(estimate, "estimate must not be null (use Optional.empty())");
    parts = ImmutableList.copyOf(parts);
    boolean detailed = !fields.isEmpty() || estimate.isPresent() || !parts.isEmpty();
    if (kind == ChangeKind.CHANGED && !detailed) {
      throw new IllegalArgumentException(entity + " " + key + " is changed but no field or part changed");
    }
    if (kind != ChangeKind.CHANGED && detailed) {
      throw new IllegalArgumentException(
          entity + " " + key + " is " + kind.key() + ", so it has no field or part changes");
    }
  }

  /** An element of the new version only. */
  public static ElementChange added(String entity, String key, String label, Optional<Owner> owner) {
    return new ElementChange(
        ChangeKind.ADDED, entity, key, label, owner, ImmutableList.of(), Optional.empty(), ImmutableList.of());
  }

  /** An element of the old version only. */
  public static ElementChange removed(String entity, String key, String label, Optional<Owner> owner) {
    return new ElementChange(
        ChangeKind.REMOVED, entity, key, label, owner, ImmutableList.of(), Optional.empty(), ImmutableList.of());
  }

  /** How many changes of {@code kind} this is, counting its parts. */
  public int count(ChangeKind kind) {
    int n = this.kind == kind ? 1 : 0;
    for (ElementChange p : parts) {
      n += p.count(kind);
    }
    return n;
  }

  /**
   * The {@link #key()} an element of {@code entity} has in a comparison: its identifying values
   * as the case file writes them ({@code kj-2}, {@code sitrep para 6}), so that a reader of the
   * changes can find the element in a case.
   */
  public static <T> String keyOf(Entity<T, ?> entity, T item) {
    return Keys.key(entity, item);
  }

  /** The {@link #label()} an element of {@code entity} has in a comparison: what it says. */
  public static <T> String labelOf(Entity<T, ?> entity, T item) {
    return Keys.label(entity, item);
  }
}
