package org.briefkit.model;

/**
 * How an item of an ACH matrix bears on a hypothesis, in Heuer's notation: very consistent,
 * consistent, neutral, inconsistent, very inconsistent, or not applicable.
 */
public enum Rating implements Keyed {
  /** Very consistent. */
  CC("very consistent", 2),
  /** Consistent. */
  C("consistent", 1),
  /** Neutral: neither consistent nor inconsistent. */
  N("neutral", 0),
  /** Inconsistent. */
  I("inconsistent", -1),
  /** Very inconsistent. */
  II("very inconsistent", -2),
  /** Not applicable: the item says nothing of the hypothesis. */
  NA("not applicable", 0);

  private final String meaning;
  private final int value;

  Rating(String meaning, int value) {
    this.meaning = meaning;
    this.value = value;
  }

  /** Ratings are written as their letters: {@code CC}, {@code NA}. */
  @Override
  public String key() {
    return name();
  }

  /** What the rating means: "very inconsistent". */
  public String meaning() {
    return meaning;
  }

  /**
   * The rating on the full scale, CC = 2 down to II = −2 (N and NA = 0), which diagnosticity
   * compares across hypotheses.
   */
  public int value() {
    return value;
  }

  /**
   * The rating's inconsistency, which the PARC ACH 1.1 score adds up: II = −2, I = −1, and 0
   * for every other rating (consistency does not count in a hypothesis' favour).
   */
  public int inconsistency() {
    return Math.min(value, 0);
  }
}
