package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Case;
import org.briefkit.model.Confidence;
import org.briefkit.model.Indicator;
import org.briefkit.model.KeyJudgment;

/**
 * {@code no-indicator}: a moderate- or high-confidence judgment that no indicator strengthens or
 * weakens, so that nothing tells the reader what would change it.
 */
final class NoIndicator implements TradecraftRule {
  @Override
  public String id() {
    return "no-indicator";
  }

  @Override
  public String description() {
    return "a moderate- or high-confidence judgment that no indicator strengthens or weakens";
  }

  @Override
  public List<TradecraftWarning> check(Case c) {
    List<TradecraftWarning> out = new ArrayList<>();
    for (int i = 0; i < c.judgments().size(); i++) {
      KeyJudgment j = c.judgments().get(i);
      if (j.confidence() == Confidence.LOW) {
        continue;
      }
      boolean watched = false;
      for (Indicator ind : c.indicators()) {
        watched |= ind.judgments().contains(j.id());
      }
      if (!watched) {
        out.add(
            TradecraftWarning.at(
                id(), Support.judgment(i, "id"),
                j.confidence().key() + "-confidence judgment " + j.id().value()
                    + " has no indicator: name under indicators what would strengthen or weaken it"));
      }
    }
    return out;
  }
}
