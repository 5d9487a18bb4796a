package org.briefkit.report.pdf.chart;

import java.util.Objects;
import org.briefkit.model.Confidence;

/**
 * A key judgment placed on the estimative scale chart.
 *
 * @param number the judgment's number in the brief, shown in its marker
 * @param row the row of the scale (0 the least likely band) the judgment's likelihood names
 * @param percent where along the 0–100 % axis the marker sits, within or around its band
 * @param confidence the judgment's confidence, which the marker's fill shows
 */
public record ScaleMark(int number, int row, double percent, Confidence confidence) {
  /** Checks the parts. */
  public ScaleMark {
    if (number < 1) {
      throw new IllegalArgumentException("number (" + number + ") must be 1 or more");
    }
    if (row < 0) {
      throw new IllegalArgumentException("row (" + row + ") must be 0 or more");
    }
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent (" + percent + ") must be within 0–100");
    }
    Objects.requireNonNull(confidence, "confidence must not be null");
  }
}
