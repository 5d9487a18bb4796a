package org.briefkit.data;

import org.briefkit.model.DateSpan;

/** Dates against a dataset's period. */
final class Periods {
  private Periods() {}

  /** Whether {@code span} and {@code period} have a day in common. */
  static boolean overlap(DateSpan span, DateSpan period) {
    return !span.start().earliest().isAfter(period.end().latest())
        && !span.end().latest().isBefore(period.start().earliest());
  }
}
