package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.briefkit.model.Actor;
import org.briefkit.model.Domain;
import org.briefkit.model.Id;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.TransferStatus;

/**
 * Derives the findings from the other results. Every sentence states only figures it carries,
 * names ties rather than picking a winner, and says plainly when a group is empty.
 */
final class Findings {
  private final CaseAnalysis a;
  private final ImmutableList.Builder<Finding> out = ImmutableList.builder();

  private Findings(CaseAnalysis a) {
    this.a = a;
  }

  static ImmutableList<Finding> of(CaseAnalysis analysis) {
    Findings f = new Findings(analysis);
    f.profiles();
    f.convergence();
    f.drivers();
    f.timeline();
    f.armsFlows();
    f.evidence();
    return f.out.build();
  }

  private void add(Finding.Topic topic, String text, List<Figure> figures, List<? extends Id> about) {
    out.add(new Finding(topic, text, ImmutableList.copyOf(figures), ImmutableList.copyOf(about)));
  }

  private static Figure fig(String name, double value) {
    return new Figure(name, value);
  }

  private static String name(Stakeholder s) {
    return s.shortName();
  }

  // --- profiles -------------------------------------------------------------------------

  private void profiles() {
    if (a.theCase().stakeholders().isEmpty()) {
      add(Finding.Topic.PROFILE, "The case names no stakeholders.", List.of(), List.of());
      return;
    }
    for (StakeholderGroup g : a.motivations().stakeholders()) {
      Stakeholder s = g.stakeholder();
      String who = name(s);
      if (g.count() == 0) {
        add(
            Finding.Topic.PROFILE,
            "The case records no motivations for " + who + ".",
            List.of(fig(who + " motivations", 0)),
            List.of(s.id()));
        continue;
      }
      add(
          Finding.Topic.PROFILE,
          who + " has " + Texts.count(g.count(), "motivation") + " in "
              + Texts.count(g.domains().size(), "domain") + " ("
              + Texts.count(g.weight(), "weighted point") + ").",
          List.of(
              fig(who + " motivations", g.count()),
              fig(who + " domains", g.domains().size()),
              fig(who + " total weight", g.weight())),
          List.of(s.id()));
      dominantDomain(g);
    }
  }

  private void dominantDomain(StakeholderGroup g) {
    String who = name(g.stakeholder());
    int total = g.weight();
    if (g.domains().size() == 1) {
      DomainGroup only = g.domains().get(0);
      add(
          Finding.Topic.PROFILE,
          "All of " + Texts.possessive(who) + " motivations are in " + only.domain().label() + ".",
          List.of(fig(who + " weight in " + only.domain().label(), only.weight()),
              fig(who + " total weight", total)),
          List.of(g.stakeholder().id(), only.domain().id()));
      return;
    }
    int max = 0;
    for (DomainGroup d : g.domains()) {
      max = Math.max(max, d.weight());
    }
    List<DomainGroup> top = new ArrayList<>();
    for (DomainGroup d : g.domains()) {
      if (d.weight() == max) {
        top.add(d);
      }
    }
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
    add(Finding.Topic.PROFILE, text, figures, about);
  }

  // --- convergence ----------------------------------------------------------------------

  private void convergence() {
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
              fig(pair + " overlap", p.overlap()));
      List<Id> about = List.of(p.first().id(), p.second().id());
      String text;
      if (p.sharedDomains().isEmpty()) {
        text =
            pair + " hold motivations in no common domain (overlap "
                + Numbers.format(p.overlap()) + " on a scale from 0 to 1).";
      } else {
        text =
            pair + " both hold motivations in "
                + (p.sharedDomains().size() == domainCount
                    ? (domainCount == 2 ? "both domains" : "all " + domainCount + " domains")
                    : p.sharedDomains().size() + " of " + domainCount + " domains ("
                        + Texts.list(labels(p.sharedDomains(), Domain::label)) + ")")
                + "; their weighted domain profiles overlap by "
                + Numbers.format(p.overlap()) + " on a scale from 0 to 1.";
      }
      add(Finding.Topic.CONVERGENCE, text, figures, about);
    }
    if (a.theCase().stakeholders().size() < 2 || a.theCase().motivations().isEmpty()) {
      return;
    }
    for (DomainInterest d : a.convergence().domains()) {
      Interest i = d.interest();
      if (i.isOneSided()) {
        Stakeholder s = i.holders().get(0);
        Tally t = i.byHolder().get(s.id());
        add(
            Finding.Topic.CONVERGENCE,
            "Only " + name(s) + " holds motivations in " + d.domain().label() + " ("
                + Texts.count(t.count(), "motivation") + ", "
                + Texts.count(t.weight(), "weighted point") + ").",
            List.of(
                fig(name(s) + " motivations in " + d.domain().label(), t.count()),
                fig(name(s) + " weight in " + d.domain().label(), t.weight())),
            List.of(s.id(), d.domain().id()));
      } else if (i.holders().isEmpty()) {
        add(
            Finding.Topic.CONVERGENCE,
            "No stakeholder holds motivations in " + d.domain().label() + ".",
            List.of(fig("motivations in " + d.domain().label(), 0)),
            List.of(d.domain().id()));
      }
    }
    for (DriverInterest d : a.convergence().sharedDrivers()) {
      Interest i = d.interest();
      Tally t = i.total();
      List<String> names = labels(i.holders(), Findings::name);
      add(
          Finding.Topic.CONVERGENCE,
          d.driver().name() + " drives motivations of "
              + (names.size() == 2 ? "both " : "") + Texts.list(names) + ".",
          List.of(
              fig(d.driver().name() + " stakeholders", names.size()),
              fig(d.driver().name() + " motivations", t.count())),
          concat(List.of(d.driver().id()), i.holders(), Stakeholder::id));
    }
  }

  // --- drivers --------------------------------------------------------------------------

  private void drivers() {
    DriverIndex index = a.drivers();
    if (index.rows().isEmpty()) {
      if (!a.theCase().motivations().isEmpty()) {
        add(
            Finding.Topic.DRIVERS,
            "No motivation names a third-party driver.",
            List.of(fig("drivers", 0)),
            List.of());
      }
      return;
    }
    int max = 0;
    for (DriverRow r : index.rows()) {
      max = Math.max(max, r.weight());
    }
    List<DriverRow> top = new ArrayList<>();
    for (DriverRow r : index.rows()) {
      if (r.weight() == max) {
        top.add(r);
      }
    }
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
    add(Finding.Topic.DRIVERS, text, figures, labels(top, r -> r.driver().id()));
    for (DriverRow r : index.byWeight()) {
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
      add(
          Finding.Topic.DRIVERS,
          r.driver().name() + " drives " + Texts.count(r.count(), "motivation") + " ("
              + Texts.count(r.weight(), "weighted point") + "): " + Texts.joinAnd(parts) + ".",
          rowFigures,
          about);
    }
  }

  // --- timeline -------------------------------------------------------------------------

  private void timeline() {
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
    add(Finding.Topic.TIMELINE, text, figures, List.of());
    for (Milestones m : t.threads()) {
      threadFinding(m);
    }
  }

  /**
   * One sentence per thread with two or more distinct dates. Milestones sharing a date are
   * named once with their number, and the gaps run between distinct dates.
   */
  private void threadFinding(Milestones m) {
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
    add(
        Finding.Topic.TIMELINE,
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

  // --- arms flows -----------------------------------------------------------------------

  private void armsFlows() {
    ArmsFlows f = a.network().flows();
    int total = a.theCase().transfers().size();
    if (total == 0) {
      return;
    }
    if (f.focus().isEmpty()) {
      add(
          Finding.Topic.ARMS_FLOWS,
          "The case records " + Texts.count(total, "arms transfer")
              + "; it names no focus actor, so none is counted as an import or an export.",
          List.of(fig("arms transfers", total)),
          List.of());
      return;
    }
    Actor focus = f.focus().get();
    flowFinding(focus, f.imports(), "imports arms from", "imports");
    flowFinding(focus, f.exports(), "exports arms to", "exports");
    if (!f.others().isEmpty()) {
      add(
          Finding.Topic.ARMS_FLOWS,
          Texts.count(f.others().size(), "arms transfer") + " in the case "
              + (f.others().size() == 1 ? "does" : "do") + " not involve " + focus.name() + ".",
          List.of(fig("transfers not involving " + focus.name(), f.others().size())),
          List.of(focus.id()));
    }
  }

  private void flowFinding(Actor focus, List<Flow> flows, String verb, String noun) {
    if (flows.isEmpty()) {
      add(
          Finding.Topic.ARMS_FLOWS,
          "The case records no arms " + noun + " of " + focus.name() + ".",
          List.of(fig(focus.name() + " " + noun, 0)),
          List.of(focus.id()));
      return;
    }
    Set<Id> partners = new LinkedHashSet<>();
    Map<TransferStatus, Integer> byStatus = new EnumMap<>(TransferStatus.class);
    int count = 0;
    for (Flow fl : flows) {
      partners.add(fl.partner().id());
      byStatus.merge(fl.status(), fl.count(), Integer::sum);
      count += fl.count();
    }
    List<String> statusParts = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    figures.add(fig(focus.name() + " " + noun + " partners", partners.size()));
    figures.add(fig(focus.name() + " " + noun + " transfers", count));
    for (Map.Entry<TransferStatus, Integer> e : byStatus.entrySet()) {
      statusParts.add(e.getValue() + " " + e.getKey().key());
      figures.add(fig(focus.name() + " " + noun + " " + e.getKey().key(), e.getValue()));
    }
    List<Id> about = new ArrayList<>();
    about.add(focus.id());
    about.addAll(partners);
    add(
        Finding.Topic.ARMS_FLOWS,
        focus.name() + " " + verb + " " + Texts.count(partners.size(), "partner") + " in "
            + Texts.count(count, "transfer") + " (" + Texts.joinAnd(statusParts) + ").",
        figures,
        about);
  }

  // --- evidence -------------------------------------------------------------------------

  private void evidence() {
    EvidenceCoverage c = a.coverage();
    int total = c.motivations().size();
    if (total > 0) {
      int with = c.motivationsWithEvidence();
      long citedSources = c.sources().stream().filter(s -> s.motivations() > 0).count();
      String text =
          with == total
              ? (total == 1 ? "The motivation cites" : "All " + total + " motivations cite")
                  + " evidence, from " + Texts.count(citedSources, "distinct source") + "."
              : with + " of " + Texts.count(total, "motivation") + (with == 1 ? " cites" : " cite")
                  + " evidence"
                  + (with == 0 ? "." : ", from " + Texts.count(citedSources, "distinct source") + ".");
      add(
          Finding.Topic.EVIDENCE,
          text,
          List.of(
              fig("motivations with evidence", with),
              fig("motivations", total),
              fig("sources cited by motivations", citedSources)),
          List.of());
    }
    weakSpotFinding(WeakSpot.Kind.NO_EVIDENCE, "cites no evidence", "cite no evidence", "motivation");
    weakSpotFinding(
        WeakSpot.Kind.SINGLE_CLAIM,
        "rests on a single claim",
        "rest on a single claim",
        "motivation");
    weakSpotFinding(
        WeakSpot.Kind.SINGLE_MOTIVATION,
        "rests on a single motivation",
        "rest on a single motivation",
        "key judgment");
    weakSpotFinding(
        WeakSpot.Kind.UNSUPPORTED_JUDGMENT,
        "rests only on motivations without evidence",
        "rest only on motivations without evidence",
        "key judgment");
  }

  private void weakSpotFinding(WeakSpot.Kind kind, String singular, String plural, String noun) {
    List<Id> subjects = new ArrayList<>();
    for (WeakSpot w : a.coverage().weakSpots()) {
      if (w.kind() == kind) {
        subjects.add(w.subject());
      }
    }
    if (subjects.isEmpty()) {
      return;
    }
    int n = subjects.size();
    String ids = Texts.joinAnd(labels(subjects, Id::value));
    String text =
        n == 1
            ? "One " + noun + " " + singular + ": " + ids + "."
            : n + " " + noun + "s " + plural + ": " + ids + ".";
    add(
        Finding.Topic.EVIDENCE,
        Character.toUpperCase(text.charAt(0)) + text.substring(1),
        List.of(fig(noun + "s that " + plural, n)),
        subjects);
  }

  // --- helpers --------------------------------------------------------------------------

  private static <T, R> List<R> labels(List<T> items, Function<? super T, R> f) {
    List<R> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(f.apply(item));
    }
    return out;
  }

  private static <T> List<Id> concat(List<? extends Id> head, List<T> items, Function<T, ? extends Id> f) {
    List<Id> out = new ArrayList<>(head);
    for (T item : items) {
      out.add(f.apply(item));
    }
    return out;
  }
}
