package org.briefkit.model;

/**
 * The identifier of a {@link Motivation} within a case: motivation ids are
 * distinct types so that, say, a motivation cannot name an event where a motivation is meant.
 *
 * @param value the id text: a letter or digit, then letters, digits, {@code . _ -}
 *     (at most 64 characters)
 */
public record MotivationId(String value) implements Id, Comparable<MotivationId> {
  /** Validates the id text. */
  public MotivationId {
    Ids.check("motivation", value);
  }

  /** Returns the id with the given text; same as the constructor. */
  public static MotivationId of(String value) {
    return new MotivationId(value);
  }

  @Override
  public int compareTo(MotivationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
