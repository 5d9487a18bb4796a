package org.briefkit.analysis.ach;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefkit.model.AchItemKind;
import org.briefkit.model.Figures;
import org.briefkit.model.Hypothesis;
import org.briefkit.model.Messages;

/**
 * What an ACH matrix shows, in plain sentences: which hypothesis leads and by how much, what
 * decides it, which items do not help, and which hypotheses are too little tested. Hypotheses
 * are named H1, H2, … in the matrix's order, as the brief and the workbook label them.
 */
final class AchFindings {
  private AchFindings() {}

  static ImmutableList<String> of(AchAnalysis a, Messages t) {
    List<String> out = new ArrayList<>();
    out.add(lead(a, t));
    out.add(decides(a, t));
    mostDiagnostic(a, t).ifPresent(out::add);
    notDiagnostic(a, t).ifPresent(out::add);
    thin(a, t).ifPresent(out::add);
    return ImmutableList.copyOf(out);
  }

  /** "H1" for the first hypothesis of the matrix. */
  static String label(AchAnalysis a, Hypothesis h) {
    return "H" + (a.matrix().hypotheses().indexOf(h) + 1);
  }

  private static String lead(AchAnalysis a, Messages t) {
    HypothesisScore first = a.ranking().get(0);
    List<String> tied = new ArrayList<>();
    for (HypothesisScore s : a.ranking()) {
      if (s.rank() == 1) {
        tied.add(label(a, s.hypothesis()));
      }
    }
    if (tied.size() > 1) {
      return t.get("ach.tie", t.list(tied), Figures.score(first.inconsistency()));
    }
    HypothesisScore second = a.ranking().get(1);
    return t.get("ach.lead", label(a, first.hypothesis()), Figures.score(first.inconsistency()),
        label(a, second.hypothesis()), Figures.score(second.inconsistency()), Figures.score(a.margin()));
  }

  private static String decides(AchAnalysis a, Messages t) {
    String leader = label(a, a.leader().hypothesis());
    boolean tie = a.ranking().size() > 1 && a.ranking().get(1).rank() == 1;
    if (a.linchpins().isEmpty()) {
      return tie ? t.get("ach.noLinchpin.tie") : t.get("ach.noLinchpin", leader);
    }
    List<String> names = a.linchpins().stream().map(i -> item(t, i)).toList();
    List<String> others = new ArrayList<>();
    for (Removal r : a.sensitivity()) {
      if (r.flipsLeader()) {
        for (HypothesisScore first : r.ranking()) {
          String o = label(a, first.hypothesis());
          if (first.rank() == 1 && !o.equals(leader) && !others.contains(o)) {
            others.add(o);
          }
        }
      }
    }
    String then = tie ? t.get("ach.then.tie")
        : others.isEmpty() ? t.get("ach.then.alone", leader) : t.get("ach.then.others", or(t, others));
    return t.get(names.size() == 1 ? "ach.turns.one" : "ach.turns.other", t.list(names), then);
  }

  private static Optional<String> mostDiagnostic(AchAnalysis a, Messages t) {
    if (a.items().isEmpty()) {
      return Optional.empty();
    }
    ScoredItem top = a.items().get(0);
    if (!top.diagnostic()) {
      return Optional.empty();
    }
    return Optional.of(t.get(top.spread() == 1 ? "ach.mostDiagnostic.one" : "ach.mostDiagnostic.other",
        item(t, top), top.spread()));
  }

  private static Optional<String> notDiagnostic(AchAnalysis a, Messages t) {
    List<String> names = a.items().stream().filter(i -> !i.diagnostic()).map(i -> item(t, i)).toList();
    if (names.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(t.get(names.size() == 1 ? "ach.notDiagnostic.one" : "ach.notDiagnostic.other", t.list(names)));
  }

  private static Optional<String> thin(AchAnalysis a, Messages t) {
    if (a.thinlyTested().isEmpty()) {
      return Optional.empty();
    }
    List<String> names = a.thinlyTested().stream().map(h -> label(a, h)).toList();
    return Optional.of(t.get(names.size() == 1 ? "ach.thin.one" : "ach.thin.other", t.list(names),
        AchAnalysis.ENOUGH_TESTS));
  }

  /** An item by its id and what it cites: "e-ccdcoe (article ¶3)", "x-no-deal (absence of evidence)". */
  private static String item(Messages t, ScoredItem i) {
    String cite = i.item().kind() == AchItemKind.ABSENCE ? t.get("ach.absence") : i.item().cite();
    return i.item().id().value() + (cite.isEmpty() ? "" : " (" + cite + ")");
  }

  /** "A", "A or B", "A, B or C". */
  private static String or(Messages t, List<String> parts) {
    int n = parts.size();
    if (n == 1) {
      return parts.get(0);
    }
    if (n == 2) {
      return t.get("list.or.pair", parts.get(0), parts.get(1));
    }
    return t.get("list.or.last", String.join(t.get("list.comma"), parts.subList(0, n - 1)), parts.get(n - 1));
  }
}
