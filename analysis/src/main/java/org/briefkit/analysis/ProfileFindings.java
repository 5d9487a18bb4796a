package org.briefkit.analysis;

import static org.briefkit.analysis.FindingParts.fig;
import static org.briefkit.analysis.FindingParts.labels;
import static org.briefkit.analysis.FindingParts.name;
import static org.briefkit.analysis.FindingParts.top;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Id;
import org.briefkit.model.Stakeholder;

/** How many motivations each stakeholder has, and the domain or domains where its weight lies. */
final class ProfileFindings implements FindingRule {
  @Override
  public Finding.Topic topic() {
    return Finding.Topic.PROFILE;
  }

  @Override
  public void find(CaseAnalysis a, Out out) {
    if (a.theCase().stakeholders().isEmpty()) {
      out.add("The case names no stakeholders.", List.of(), List.of());
      return;
    }
    for (StakeholderGroup g : a.motivations().stakeholders()) {
      Stakeholder s = g.stakeholder();
      String who = name(s);
      if (g.count() == 0) {
        out.add(
            "The case records no motivations for " + who + ".",
            List.of(fig(who + " motivations", 0)),
            List.of(s.id()));
        continue;
      }
      out.add(
          who + " has " + Texts.count(g.count(), "motivation") + " in "
              + Texts.count(g.domains().size(), "domain") + " ("
              + Texts.count(g.weight(), "weighted point") + ").",
          List.of(
              fig(who + " motivations", g.count()),
              fig(who + " domains", g.domains().size()),
              fig(who + " total weight", g.weight())),
          List.of(s.id()));
      dominantDomain(g, out);
    }
  }

  private static void dominantDomain(StakeholderGroup g, Out out) {
    String who = name(g.stakeholder());
    int total = g.weight();
    if (g.domains().size() == 1) {
      DomainGroup only = g.domains().get(0);
      out.add(
          "All of " + Texts.possessive(who) + " motivations are in " + only.domain().label() + ".",
          List.of(fig(who + " weight in " + only.domain().label(), only.weight()),
              fig(who + " total weight", total)),
          List.of(g.stakeholder().id(), only.domain().id()));
      return;
    }
    List<DomainGroup> top = top(g.domains(), DomainGroup::weight);
    int max = top.get(0).weight();
    List<Figure> figures = new ArrayList<>();
    List<Id> about = new ArrayList<>();
    about.add(g.stakeholder().id());
    for (DomainGroup d : top) {
      figures.add(fig(who + " weight in " + d.domain().label(), d.weight()));
      about.add(d.domain().id());
    }
    figures.add(fig(who + " total weight", total));
    String text;
    if (top.size() == g.domains().size()) {
      text =
          Texts.possessive(who) + " motivations weigh the same in each of its "
              + top.size() + " domains (" + max + " of " + total + " weighted points each).";
    } else if (top.size() == 1) {
      text =
          Texts.possessive(who) + " motivations weigh most in " + top.get(0).domain().label()
              + " (" + max + " of " + total + " weighted points).";
    } else {
      text =
          Texts.possessive(who) + " motivations weigh most, equally, in "
              + Texts.list(labels(top, d -> d.domain().label())) + " (" + max + " of "
              + total + " weighted points each).";
    }
    out.add(text, figures, about);
  }
}
