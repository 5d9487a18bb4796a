package org.briefkit.analysis;

import static org.briefkit.analysis.FindingParts.fig;
import static org.briefkit.analysis.FindingParts.labels;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Id;

/** How many motivations cite evidence, and the weak spots of each kind by id. */
final class EvidenceFindings implements FindingRule {
  @Override
  public Finding.Topic topic() {
    return Finding.Topic.EVIDENCE;
  }

  @Override
  public void find(CaseAnalysis a, Out out) {
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
      out.add(
          text,
          List.of(
              fig("motivations with evidence", with),
              fig("motivations", total),
              fig("sources cited by motivations", citedSources)),
          List.of());
    }
    weakSpots(c, WeakSpot.Kind.NO_EVIDENCE, "cites no evidence", "cite no evidence", "motivation", out);
    weakSpots(
        c,
        WeakSpot.Kind.SINGLE_CLAIM,
        "rests on a single claim",
        "rest on a single claim",
        "motivation",
        out);
    weakSpots(
        c,
        WeakSpot.Kind.SINGLE_MOTIVATION,
        "rests on a single motivation",
        "rest on a single motivation",
        "key judgment",
        out);
    weakSpots(
        c,
        WeakSpot.Kind.UNSUPPORTED_JUDGMENT,
        "rests only on motivations without evidence",
        "rest only on motivations without evidence",
        "key judgment",
        out);
  }

  private static void weakSpots(
      EvidenceCoverage c, WeakSpot.Kind kind, String singular, String plural, String noun, Out out) {
    List<Id> subjects = new ArrayList<>();
    for (WeakSpot w : c.weakSpots()) {
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
    out.add(
        Character.toUpperCase(text.charAt(0)) + text.substring(1),
        List.of(fig(noun + "s that " + plural, n)),
        subjects);
  }
}
