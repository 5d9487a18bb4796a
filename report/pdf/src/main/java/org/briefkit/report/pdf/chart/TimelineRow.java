package org.briefkit.report.pdf.chart;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event on the timeline chart.
 *
 * @param start when it starts (the earliest day its date allows)
 * @param end when it ends (the latest day its date allows; equal to or after {@code start})
 * @param label the label shown beside it ("Jun 2022 · Madrid summit")
 */
public record TimelineRow(LocalDate start, LocalDate end, String label) {
  /** Checks that the parts are present and in order. */
  public TimelineRow {
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    Objects.requireNonNull(label, "label must not be null");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end (" + end + ") must not be before start (" + start + ")");
    }
  }
}
