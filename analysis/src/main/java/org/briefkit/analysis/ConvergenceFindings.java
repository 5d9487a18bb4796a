package org.briefkit.analysis;

import static org.briefkit.analysis.FindingParts.concat;
import static org.briefkit.analysis.FindingParts.fig;
import static org.briefkit.analysis.FindingParts.labels;
import static org.briefkit.analysis.FindingParts.name;
import static org.briefkit.analysis.FindingParts.score;

import java.util.List;
import org.briefkit.model.Domain;
import org.briefkit.model.Figures;
import org.briefkit.model.Id;
import org.briefkit.model.Stakeholder;

/**
 * Which domains each pair of stakeholders shares, the domains one stakeholder or none holds,
 * and the drivers behind motivations of several stakeholders.
 */
final class ConvergenceFindings implements FindingRule {
  @Override
  public Finding.Topic topic() {
    return Finding.Topic.CONVERGENCE;
  }

  @Override
  public void find(CaseAnalysis a, Out out) {
    pairs(a, out);
    // A lone stakeholder holds every domain alone, and with no motivations every domain is
    // empty: the profile findings already say so.
    if (a.theCase().stakeholders().size() < 2 || a.theCase().motivations().isEmpty()) {
      return;
    }
    domains(a, out);
    sharedDrivers(a, out);
  }

  private static void pairs(CaseAnalysis a, Out out) {
    int domainCount = a.theCase().domains().size();
    for (PairConvergence p : a.convergence().pairs()) {
      if (a.matrix().stakeholderTotals().get(p.first().id()).isEmpty()
          || a.matrix().stakeholderTotals().get(p.second().id()).isEmpty()) {
        continue; // nothing to compare: the profile findings say the side has no motivations
      }
      String pair = name(p.first()) + " and " + name(p.second());
      List<Figure> figures =
          List.of(
              fig(pair + " shared domains", p.sharedDomains().size()),
              fig("domains in the taxonomy", domainCount),
              score(pair + " overlap", p.overlap()));
      List<Id> about = List.of(p.first().id(), p.second().id());
      String text;
      if (p.sharedDomains().isEmpty()) {
        text =
            pair + " hold motivations in no common domain (overlap "
                + Figures.score(p.overlap()) + " on a scale from 0 to 1).";
      } else {
        text =
            pair + " both hold motivations in "
                + (p.sharedDomains().size() == domainCount
                    ? (domainCount == 2 ? "both domains" : "all " + domainCount + " domains")
                    : p.sharedDomains().size() + " of " + domainCount + " domains ("
                        + Texts.list(labels(p.sharedDomains(), Domain::label)) + ")")
                + "; their weighted domain profiles overlap by "
                + Figures.score(p.overlap()) + " on a scale from 0 to 1.";
      }
      out.add(text, figures, about);
    }
  }

  private static void domains(CaseAnalysis a, Out out) {
    for (DomainInterest d : a.convergence().domains()) {
      Interest i = d.interest();
      if (i.isOneSided()) {
        Stakeholder s = i.holders().get(0);
        Tally t = i.byHolder().get(s.id());
        out.add(
            "Only " + name(s) + " holds motivations in " + d.domain().label() + " ("
                + Texts.count(t.count(), "motivation") + ", "
                + Texts.count(t.weight(), "weighted point") + ").",
            List.of(
                fig(name(s) + " motivations in " + d.domain().label(), t.count()),
                fig(name(s) + " weight in " + d.domain().label(), t.weight())),
            List.of(s.id(), d.domain().id()));
      } else if (i.holders().isEmpty()) {
        out.add(
            "No stakeholder holds motivations in " + d.domain().label() + ".",
            List.of(fig("motivations in " + d.domain().label(), 0)),
            List.of(d.domain().id()));
      }
    }
  }

  private static void sharedDrivers(CaseAnalysis a, Out out) {
    for (DriverInterest d : a.convergence().sharedDrivers()) {
      Interest i = d.interest();
      Tally t = i.total();
      List<String> names = labels(i.holders(), FindingParts::name);
      out.add(
          d.driver().name() + " drives motivations of "
              + (names.size() == 2 ? "both " : "") + Texts.list(names) + ".",
          List.of(
              fig(d.driver().name() + " stakeholders", names.size()),
              fig(d.driver().name() + " motivations", t.count())),
          concat(List.of(d.driver().id()), i.holders(), Stakeholder::id));
    }
  }
}
