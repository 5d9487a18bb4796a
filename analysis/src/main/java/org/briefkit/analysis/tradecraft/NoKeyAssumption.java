package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Assumption;
import org.briefkit.model.Case;
import org.briefkit.model.Confidence;
import org.briefkit.model.KeyJudgment;

/**
 * {@code no-key-assumption}: a moderate- or high-confidence judgment that no assumption
 * underpins; a key assumptions check asks what each firm judgment takes for granted.
 */
final class NoKeyAssumption implements TradecraftRule {
  @Override
  public String id() {
    return "no-key-assumption";
  }

  @Override
  public String description() {
    return "a moderate- or high-confidence judgment that no key assumption underpins";
  }

  @Override
  public List<TradecraftWarning> check(Case c) {
    List<TradecraftWarning> out = new ArrayList<>();
    for (int i = 0; i < c.judgments().size(); i++) {
      KeyJudgment j = c.judgments().get(i);
      if (j.confidence() == Confidence.LOW) {
        continue;
      }
      boolean underpinned = false;
      for (Assumption a : c.assumptions()) {
        underpinned |= a.underpins().contains(j.id());
      }
      if (!underpinned) {
        out.add(
            TradecraftWarning.at(
                id(), Support.judgment(i, "id"),
                j.confidence().key() + "-confidence judgment " + j.id().value()
                    + " rests on no key assumption: list what it takes for granted under assumptions, with underpins: ["
                    + j.id().value() + "]"));
      }
    }
    return out;
  }
}
