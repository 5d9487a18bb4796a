package org.briefkit.analysis;

import java.time.Period;
import java.util.Objects;
import org.briefkit.model.PartialDate;

/**
 * The time between two consecutive milestones, measured from the start of one to the start
 * of the next, no more precisely than both dates allow.
 *
 * <p>From 2005 to 2012 is "7 years" at {@code YEAR} precision, because neither date says a
 * month; from May 2022 to 29 June 2022 is "1 month" at {@code MONTH} precision. The bounds
 * {@code minDays} and {@code maxDays} give the shortest and longest gap the two dates allow:
 * from 2005 to 2012 at least 2,192 and at most 2,921 days.
 *
 * @param from the earlier milestone
 * @param to the later milestone
 * @param precision the coarser of the two start dates' precisions
 * @param period the gap at that precision: whole years for {@code YEAR}, years and months for
 *     {@code MONTH}, years, months and days for {@code DAY}
 * @param minDays the fewest days the gap can be (never negative)
 * @param maxDays the most days the gap can be
 * @param text the gap in words: "7 years", "1 year and 3 months"; when both dates fall in the
 *     same year (or month) and the precision allows no finer measure, "less than a year" (or
 *     "less than a month")
 */
public record Gap(
    TimelineEntry from,
    TimelineEntry to,
    PartialDate.Precision precision,
    Period period,
    long minDays,
    long maxDays,
    String text) {
  /**
   * The gap in words in the language BriefKit generates for BCP 47 tag {@code language}: "7
   * years", in Korean "7년".
   */
  public String text(String language) {
    return AnalysisText.gap(AnalysisText.load(language), precision, period);
  }

  /** Checks the components. */
  public Gap {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Objects.requireNonNull(precision, "precision must not be null");
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(text, "text must not be null");
    if (minDays < 0 || maxDays < minDays) {
      throw new IllegalArgumentException(
          "gap bounds (" + minDays + ", " + maxDays + ") must satisfy 0 <= min <= max");
    }
  }
}
