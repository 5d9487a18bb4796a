package org.briefkit.model;

/**
 * The identifier of a {@link Source} within a case: source ids are
 * distinct types so that, say, a motivation cannot name an event where a source is meant.
 *
 * @param value the id text: a letter or digit, then letters, digits, {@code . _ -}
 *     (at most 64 characters)
 */
public record SourceId(String value) implements Id, Comparable<SourceId> {
  /** Validates the id text. */
  public SourceId {
    Ids.check("source", value);
  }

  /** Returns the id with the given text; same as the constructor. */
  public static SourceId of(String value) {
    return new SourceId(value);
  }

  @Override
  public int compareTo(SourceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
