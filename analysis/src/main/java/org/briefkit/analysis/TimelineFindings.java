package org.briefkit.analysis;

import static org.briefkit.analysis.FindingParts.fig;
import static org.briefkit.analysis.FindingParts.labels;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.PartialDate;

/** The span of the timeline, and the milestones of each thread with the gaps between them. */
final class TimelineFindings implements FindingRule {
  @Override
  public Finding.Topic topic() {
    return Finding.Topic.TIMELINE;
  }

  @Override
  public void find(CaseAnalysis a, Out out) {
    Timeline t = a.timeline();
    if (t.entries().isEmpty() && t.undated().isEmpty()) {
      return;
    }
    List<Figure> figures = new ArrayList<>();
    figures.add(fig("dated events", t.entries().size()));
    figures.add(fig("undated events", t.undated().size()));
    String text;
    if (t.entries().isEmpty()) {
      text =
          t.undated().size() == 1
              ? "The case's one event is undated."
              : "None of the case's " + t.undated().size() + " events is dated.";
    } else {
      PartialDate first = t.entries().get(0).start();
      PartialDate last = first;
      for (TimelineEntry e : t.entries()) {
        if (e.when().end().compareTo(last) > 0) {
          last = e.when().end();
        }
      }
      text =
          "The timeline runs from " + first.format()
              + (last.equals(first) ? "" : " to " + last.format()) + " ("
              + Texts.count(t.entries().size(), "dated event")
              + (t.undated().isEmpty() ? "" : ", " + t.undated().size() + " undated") + ").";
    }
    out.add(text, figures, List.of());
    for (Milestones m : t.threads()) {
      thread(m, out);
    }
  }

  /**
   * One sentence per thread with two or more distinct dates. Milestones sharing a date are
   * named once with their number, and the gaps run between distinct dates.
   */
  private static void thread(Milestones m, Out out) {
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
    figures.add(fig(label + " milestones", m.entries().size()));
    List<String> path = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      List<TimelineEntry> g = groups.get(i);
      path.add(g.get(0).label() + (g.size() == 1 ? "" : " (" + g.size() + " events)"));
      if (i > 0) {
        Gap gap = TimelineAnalysis.gap(groups.get(i - 1).get(0), g.get(0));
        gaps.add(gap.text());
        figures.add(gapFigure(label, gap));
      }
    }
    out.add(
        "The " + label + " milestones run " + String.join(" → ", path) + ", "
            + (gaps.size() == 1 ? "a gap of " : "with gaps of ")
            + String.join(", then ", gaps) + ".",
        figures,
        labels(m.entries(), e -> e.event().id()));
  }

  private static Figure gapFigure(String label, Gap g) {
    String span = g.from().label() + " to " + g.to().label();
    switch (g.precision()) {
      case YEAR:
        return fig(label + " gap in years, " + span, g.period().getYears());
      case MONTH:
        return fig(label + " gap in months, " + span, g.period().toTotalMonths());
      default:
        return fig(label + " gap in days, " + span, g.minDays());
    }
  }
}
