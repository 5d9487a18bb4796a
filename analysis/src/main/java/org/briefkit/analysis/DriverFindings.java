package org.briefkit.analysis;

import static org.briefkit.analysis.FindingParts.fig;
import static org.briefkit.analysis.FindingParts.labels;
import static org.briefkit.analysis.FindingParts.name;
import static org.briefkit.analysis.FindingParts.top;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Id;
import org.briefkit.model.Stakeholder;

/** Which third parties drive the most weight of motivations, and whose motivations each drives. */
final class DriverFindings implements FindingRule {
  @Override
  public Finding.Topic topic() {
    return Finding.Topic.DRIVERS;
  }

  @Override
  public void find(CaseAnalysis a, Out out) {
    DriverIndex index = a.drivers();
    if (index.rows().isEmpty()) {
      if (!a.theCase().motivations().isEmpty()) {
        out.add("No motivation names a third-party driver.", List.of(fig("drivers", 0)), List.of());
      }
      return;
    }
    leaders(index, out);
    for (DriverRow r : index.byWeight()) {
      row(index, r, out);
    }
  }

  private static void leaders(DriverIndex index, Out out) {
    List<DriverRow> top = top(index.rows(), DriverRow::weight);
    int max = top.get(0).weight();
    List<Figure> figures = new ArrayList<>();
    for (DriverRow r : top) {
      figures.add(fig(r.driver().name() + " weight", r.weight()));
    }
    String text;
    if (index.rows().size() == 1) {
      text = top.get(0).driver().name() + " is the only third-party driver named ("
          + Texts.count(max, "weighted point") + ").";
    } else if (top.size() == 1) {
      text = top.get(0).driver().name() + " drives more weight of motivations than any other "
          + "third party (" + max + " weighted points).";
    } else if (top.size() == index.rows().size()) {
      text = Texts.list(labels(top, r -> r.driver().name()))
          + " drive the same weight of motivations (" + max + " weighted points each).";
    } else {
      text = Texts.list(labels(top, r -> r.driver().name()))
          + " drive more weight of motivations than any other third party ("
          + max + " weighted points each).";
    }
    out.add(text, figures, labels(top, r -> r.driver().id()));
  }

  private static void row(DriverIndex index, DriverRow r, Out out) {
    List<String> parts = new ArrayList<>();
    List<Figure> rowFigures = new ArrayList<>();
    rowFigures.add(fig(r.driver().name() + " motivations", r.count()));
    rowFigures.add(fig(r.driver().name() + " weight", r.weight()));
    List<Id> about = new ArrayList<>();
    about.add(r.driver().id());
    for (Stakeholder s : index.stakeholders()) {
      DriverCell c = r.byStakeholder().get(s.id());
      if (c.count() > 0) {
        parts.add(c.count() + " of " + Texts.possessive(name(s)));
        rowFigures.add(fig(r.driver().name() + " motivations of " + name(s), c.count()));
        about.add(s.id());
      }
    }
    out.add(
        r.driver().name() + " drives " + Texts.count(r.count(), "motivation") + " ("
            + Texts.count(r.weight(), "weighted point") + "): " + Texts.joinAnd(parts) + ".",
        rowFigures,
        about);
  }
}
