package org.briefkit.analysis.ach;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefkit.model.Figures;
import org.briefkit.model.Hypothesis;

/**
 * What an ACH matrix shows, in plain sentences: which hypothesis leads and by how much, what
 * decides it, which items do not help, and which hypotheses are too little tested. Hypotheses
 * are named H1, H2, … in the matrix's order, as the brief and the workbook label them.
 */
final class AchFindings {
  private AchFindings() {}

  static ImmutableList<String> of(AchAnalysis a) {
    List<String> out = new ArrayList<>();
    out.add(lead(a));
    out.add(decides(a));
    mostDiagnostic(a).ifPresent(out::add);
    notDiagnostic(a).ifPresent(out::add);
    thin(a).ifPresent(out::add);
    return ImmutableList.copyOf(out);
  }

  /** "H1" for the first hypothesis of the matrix. */
  static String label(AchAnalysis a, Hypothesis h) {
    return "H" + (a.matrix().hypotheses().indexOf(h) + 1);
  }

  private static String lead(AchAnalysis a) {
    HypothesisScore first = a.ranking().get(0);
    List<String> tied = new ArrayList<>();
    for (HypothesisScore s : a.ranking()) {
      if (s.rank() == 1) {
        tied.add(label(a, s.hypothesis()));
      }
    }
    if (tied.size() > 1) {
      return and(tied) + " tie as the least inconsistent explanations, at " + Figures.score(first.inconsistency())
          + " each: the matrix does not choose between them.";
    }
    HypothesisScore second = a.ranking().get(1);
    return label(a, first.hypothesis()) + " leads with the least weighted inconsistency, "
        + Figures.score(first.inconsistency()) + ", ahead of " + label(a, second.hypothesis()) + " at "
        + Figures.score(second.inconsistency()) + " (a margin of " + Figures.score(a.margin()) + ").";
  }

  private static String decides(AchAnalysis a) {
    String leader = label(a, a.leader().hypothesis());
    boolean tie = a.ranking().size() > 1 && a.ranking().get(1).rank() == 1;
    if (a.linchpins().isEmpty()) {
      return tie ? "No single item would break the tie: without any one of them, it stands."
          : "No single item decides it: without any one of them, " + leader + " still leads.";
    }
    List<String> names = a.linchpins().stream().map(AchFindings::item).toList();
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
    String then = tie ? "the tie would break"
        : others.isEmpty() ? leader + " would no longer lead alone" : or(others) + " would lead or tie";
    return "The lead turns on " + (names.size() == 1 ? "item " : "items ") + and(names)
        + ": without " + (names.size() == 1 ? "it, " : "any one of them, ") + then + ".";
  }

  private static Optional<String> mostDiagnostic(AchAnalysis a) {
    if (a.items().isEmpty()) {
      return Optional.empty();
    }
    ScoredItem top = a.items().get(0);
    if (!top.diagnostic()) {
      return Optional.empty();
    }
    return Optional.of("The most diagnostic item is " + item(top) + ", whose ratings lie "
        + top.spread() + (top.spread() == 1 ? " step" : " steps") + " apart on the scale from CC to II.");
  }

  private static Optional<String> notDiagnostic(AchAnalysis a) {
    List<String> names = a.items().stream().filter(i -> !i.diagnostic()).map(AchFindings::item).toList();
    if (names.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of((names.size() == 1 ? "Item " + names.get(0) + " is" : "Items " + and(names) + " are")
        + " rated alike against every hypothesis: " + (names.size() == 1 ? "it does" : "they do")
        + " not help to choose between them.");
  }

  private static Optional<String> thin(AchAnalysis a) {
    if (a.thinlyTested().isEmpty()) {
      return Optional.empty();
    }
    List<String> names = a.thinlyTested().stream().map(h -> label(a, h)).toList();
    boolean one = names.size() == 1;
    return Optional.of(and(names) + (one ? " is" : " are") + " thinly tested: fewer than "
        + AchAnalysis.ENOUGH_TESTS + " diagnostic items rate " + (one ? "it" : "each")
        + " inconsistent, so " + (one ? "its standing" : "their standing")
        + " rests on little; evidence that could refute " + (one ? "it" : "them") + " is missing.");
  }

  private static String item(ScoredItem i) {
    String cite = i.item().cite();
    return i.item().id().value() + (cite.isEmpty() ? "" : " (" + cite + ")");
  }

  private static String and(List<String> parts) {
    return join(parts, " and ");
  }

  private static String or(List<String> parts) {
    return join(parts, " or ");
  }

  private static String join(List<String> parts, String last) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + last + parts.get(parts.size() - 1);
  }
}
