package org.briefkit.samples.synthetic;

import static org.briefkit.samples.synthetic.Words.CITIES;
import static org.briefkit.samples.synthetic.Words.EVENT_KINDS;
import static org.briefkit.samples.synthetic.Words.EVENT_TITLES;
import static org.briefkit.samples.synthetic.Words.THREADS;

import java.util.Locale;
import org.briefkit.model.ActorId;
import org.briefkit.model.Case;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Locator;
import org.briefkit.model.PartialDate;

/** The events between pairs of states, most of them dated, each on a thread. */
final class Events {
  private Events() {}

  static void generate(World w, Case.Builder b) {
    for (int i = 0; i < w.sizes.events(); i++) {
      int t = w.random.nextInt(EVENT_TITLES.length);
      ActorId first = w.states.get(w.random.nextInt(w.states.size()));
      ActorId second = w.states.get(w.random.nextInt(w.states.size()));
      if (second.equals(first)) {
        second = w.states.get((w.states.indexOf(first) + 1) % w.states.size());
      }
      Event.Builder e =
          Event.builder(
                  EventId.of(String.format(Locale.ROOT, "e%05d", i)),
                  String.format(Locale.ROOT, EVENT_TITLES[t], w.name(first), w.name(second)),
                  EVENT_KINDS[t])
              .participants(first, second)
              .location(CITIES[w.random.nextInt(CITIES.length)])
              .significance("It marks a step in relations between " + w.name(first) + " and " + w.name(second) + ".")
              .tags(THREADS[w.random.nextInt(THREADS.length)]);
      if (w.random.nextInt(10) != 0) {
        e.when(date(w));
      }
      e.evidence(
          Evidence.of(
              w.sources.get(w.random.nextInt(w.sources.size())),
              Locator.paragraph(1 + w.random.nextInt(40)),
              "The source reports the event and its outcome.",
              EvidenceKind.FACT));
      b.events(e.build());
    }
  }

  private static DateSpan date(World w) {
    int year = 1995 + w.random.nextInt(30);
    int month = 1 + w.random.nextInt(12);
    int day = 1 + w.random.nextInt(27); // a two-day span then ends by the 28th, in any month
    switch (w.random.nextInt(6)) {
      case 0:
        return DateSpan.of(PartialDate.ofYear(year));
      case 1:
      case 2:
        return DateSpan.of(PartialDate.ofMonth(year, month));
      case 3:
        return DateSpan.of(PartialDate.ofDay(year, month, day), PartialDate.ofDay(year, month, day + 1));
      default:
        return DateSpan.of(PartialDate.ofDay(year, month, day));
    }
  }
}
