package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.briefkit.model.Case;
import org.briefkit.model.Evidence;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Source;

/**
 * {@code low-graded-evidence}: a high-confidence judgment all of whose evidence is graded low,
 * from a source of reliability E (unreliable) or F (cannot be judged), or with credibility 5
 * (improbable) or 6 (cannot be judged).
 */
final class LowGradedEvidence extends CaseRule {
  /** Items named in a message before "and N more". */
  private static final int LISTED = 3;

  @Override
  public String id() {
    return "low-graded-evidence";
  }

  @Override
  public String description() {
    return "a high-confidence judgment all of whose evidence is low-graded (source reliability E or F, or credibility 5 or 6)";
  }

  @Override
  List<TradecraftWarning> check(Case c) {
    List<TradecraftWarning> out = new ArrayList<>();
    for (int i = 0; i < c.judgments().size(); i++) {
      KeyJudgment j = c.judgments().get(i);
      List<Evidence> evidence = Support.evidence(c, j);
      if (!Support.high(j) || evidence.isEmpty()) {
        continue;
      }
      List<String> grades = new ArrayList<>();
      for (Evidence e : evidence) {
        Optional<String> low = low(c, e);
        if (low.isEmpty()) {
          break;
        }
        grades.add(e.cite() + " (" + low.get() + ")");
      }
      if (grades.size() == evidence.size()) {
        String listed = grades.stream().limit(LISTED).collect(Collectors.joining(", "));
        if (grades.size() > LISTED) {
          listed += " and " + (grades.size() - LISTED) + " more";
        }
        out.add(
            TradecraftWarning.at(
                id(), Support.judgment(i, "confidence"),
                "high confidence rests on low-graded evidence only: " + listed));
      }
    }
    return out;
  }

  /** Why {@code e} is graded low: "source graded E: unreliable"; empty if it is not. */
  /**
   * Why an item is low-graded, if it is. The item's own credibility grade, when given, decides
   * (an unknown source's confirmed report, F1, is not weak evidence), as it does in ACH; else its
   * source's reliability.
   */
  private static Optional<String> low(Case c, Evidence e) {
    if (e.credibility().isPresent()) {
      return e.credibility().get().isLow()
          ? Optional.of("credibility " + e.credibility().get().key() + ": " + e.credibility().get().meaning())
          : Optional.empty();
    }
    Optional<Source.Reliability> reliability = c.source(e.source()).flatMap(Source::reliability);
    if (reliability.isPresent() && reliability.get().isLow()) {
      return Optional.of("source graded " + reliability.get().name() + ": " + reliability.get().meaning());
    }
    return Optional.empty();
  }
}
