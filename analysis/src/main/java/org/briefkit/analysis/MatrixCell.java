package org.briefkit.analysis;

/**
 * One cell of the stakeholder × domain matrix.
 *
 * @param count how many of the stakeholder's motivations fall in the domain
 * @param weight their salience-weighted score (primary 3, secondary 2, subsidiary 1)
 * @param share the cell's weight as a fraction of the stakeholder's total weight, from 0 to
 *     1: how much of this stakeholder's weighted attention goes to this domain (0 when the
 *     stakeholder has no motivations); a stakeholder's shares add up to 1
 * @param countShare the cell's count as a fraction of the stakeholder's motivation count
 *     (0 when it has none)
 */
public record MatrixCell(int count, int weight, double share, double countShare) {
  /** An empty cell. */
  public static final MatrixCell EMPTY = new MatrixCell(0, 0, 0, 0);

  /** Checks the ranges. */
  public MatrixCell {
    if (count < 0 || weight < 0 || !(share >= 0 && share <= 1) || !(countShare >= 0 && countShare <= 1)) {
      throw new IllegalArgumentException(
          "matrix cell (" + count + ", " + weight + ", " + share + ", " + countShare
              + ") must have non-negative figures and shares between 0 and 1");
    }
  }

  /** The count and weight together. */
  public Tally tally() {
    return new Tally(count, weight);
  }
}
