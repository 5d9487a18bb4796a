package org.briefkit.model;

/**
 * The identifier of a {@link Stakeholder} within a case: stakeholder ids are
 * distinct types so that, say, a motivation cannot name an event where a stakeholder is meant.
 *
 * @param value the id text: a letter or digit, then letters, digits, {@code . _ -}
 *     (at most 64 characters)
 */
public record StakeholderId(String value) implements Id, Comparable<StakeholderId> {
  /** Validates the id text. */
  public StakeholderId {
    Ids.check("stakeholder", value);
  }

  /** Returns the id with the given text; same as the constructor. */
  public static StakeholderId of(String value) {
    return new StakeholderId(value);
  }

  @Override
  public int compareTo(StakeholderId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
