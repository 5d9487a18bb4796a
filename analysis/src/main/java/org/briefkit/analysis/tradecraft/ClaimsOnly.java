package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Case;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.KeyJudgment;

/**
 * {@code claims-only}: a high-confidence judgment all of whose evidence is of kind {@code claim}:
 * what parties say, which no fact or independent assessment bears out.
 */
final class ClaimsOnly extends CaseRule {
  @Override
  public String id() {
    return "claims-only";
  }

  @Override
  public String description() {
    return "a high-confidence judgment all of whose evidence is of kind claim";
  }

  @Override
  List<TradecraftWarning> check(Case c) {
    List<TradecraftWarning> out = new ArrayList<>();
    for (int i = 0; i < c.judgments().size(); i++) {
      KeyJudgment j = c.judgments().get(i);
      List<Evidence> evidence = Support.evidence(c, j);
      if (Support.high(j) && !evidence.isEmpty() && evidence.stream().allMatch(e -> e.kind() == EvidenceKind.CLAIM)) {
        out.add(
            TradecraftWarning.at(
                id(), Support.judgment(i, "confidence"),
                "high confidence rests on claims only: " + Support.items(evidence.size(), j)
                    + (evidence.size() == 1 ? " is" : " are") + " of kind claim"));
      }
    }
    return out;
  }
}
