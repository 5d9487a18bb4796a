package org.briefkit.model;

/**
 * The identifier of a hypothesis: these ids are
 * distinct types so that, say, a motivation cannot name an event where a judgment is meant.
 *
 * @param value the id text: a letter or digit, then letters, digits, {@code . _ -}
 *     (at most 64 characters)
 */
public record HypothesisId(String value) implements Id, Comparable<HypothesisId> {
  /** Validates the id text. */
  public HypothesisId {
    Ids.check("hypothesis", value);
  }

  /** Returns the id with the given text; same as the constructor. */
  public static HypothesisId of(String value) {
    return new HypothesisId(value);
  }

  @Override
  public int compareTo(HypothesisId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
