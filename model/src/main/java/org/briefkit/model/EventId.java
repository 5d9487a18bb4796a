package org.briefkit.model;

/**
 * The identifier of a {@link Event} within a case: event ids are
 * distinct types so that, say, a motivation cannot name an event where a event is meant.
 *
 * @param value the id text: a letter or digit, then letters, digits, {@code . _ -}
 *     (at most 64 characters)
 */
public record EventId(String value) implements Id, Comparable<EventId> {
  /** Validates the id text. */
  public EventId {
    Ids.check("event", value);
  }

  /** Returns the id with the given text; same as the constructor. */
  public static EventId of(String value) {
    return new EventId(value);
  }

  @Override
  public int compareTo(EventId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
