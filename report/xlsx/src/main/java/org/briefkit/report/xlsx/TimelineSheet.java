package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.Gap;
import org.briefkit.analysis.Milestones;
import org.briefkit.analysis.TimelineEntry;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.Event;
import org.briefkit.model.PartialDate;

/**
 * The events in chronological order, undated ones last, each linked to its row on the Events
 * sheet; then the gaps between the milestones of each thread.
 */
final class TimelineSheet implements ComputedSheet {
  @Override
  public String name() {
    return Layout.TIMELINE;
  }

  @Override
  public void write(SheetContext context, SheetBuilder b) {
    Styles styles = context.styles();
    CaseAnalysis analysis = context.analysis();
    b.capAt(0, 26).capAt(1, 18).capAt(2, 18).capAt(3, 10).wrapAt(4, 50).capAt(5, 28).capAt(6, 14).wrapAt(7, 40).wrapAt(8, 24);
    context.title(b, "timeline");
    context.headers(b, "timeline.when", "timeline.start", "timeline.end", "timeline.precision", "timeline.event",
        "timeline.id", "timeline.kind", "timeline.participants", "timeline.tags");
    Locale locale = context.options().localeFor(context.theCase());
    List<Event> events = analysis.theCase().events();
    for (TimelineEntry e : analysis.timeline().entries()) {
      b.row();
      b.text(0, e.when().format(locale), styles.text);
      date(styles, b, 1, e.when().start(), locale);
      if (e.span()) {
        date(styles, b, 2, e.when().end(), locale);
      }
      b.text(3, context.word("precision." + e.precision().name()), styles.text);
      eventColumns(context, b, e.event(), events.indexOf(e.event()));
    }
    for (Event e : analysis.timeline().undated()) {
      b.row();
      b.text(0, context.word("timeline.undated"), styles.text);
      eventColumns(context, b, e, events.indexOf(e));
    }
    for (Milestones m : analysis.timeline().threads()) {
      if (m.gaps().isEmpty()) {
        continue;
      }
      b.skip();
      b.row();
      b.text(0, context.word("timeline.milestones", m.label()), styles.heading);
      context.headers(b, "timeline.from", "timeline.to", "timeline.gap", "timeline.days", "timeline.between");
      for (Gap g : m.gaps()) {
        b.row();
        b.text(0, g.from().when().format(locale), styles.text);
        b.text(1, g.to().when().format(locale), styles.text);
        b.text(2, g.text(context.text().language()), styles.text);
        b.number(3, g.minDays(), styles.integer);
        b.text(4, g.from().event().title() + " → " + g.to().event().title(), styles.wrap);
      }
    }
    b.fitColumns(9);
    b.sheet.createFreezePane(0, 4);
    b.printSetup(context.options().paper(), 0, context.marking(), context.text());
  }

  private static void date(Styles styles, SheetBuilder b, int col, PartialDate d, Locale locale) {
    CellStyle style =
        switch (d.precision()) {
          case YEAR -> styles.dateYear;
          case MONTH -> styles.dateMonth;
          case DAY -> styles.dateDay;
        };
    b.date(col, d.earliest(), style, d.format(locale));
  }

  private static void eventColumns(SheetContext context, SheetBuilder b, Event e, int index) {
    Styles styles = context.styles();
    b.text(4, e.title(), styles.wrap);
    b.link(5, e.id().value(), context.tables().events.link(index), styles.link);
    b.text(6, context.word("eventKind." + e.kind().key()), styles.text);
    List<String> names = new ArrayList<>();
    e.participants().forEach(p -> names.add(actorName(context, p)));
    b.text(7, String.join(", ", names), styles.wrap);
    b.text(8, String.join(", ", e.tags()), styles.wrap);
  }

  private static String actorName(SheetContext context, ActorId id) {
    return context.analysis().theCase().actor(id).map(Actor::name).orElse(id.value());
  }
}
