package org.briefkit.report.pdf.chart;

import java.util.Objects;

/**
 * A hypothesis' bar on the chart of ACH scores.
 *
 * @param label the hypothesis as the brief labels it: "H1"
 * @param score its weighted inconsistency, 0 or below
 * @param leads whether it ranks first (with others, when they tie)
 */
public record ScoreBar(String label, double score, boolean leads) {
  /** Checks the parts. */
  public ScoreBar {
    Objects.requireNonNull(label, "label must not be null");
    if (score > 0 || Double.isNaN(score)) {
      throw new IllegalArgumentException("score (" + score + ") must be 0 or below");
    }
  }
}
