package org.briefkit.analysis;

/**
 * How many motivations a group holds and how much they weigh.
 *
 * <p>The weight adds up each motivation's salience: 3 for a primary motivation, 2 for a
 * secondary one, 1 for a subsidiary benefit. Two secondary motivations therefore weigh as
 * much as one primary motivation and one subsidiary benefit together.
 *
 * @param count the number of motivations
 * @param weight the sum of their salience weights
 */
public record Tally(int count, int weight) {
  /** No motivations. */
  public static final Tally ZERO = new Tally(0, 0);

  /** Checks that neither figure is negative. */
  public Tally {
    if (count < 0 || weight < 0) {
      throw new IllegalArgumentException(
          "count (" + count + ") and weight (" + weight + ") must not be negative");
    }
  }

  /** This tally with {@code other} added. */
  public Tally plus(Tally other) {
    return new Tally(count + other.count, weight + other.weight);
  }

  /** Whether the group is empty. */
  public boolean isEmpty() {
    return count == 0;
  }
}
