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
import org.briefkit.model.Messages;
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
  public void find(CaseAnalysis a, Messages t, Out out) {
    pairs(a, t, out);
    // A lone stakeholder holds every domain alone, and with no motivations every domain is
    // empty: the profile findings already say so.
    if (a.theCase().stakeholders().size() < 2 || a.theCase().motivations().isEmpty()) {
      return;
    }
    domains(a, t, out);
    sharedDrivers(a, t, out);
  }

  private static void pairs(CaseAnalysis a, Messages t, Out out) {
    int domainCount = a.theCase().domains().size();
    for (PairConvergence p : a.convergence().pairs()) {
      if (a.matrix().stakeholderTotals().get(p.first().id()).isEmpty()
          || a.matrix().stakeholderTotals().get(p.second().id()).isEmpty()) {
        continue; // nothing to compare: the profile findings say the side has no motivations
      }
      String pair = t.get("pair", name(p.first()), name(p.second()));
      List<Figure> figures =
          List.of(
              fig(t.get("fig.sharedDomains", pair), p.sharedDomains().size()),
              fig(t.get("fig.taxonomy"), domainCount),
              score(t.get("fig.overlap", pair), p.overlap()));
      List<Id> about = List.of(p.first().id(), p.second().id());
      String overlap = Figures.score(p.overlap());
      String text;
      if (p.sharedDomains().isEmpty()) {
        text = t.get("convergence.noCommon", pair, overlap);
      } else if (p.sharedDomains().size() == domainCount) {
        text = t.get(domainCount == 2 ? "convergence.bothDomains" : "convergence.allDomains", pair, domainCount, overlap);
      } else {
        text = t.get("convergence.someDomains", pair, p.sharedDomains().size(), domainCount,
            AnalysisText.names(t, labels(p.sharedDomains(), Domain::label)), overlap);
      }
      out.add(text, figures, about);
    }
  }

  private static void domains(CaseAnalysis a, Messages t, Out out) {
    for (DomainInterest d : a.convergence().domains()) {
      Interest i = d.interest();
      String domain = d.domain().label();
      if (i.isOneSided()) {
        Stakeholder s = i.holders().get(0);
        Tally tally = i.byHolder().get(s.id());
        out.add(
            t.get("convergence.only", name(s), domain, t.count(tally.count(), "count.motivations"),
                t.count(tally.weight(), "count.points")),
            List.of(
                fig(t.get("fig.motivationsIn", name(s), domain), tally.count()),
                fig(t.get("fig.weightIn", name(s), domain), tally.weight())),
            List.of(s.id(), d.domain().id()));
      } else if (i.holders().isEmpty()) {
        out.add(
            t.get("convergence.nobody", domain),
            List.of(fig(t.get("fig.motivationsInDomain", domain), 0)),
            List.of(d.domain().id()));
      }
    }
  }

  private static void sharedDrivers(CaseAnalysis a, Messages t, Out out) {
    for (DriverInterest d : a.convergence().sharedDrivers()) {
      Interest i = d.interest();
      Tally tally = i.total();
      List<String> names = labels(i.holders(), FindingParts::name);
      out.add(
          t.get(names.size() == 2 ? "convergence.driverOfBoth" : "convergence.driverOf",
              d.driver().name(), AnalysisText.names(t, names)),
          List.of(
              fig(t.get("fig.driverStakeholders", d.driver().name()), names.size()),
              fig(t.get("fig.driverMotivations", d.driver().name()), tally.count())),
          concat(List.of(d.driver().id()), i.holders(), Stakeholder::id));
    }
  }
}
