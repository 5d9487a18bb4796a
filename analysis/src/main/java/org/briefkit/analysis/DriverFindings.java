package org.briefkit.analysis;

import static org.briefkit.analysis.FindingParts.fig;
import static org.briefkit.analysis.FindingParts.labels;
import static org.briefkit.analysis.FindingParts.name;
import static org.briefkit.analysis.FindingParts.top;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Id;
import org.briefkit.model.Messages;
import org.briefkit.model.Stakeholder;

/** Which third parties drive the most weight of motivations, and whose motivations each drives. */
final class DriverFindings implements FindingRule {
  @Override
  public Finding.Topic topic() {
    return Finding.Topic.DRIVERS;
  }

  @Override
  public void find(CaseAnalysis a, Messages t, Out out) {
    DriverIndex index = a.drivers();
    if (index.rows().isEmpty()) {
      if (!a.theCase().motivations().isEmpty()) {
        out.add(t.get("drivers.none"), List.of(fig(t.get("fig.drivers"), 0)), List.of());
      }
      return;
    }
    leaders(index, t, out);
    for (DriverRow r : index.byWeight()) {
      row(index, r, t, out);
    }
  }

  private static void leaders(DriverIndex index, Messages t, Out out) {
    List<DriverRow> top = top(index.rows(), DriverRow::weight);
    int max = top.get(0).weight();
    List<Figure> figures = new ArrayList<>();
    for (DriverRow r : top) {
      figures.add(fig(t.get("fig.driverWeight", r.driver().name()), r.weight()));
    }
    String text;
    if (index.rows().size() == 1) {
      text = t.get("drivers.only", top.get(0).driver().name(), t.count(max, "count.points"));
    } else if (top.size() == 1) {
      text = t.get("drivers.most", top.get(0).driver().name(), max);
    } else if (top.size() == index.rows().size()) {
      text = t.get("drivers.same", AnalysisText.names(t, labels(top, r -> r.driver().name())), max);
    } else {
      text = t.get("drivers.mostTied", AnalysisText.names(t, labels(top, r -> r.driver().name())), max);
    }
    out.add(text, figures, labels(top, r -> r.driver().id()));
  }

  private static void row(DriverIndex index, DriverRow r, Messages t, Out out) {
    List<String> parts = new ArrayList<>();
    List<Figure> rowFigures = new ArrayList<>();
    rowFigures.add(fig(t.get("fig.driverMotivations", r.driver().name()), r.count()));
    rowFigures.add(fig(t.get("fig.driverWeight", r.driver().name()), r.weight()));
    List<Id> about = new ArrayList<>();
    about.add(r.driver().id());
    for (Stakeholder s : index.stakeholders()) {
      DriverCell c = r.byStakeholder().get(s.id());
      if (c.count() > 0) {
        parts.add(t.get("drivers.part", c.count(), AnalysisText.possessive(t, name(s))));
        rowFigures.add(fig(t.get("fig.driverMotivationsOf", r.driver().name(), name(s)), c.count()));
        about.add(s.id());
      }
    }
    out.add(
        t.get("drivers.row", r.driver().name(), t.count(r.count(), "count.motivations"),
            t.count(r.weight(), "count.points"), t.list(parts)),
        rowFigures,
        about);
  }
}
