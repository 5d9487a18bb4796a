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

/** How many motivations each stakeholder has, and the domain or domains where its weight lies. */
final class ProfileFindings implements FindingRule {
  @Override
  public Finding.Topic topic() {
    return Finding.Topic.PROFILE;
  }

  @Override
  public void find(CaseAnalysis a, Messages t, Out out) {
    if (a.theCase().stakeholders().isEmpty()) {
      out.add(t.get("profile.noStakeholders"), List.of(), List.of());
      return;
    }
    for (StakeholderGroup g : a.motivations().stakeholders()) {
      Stakeholder s = g.stakeholder();
      String who = name(s);
      if (g.count() == 0) {
        out.add(
            t.get("profile.none", who),
            List.of(fig(t.get("fig.motivations", who), 0)),
            List.of(s.id()));
        continue;
      }
      out.add(
          t.get("profile.has", who, t.count(g.count(), "count.motivations"),
              t.count(g.domains().size(), "count.domains"), t.count(g.weight(), "count.points")),
          List.of(
              fig(t.get("fig.motivations", who), g.count()),
              fig(t.get("fig.domains", who), g.domains().size()),
              fig(t.get("fig.totalWeight", who), g.weight())),
          List.of(s.id()));
      dominantDomain(g, t, out);
    }
  }

  private static void dominantDomain(StakeholderGroup g, Messages t, Out out) {
    String who = name(g.stakeholder());
    String whose = AnalysisText.possessive(t, who);
    int total = g.weight();
    if (g.domains().size() == 1) {
      DomainGroup only = g.domains().get(0);
      out.add(
          t.get("profile.allIn", whose, only.domain().label()),
          List.of(fig(t.get("fig.weightIn", who, only.domain().label()), only.weight()),
              fig(t.get("fig.totalWeight", who), total)),
          List.of(g.stakeholder().id(), only.domain().id()));
      return;
    }
    List<DomainGroup> top = top(g.domains(), DomainGroup::weight);
    int max = top.get(0).weight();
    List<Figure> figures = new ArrayList<>();
    List<Id> about = new ArrayList<>();
    about.add(g.stakeholder().id());
    for (DomainGroup d : top) {
      figures.add(fig(t.get("fig.weightIn", who, d.domain().label()), d.weight()));
      about.add(d.domain().id());
    }
    figures.add(fig(t.get("fig.totalWeight", who), total));
    String text;
    if (top.size() == g.domains().size()) {
      text = t.get("profile.even", whose, top.size(), max, total);
    } else if (top.size() == 1) {
      text = t.get("profile.most", whose, top.get(0).domain().label(), max, total);
    } else {
      text = t.get("profile.mostEqually", whose,
          AnalysisText.names(t, labels(top, d -> d.domain().label())), max, total);
    }
    out.add(text, figures, about);
  }
}
