package org.briefkit.analysis.changes;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * The changes of one section of a case: its own values, its motivations, its key judgments,
 * the evidence of its elements...
 *
 * @param name the section's name: {@code case} for the case's own values, {@code evidence}, or
 *     the name of the case's list in case files ({@code judgments}, {@code motivations})
 * @param title its title for readers ({@code Key judgments})
 * @param changes the changes, at least one: added and changed elements in the new version's
 *     order, then removed ones in the old version's order; in the evidence section, grouped by
 *     owner in the order of the sections
 */
public record SectionChanges(String name, String title, ImmutableList<ElementChange> changes) {
  /** Copies the changes and checks that there is one. */
  public SectionChanges {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(title, "title must not be null");
    changes = ImmutableList.copyOf(changes);
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("section " + name + " has no changes: leave it out");
    }
  }

  /** How many changes of {@code kind} the section holds, counting parts. */
  public int count(ChangeKind kind) {
    return changes.stream().mapToInt(c -> c.count(kind)).sum();
  }
}
