package org.briefkit.analysis;

import static org.briefkit.analysis.FindingParts.fig;
import static org.briefkit.analysis.FindingParts.labels;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Messages;
import org.briefkit.model.PartialDate;

/** How far the timeline reaches, and the milestones of each thread with the gaps between them. */
final class TimelineFindings implements FindingRule {
  @Override
  public Finding.Topic topic() {
    return Finding.Topic.TIMELINE;
  }

  @Override
  public void find(CaseAnalysis a, Messages t, Out out) {
    Timeline timeline = a.timeline();
    if (timeline.entries().isEmpty() && timeline.undated().isEmpty()) {
      return;
    }
    List<Figure> figures = new ArrayList<>();
    figures.add(fig(t.get("fig.datedEvents"), timeline.entries().size()));
    figures.add(fig(t.get("fig.undatedEvents"), timeline.undated().size()));
    String text;
    if (timeline.entries().isEmpty()) {
      text = timeline.undated().size() == 1
          ? t.get("timeline.oneUndated")
          : t.get("timeline.allUndated", timeline.undated().size());
    } else {
      PartialDate first = timeline.entries().get(0).start();
      PartialDate last = first;
      for (TimelineEntry e : timeline.entries()) {
        if (e.when().end().compareTo(last) > 0) {
          last = e.when().end();
        }
      }
      String dated = t.count(timeline.entries().size(), "count.datedEvents");
      String span = last.equals(first)
          ? t.get("timeline.on", AnalysisText.date(t, first))
          : t.get("timeline.fromTo", AnalysisText.date(t, first), AnalysisText.date(t, last));
      text = timeline.undated().isEmpty()
          ? t.get("timeline.runs", span, dated)
          : t.get("timeline.runsUndated", span, dated, timeline.undated().size());
    }
    out.add(text, figures, List.of());
    for (Milestones m : timeline.threads()) {
      thread(m, t, out);
    }
  }

  /**
   * One sentence per thread with two or more distinct dates. Milestones sharing a date are
   * named once with their number, and the gaps run between distinct dates.
   */
  private static void thread(Milestones m, Messages t, Out out) {
    List<List<TimelineEntry>> groups = new ArrayList<>();
    for (TimelineEntry e : m.entries()) {
      List<TimelineEntry> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && last.get(0).when().equals(e.when())) {
        last.add(e);
      } else {
        List<TimelineEntry> g = new ArrayList<>();
        g.add(e);
        groups.add(g);
      }
    }
    if (groups.size() < 2) {
      return;
    }
    String label = m.label().replace('-', ' ');
    List<Figure> figures = new ArrayList<>();
    figures.add(fig(t.get("fig.milestones", label), m.entries().size()));
    List<String> path = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      List<TimelineEntry> g = groups.get(i);
      String when = g.get(0).when().format(t.locale());
      path.add(g.size() == 1 ? when : t.get("timeline.sameDate", when, g.size()));
      if (i > 0) {
        Gap gap = TimelineAnalysis.gap(groups.get(i - 1).get(0), g.get(0));
        gaps.add(AnalysisText.gap(t, gap.precision(), gap.period()));
        figures.add(gapFigure(t, label, gap));
      }
    }
    out.add(
        t.get(gaps.size() == 1 ? "timeline.thread.one" : "timeline.thread.other", label,
            String.join(" → ", path), String.join(t.get("timeline.then"), gaps)),
        figures,
        labels(m.entries(), e -> e.event().id()));
  }

  private static Figure gapFigure(Messages t, String label, Gap g) {
    String span = t.get("fig.span", g.from().when().format(t.locale()), g.to().when().format(t.locale()));
    switch (g.precision()) {
      case YEAR:
        return fig(t.get("fig.gapYears", label, span), g.period().getYears());
      case MONTH:
        return fig(t.get("fig.gapMonths", label, span), g.period().toTotalMonths());
      default:
        return fig(t.get("fig.gapDays", label, span), g.minDays());
    }
  }
}
