package org.briefkit.model;

/**
 * The identifier of a {@link Actor} within a case: actor ids are
 * distinct types so that, say, a motivation cannot name an event where a actor is meant.
 *
 * @param value the id text: a letter or digit, then letters, digits, {@code . _ -}
 *     (at most 64 characters)
 */
public record ActorId(String value) implements Id, Comparable<ActorId> {
  /** Validates the id text. */
  public ActorId {
    Ids.check("actor", value);
  }

  /** Returns the id with the given text; same as the constructor. */
  public static ActorId of(String value) {
    return new ActorId(value);
  }

  @Override
  public int compareTo(ActorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
