package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.briefkit.model.Case;
import org.briefkit.model.Event;
import org.briefkit.model.Messages;
import org.briefkit.model.PartialDate;

/** The timeline: sorting with partial dates, threads of milestones and their gaps. */
final class TimelineAnalysis {
  private static final Messages ENGLISH = AnalysisText.load("en");

  private TimelineAnalysis() {}

  static Timeline timeline(Case aCase) {
    List<TimelineEntry> dated = new ArrayList<>();
    ImmutableList.Builder<Event> undated = ImmutableList.builder();
    Set<String> tags = new LinkedHashSet<>();
    for (Event e : aCase.events()) {
      tags.addAll(e.tags());
      if (e.when().isPresent()) {
        dated.add(TimelineEntry.of(e, e.when().get()));
      } else {
        undated.add(e);
      }
    }
    // List.sort is stable: events with equal dates keep case order.
    dated.sort(Comparator.comparing(TimelineEntry::when));
    ImmutableList<TimelineEntry> entries = ImmutableList.copyOf(dated);
    List<Milestones> threads = new ArrayList<>(tags.size());
    for (String tag : tags) {
      threads.add(milestones(tag, entries, e -> e.tags().contains(tag)));
    }
    // Chronological by first milestone (stable: ties keep the tags' first-appearance order);
    // threads with no dated event go last.
    threads.sort(
        Comparator.comparing(
            (Milestones m) -> m.entries().isEmpty() ? null : m.entries().get(0).when(),
            Comparator.nullsLast(Comparator.naturalOrder())));
    return new Timeline(entries, undated.build(), ImmutableList.copyOf(threads));
  }

  static Milestones milestones(
      String label, List<TimelineEntry> entries, Predicate<? super Event> selector) {
    ImmutableList.Builder<TimelineEntry> chosen = ImmutableList.builder();
    ImmutableList.Builder<Gap> gaps = ImmutableList.builder();
    TimelineEntry previous = null;
    for (TimelineEntry entry : entries) {
      if (!selector.test(entry.event())) {
        continue;
      }
      chosen.add(entry);
      if (previous != null) {
        gaps.add(gap(previous, entry));
      }
      previous = entry;
    }
    return new Milestones(label, chosen.build(), gaps.build());
  }

  static Gap gap(TimelineEntry from, TimelineEntry to) {
    PartialDate a = from.start();
    PartialDate b = to.start();
    PartialDate.Precision precision =
        a.precision().compareTo(b.precision()) <= 0 ? a.precision() : b.precision();
    Period period;
    switch (precision) {
      case YEAR:
        period = Period.ofYears(b.year() - a.year());
        break;
      case MONTH:
        int months = (b.year() * 12 + b.month()) - (a.year() * 12 + a.month());
        period = Period.of(months / 12, months % 12, 0);
        break;
      default:
        period = Period.between(a.earliest(), b.earliest());
        break;
    }
    LocalDate fromEarliest = a.earliest();
    long minDays = Math.max(0, ChronoUnit.DAYS.between(a.latest(), b.earliest()));
    long maxDays = Math.max(minDays, ChronoUnit.DAYS.between(fromEarliest, b.latest()));
    return new Gap(from, to, precision, period, minDays, maxDays, describe(precision, period));
  }

  /** The period in words, no finer than the precision, in English. */
  static String describe(PartialDate.Precision precision, Period period) {
    return AnalysisText.gap(ENGLISH, precision, period);
  }
}
