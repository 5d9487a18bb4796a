package org.briefkit.model;

/**
 * The identifier of an ACH matrix: these ids are
 * distinct types so that, say, a motivation cannot name an event where a judgment is meant.
 *
 * @param value the id text: a letter or digit, then letters, digits, {@code . _ -}
 *     (at most 64 characters)
 */
public record AchId(String value) implements Id, Comparable<AchId> {
  /** Validates the id text. */
  public AchId {
    Ids.check("ACH matrix", value);
  }

  /** Returns the id with the given text; same as the constructor. */
  public static AchId of(String value) {
    return new AchId(value);
  }

  @Override
  public int compareTo(AchId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
