package org.briefkit.analysis;

import java.util.Objects;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Event;
import org.briefkit.model.PartialDate;

/**
 * A dated event on the timeline.
 *
 * @param event the event
 * @param when its date or span
 * @param precision how precisely it is dated: the coarser of its start and end (an event dated
 *     only "2005" says {@code YEAR}: it is known to have happened in 2005, not when in 2005)
 * @param span whether it lasts over more than one date ({@code 2022-06-29/2022-06-30})
 * @param label the date as a reader sees it: "2005", "May 2022", "29–30 June 2022"
 */
public record TimelineEntry(
    Event event, DateSpan when, PartialDate.Precision precision, boolean span, String label) {
  /** Checks the components. */
  public TimelineEntry {
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(when, "when must not be null");
    Objects.requireNonNull(precision, "precision must not be null");
    Objects.requireNonNull(label, "label must not be null");
  }

  /** The entry of a dated event. */
  static TimelineEntry of(Event event, DateSpan when) {
    PartialDate.Precision p =
        when.start().precision().compareTo(when.end().precision()) <= 0
            ? when.start().precision()
            : when.end().precision();
    return new TimelineEntry(event, when, p, !when.isSingle(), when.format());
  }

  /** The date the entry sorts by: its start. */
  public PartialDate start() {
    return when.start();
  }
}
