package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import org.briefkit.model.Motivation;

/**
 * The motivations of one stakeholder that one third party drives.
 *
 * @param count how many motivations
 * @param weight their salience-weighted score (primary 3, secondary 2, subsidiary 1)
 * @param motivations the motivations that cite the third party as a driver, in case order
 */
public record DriverCell(int count, int weight, ImmutableList<Motivation> motivations) {
  /** No motivations. */
  public static final DriverCell EMPTY = new DriverCell(0, 0, ImmutableList.of());

  /** Copies the list. */
  public DriverCell {
    motivations = ImmutableList.copyOf(motivations);
  }

  /** The count and weight together. */
  public Tally tally() {
    return new Tally(count, weight);
  }
}
