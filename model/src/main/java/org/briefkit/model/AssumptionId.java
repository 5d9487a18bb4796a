package org.briefkit.model;

/**
 * The identifier of an {@link Assumption} within a case: assumption ids are
 * distinct types so that, say, a motivation cannot name an event where a judgment is meant.
 *
 * @param value the id text: a letter or digit, then letters, digits, {@code . _ -}
 *     (at most 64 characters)
 */
public record AssumptionId(String value) implements Id, Comparable<AssumptionId> {
  /** Validates the id text. */
  public AssumptionId {
    Ids.check("assumption", value);
  }

  /** Returns the id with the given text; same as the constructor. */
  public static AssumptionId of(String value) {
    return new AssumptionId(value);
  }

  @Override
  public int compareTo(AssumptionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
