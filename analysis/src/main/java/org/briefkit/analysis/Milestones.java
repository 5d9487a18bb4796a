package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A thread of milestones on the timeline (the events of one programme, say) and the gaps
 * between consecutive ones: 2005 → 2012 → 2019.
 *
 * @param label what the thread is: for the threads an analysis finds itself, the event tag
 *     ({@code partnership})
 * @param entries the dated milestones, in chronological order
 * @param gaps one gap between each consecutive pair of entries, so one fewer than entries
 *     (none with fewer than two)
 */
public record Milestones(String label, ImmutableList<TimelineEntry> entries, ImmutableList<Gap> gaps) {
  /** Checks the components and copies the lists. */
  public Milestones {
    Objects.requireNonNull(label, "label must not be null");
    entries = ImmutableList.copyOf(entries);
    gaps = ImmutableList.copyOf(gaps);
  }
}
