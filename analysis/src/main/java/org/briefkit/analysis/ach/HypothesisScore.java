package org.briefkit.analysis.ach;

import java.util.Objects;
import org.briefkit.model.Hypothesis;

/**
 * A hypothesis' weighted inconsistency and its place in the ranking.
 *
 * @param hypothesis the hypothesis
 * @param number its column in the matrix as written, counted from 1
 * @param inconsistency the sum over items of credibility × relevance × inconsistency (II = −2,
 *     I = −1, else 0): 0 or below, and the nearer 0 the better the hypothesis stands
 * @param rank its place, 1 for the least inconsistent; hypotheses that tie share a rank
 */
public record HypothesisScore(Hypothesis hypothesis, int number, double inconsistency, int rank) {
  /** Checks that the hypothesis is present. */
  public HypothesisScore {
    Objects.requireNonNull(hypothesis, "hypothesis must not be null");
  }
}
