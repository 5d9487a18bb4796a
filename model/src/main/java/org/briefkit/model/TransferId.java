package org.briefkit.model;

/**
 * The identifier of a {@link ArmsTransfer} within a case: transfer ids are
 * distinct types so that, say, a motivation cannot name an event where a transfer is meant.
 *
 * @param value the id text: a letter or digit, then letters, digits, {@code . _ -}
 *     (at most 64 characters)
 */
public record TransferId(String value) implements Id, Comparable<TransferId> {
  /** Validates the id text. */
  public TransferId {
    Ids.check("transfer", value);
  }

  /** Returns the id with the given text; same as the constructor. */
  public static TransferId of(String value) {
    return new TransferId(value);
  }

  @Override
  public int compareTo(TransferId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
