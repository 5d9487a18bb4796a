package org.briefkit.model;

/**
 * The identifier of a {@link KeyJudgment} within a case: judgment ids are
 * distinct types so that, say, a motivation cannot name an event where a judgment is meant.
 *
 * @param value the id text: a letter or digit, then letters, digits, {@code . _ -}
 *     (at most 64 characters)
 */
public record JudgmentId(String value) implements Id, Comparable<JudgmentId> {
  /** Validates the id text. */
  public JudgmentId {
    Ids.check("judgment", value);
  }

  /** Returns the id with the given text; same as the constructor. */
  public static JudgmentId of(String value) {
    return new JudgmentId(value);
  }

  @Override
  public int compareTo(JudgmentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
