package org.briefkit.analysis.changes;

import java.util.Objects;

/**
 * The element an evidence item belongs to: a motivation, an event, a transfer or an assumption.
 *
 * @param entity the kind of element, as the case-file format names it ({@code motivation})
 * @param id its id ({@code haedo-energy})
 */
public record Owner(String entity, String id) {
  /** Checks the parts. */
  public Owner {
    Objects.requireNonNull(entity, "entity must not be null");
    Objects.requireNonNull(id, "id must not be null");
  }

  @Override
  public String toString() {
    return entity + " " + id;
  }
}
