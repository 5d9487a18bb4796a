package org.briefkit.samples.synthetic;

import static org.briefkit.samples.synthetic.Words.FIRST_NAMES;
import static org.briefkit.samples.synthetic.Words.PUBLISHERS;
import static org.briefkit.samples.synthetic.Words.REPORT_TITLES;
import static org.briefkit.samples.synthetic.Words.SURNAMES;

import java.time.LocalDate;
import java.util.Locale;
import org.briefkit.model.ActorId;
import org.briefkit.model.Case;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Source;
import org.briefkit.model.SourceId;

/** The sources: reports about the states, one per 50 motivations (3 to 500). */
final class Sources {
  private Sources() {}

  static void generate(World w, Case.Builder b) {
    int n = Math.max(3, Math.min(500, w.sizes.motivations() / 50));
    for (int i = 0; i < n; i++) {
      SourceId id = SourceId.of(String.format(Locale.ROOT, "s%03d", i));
      ActorId about = w.states.get(w.random.nextInt(w.states.size()));
      int year = 2015 + w.random.nextInt(10);
      b.sources(
          Source.builder(id, String.format(Locale.ROOT, REPORT_TITLES[w.random.nextInt(REPORT_TITLES.length)], w.name(about)))
              .authors(FIRST_NAMES[w.random.nextInt(FIRST_NAMES.length)] + " " + SURNAMES[w.random.nextInt(SURNAMES.length)])
              .publisher(PUBLISHERS[w.random.nextInt(PUBLISHERS.length)])
              .date(PartialDate.ofMonth(year, 1 + w.random.nextInt(12)))
              .url("https://example.org/reports/" + year + "/" + id.value())
              .accessed(LocalDate.of(2024, 6, 1 + w.random.nextInt(28)))
              .build());
      w.sources.add(id);
    }
  }
}
