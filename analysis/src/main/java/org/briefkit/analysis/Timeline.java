package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.briefkit.model.Event;

/**
 * The events in chronological order, with threads of milestones and the gaps between them.
 *
 * <p>Events sort by start date, then by end date, then by case order. Partial dates keep
 * their precision: an event dated only "2022" sorts before every event of a month of 2022,
 * because it is not known to come after any of them; its entry says it is dated to the year.
 *
 * @param entries the dated events, in chronological order
 * @param undated the events without a date, in case order
 * @param threads one thread per event tag, each holding the dated events with that tag; ordered
 *     by the date of their first milestone (ties in the order the tags first appear in the
 *     case's events), threads without a dated event last
 */
public record Timeline(
    ImmutableList<TimelineEntry> entries,
    ImmutableList<Event> undated,
    ImmutableList<Milestones> threads) {
  /** Copies the lists. */
  public Timeline {
    entries = ImmutableList.copyOf(entries);
    undated = ImmutableList.copyOf(undated);
    threads = ImmutableList.copyOf(threads);
  }

  /**
   * The milestones among the dated events chosen by {@code selector}, with the gaps between
   * consecutive ones.
   *
   * @param label what the milestones are, for readers ("partnership")
   * @param selector which events are milestones
   */
  public Milestones milestones(String label, Predicate<? super Event> selector) {
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(selector, "selector must not be null");
    return TimelineAnalysis.milestones(label, entries, selector);
  }

  /** The thread of events tagged {@code tag}, if any event has that tag and a date. */
  public Optional<Milestones> thread(String tag) {
    for (Milestones m : threads) {
      if (m.label().equals(tag)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
