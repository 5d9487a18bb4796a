package org.briefkit.model;

/**
 * The identifier of an {@link Indicator} within a case: indicator ids are
 * distinct types so that, say, a motivation cannot name an event where a judgment is meant.
 *
 * @param value the id text: a letter or digit, then letters, digits, {@code . _ -}
 *     (at most 64 characters)
 */
public record IndicatorId(String value) implements Id, Comparable<IndicatorId> {
  /** Validates the id text. */
  public IndicatorId {
    Ids.check("indicator", value);
  }

  /** Returns the id with the given text; same as the constructor. */
  public static IndicatorId of(String value) {
    return new IndicatorId(value);
  }

  @Override
  public int compareTo(IndicatorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
