package org.briefkit.analysis;

import static org.briefkit.analysis.FindingParts.fig;
import static org.briefkit.analysis.FindingParts.labels;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Id;
import org.briefkit.model.Messages;

/** How many motivations cite evidence, and the weak spots of each kind by id. */
final class EvidenceFindings implements FindingRule {
  @Override
  public Finding.Topic topic() {
    return Finding.Topic.EVIDENCE;
  }

  @Override
  public void find(CaseAnalysis a, Messages t, Out out) {
    EvidenceCoverage c = a.coverage();
    int total = c.motivations().size();
    if (total > 0) {
      int with = c.motivationsWithEvidence();
      long citedSources = c.sources().stream().filter(s -> s.motivations() > 0).count();
      String sources = t.count(citedSources, "count.sources");
      String text;
      if (with == total) {
        text = total == 1 ? t.get("evidence.one", sources) : t.get("evidence.all", total, sources);
      } else if (with == 0) {
        text = t.get("evidence.none", t.count(total, "count.motivations"));
      } else {
        text = t.get(with == 1 ? "evidence.some.one" : "evidence.some.other", with,
            t.count(total, "count.motivations"), sources);
      }
      out.add(
          text,
          List.of(
              fig(t.get("fig.withEvidence"), with),
              fig(t.get("fig.allMotivations"), total),
              fig(t.get("fig.citedSources"), citedSources)),
          List.of());
    }
    for (WeakSpot.Kind kind : WeakSpot.Kind.values()) {
      weakSpots(c, kind, t, out);
    }
  }

  private static void weakSpots(EvidenceCoverage c, WeakSpot.Kind kind, Messages t, Out out) {
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
    String key = "weak." + kind.name();
    out.add(
        t.get(key + (n == 1 ? ".one" : ".other"), n, t.list(labels(subjects, Id::value))),
        List.of(fig(t.get(key + ".figure"), n)),
        subjects);
  }
}
