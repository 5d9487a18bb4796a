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
    context.title(
        b, "Timeline",
        "Events in chronological order. Dates keep the precision the sources give: a year stays a year.");
    context.headers(b, "When", "Start", "End", "Precision", "Event", "Id", "Kind", "Participants", "Tags");
    List<Event> events = analysis.theCase().events();
    for (TimelineEntry e : analysis.timeline().entries()) {
      b.row();
      b.text(0, e.label(), styles.text);
      date(styles, b, 1, e.when().start());
      if (e.span()) {
        date(styles, b, 2, e.when().end());
      }
      b.text(3, e.precision().name().toLowerCase(Locale.ROOT), styles.text);
      eventColumns(context, b, e.event(), events.indexOf(e.event()));
    }
    for (Event e : analysis.timeline().undated()) {
      b.row();
      b.text(0, "undated", styles.text);
      eventColumns(context, b, e, events.indexOf(e));
    }
    for (Milestones m : analysis.timeline().threads()) {
      if (m.gaps().isEmpty()) {
        continue;
      }
      b.skip();
      b.row();
      b.text(0, "Milestones: " + m.label(), styles.heading);
      context.headers(b, "From", "To", "Gap", "Days (min)", "Between");
      for (Gap g : m.gaps()) {
        b.row();
        b.text(0, g.from().label(), styles.text);
        b.text(1, g.to().label(), styles.text);
        b.text(2, g.text(), styles.text);
        b.number(3, g.minDays(), styles.integer);
        b.text(4, g.from().event().title() + " → " + g.to().event().title(), styles.wrap);
      }
    }
    b.fitColumns(9);
    b.sheet.createFreezePane(0, 4);
    b.printSetup(context.options().paper(), 0, context.marking());
  }

  private static void date(Styles styles, SheetBuilder b, int col, PartialDate d) {
    CellStyle style =
        switch (d.precision()) {
          case YEAR -> styles.dateYear;
          case MONTH -> styles.dateMonth;
          case DAY -> styles.dateDay;
        };
    b.date(col, d.earliest(), style, d.format());
  }

  private static void eventColumns(SheetContext context, SheetBuilder b, Event e, int index) {
    Styles styles = context.styles();
    b.text(4, e.title(), styles.wrap);
    b.link(5, e.id().value(), CaseTables.EVENTS.link(index), styles.link);
    b.text(6, e.kind().label(), styles.text);
    List<String> names = new ArrayList<>();
    e.participants().forEach(p -> names.add(actorName(context, p)));
    b.text(7, String.join(", ", names), styles.wrap);
    b.text(8, String.join(", ", e.tags()), styles.wrap);
  }

  private static String actorName(SheetContext context, ActorId id) {
    return context.analysis().theCase().actor(id).map(Actor::name).orElse(id.value());
  }
}
