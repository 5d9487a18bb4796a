package org.briefkit.analysis.ach;

import java.util.Objects;
import org.briefkit.model.AchItem;

/**
 * An item of an ACH matrix with its weights and its diagnosticity.
 *
 * @param item the item
 * @param number its row in the matrix as written, counted from 1
 * @param credibility its credibility, from the grades ({@link ItemCredibility})
 * @param weight credibility × relevance, the weight of its ratings in the scores
 * @param spread how far apart its ratings lie on the full scale (CC = 2 … II = −2, NA = 0 like
 *     N), the highest minus the lowest; 0 when it is rated alike against every hypothesis
 * @param diagnosticity {@code weight × spread}: how much the item separates the hypotheses
 */
public record ScoredItem(
    AchItem item, int number, Level credibility, double weight, int spread, double diagnosticity) {
  /** Checks that the parts are present. */
  public ScoredItem {
    Objects.requireNonNull(item, "item must not be null");
    Objects.requireNonNull(credibility, "credibility must not be null");
  }

  /** Whether the item helps to choose between the hypotheses at all (its spread is not 0). */
  public boolean diagnostic() {
    return spread > 0;
  }
}
