package org.briefkit.model;

/**
 * The identifier of an ACH item: these ids are
 * distinct types so that, say, a motivation cannot name an event where a judgment is meant.
 *
 * @param value the id text: a letter or digit, then letters, digits, {@code . _ -}
 *     (at most 64 characters)
 */
public record AchItemId(String value) implements Id, Comparable<AchItemId> {
  /** Validates the id text. */
  public AchItemId {
    Ids.check("ACH item", value);
  }

  /** Returns the id with the given text; same as the constructor. */
  public static AchItemId of(String value) {
    return new AchItemId(value);
  }

  @Override
  public int compareTo(AchItemId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
