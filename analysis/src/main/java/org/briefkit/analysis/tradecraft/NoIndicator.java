package org.briefkit.analysis.tradecraft;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefkit.model.Case;
import org.briefkit.model.JudgmentId;

/**
 * {@code no-indicator}: a moderate- or high-confidence judgment that no indicator strengthens or
 * weakens, so that nothing tells the reader what would change it.
 */
final class NoIndicator extends CaseRule {
  @Override
  public String id() {
    return "no-indicator";
  }

  @Override
  public String description() {
    return "a moderate- or high-confidence judgment that no indicator strengthens or weakens";
  }

  @Override
  List<TradecraftWarning> check(Case c) {
    Set<JudgmentId> watched = new HashSet<>();
    c.indicators().forEach(n -> watched.addAll(n.judgments()));
    return Support.firmJudgmentsOutside(c, id(), watched,
        j -> " has no indicator: name under indicators what would strengthen or weaken it");
  }
}
