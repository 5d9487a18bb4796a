package org.briefkit.model;

/**
 * How much a motivation weighs for its stakeholder, in the source's own words: what drives
 * a policy "primarily", what counts "in addition", and a "subsidiary benefit".
 */
public enum Salience implements Keyed {
  /** A main driver ("primarily driven by"); weight 3. */
  PRIMARY(3),
  /** A further reason ("in addition", "another reason"); weight 2. */
  SECONDARY(2),
  /** A side benefit ("subsidiary benefit"); weight 1. */
  SUBSIDIARY(1);

  private final int weight;

  Salience(int weight) {
    this.weight = weight;
  }

  /** The weight used in scores: 3, 2 or 1. */
  public int weight() {
    return weight;
  }

  /**
   * The salience of a weight.
   *
   * @throws IllegalArgumentException unless {@code weight} is 1, 2 or 3
   */
  public static Salience ofWeight(int weight) {
    for (Salience s : values()) {
      if (s.weight == weight) {
        return s;
      }
    }
    throw new IllegalArgumentException("salience (" + weight + ") must be 1, 2 or 3");
  }

  /** Parses the case-file spelling ({@code primary}, {@code secondary}, {@code subsidiary}). */
  public static Salience parse(String text) {
    return Keyed.parse(Salience.class, "salience", text);
  }
}
