package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Assumption;
import org.briefkit.model.AssumptionStatus;
import org.briefkit.model.Case;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.KeyJudgment;

/**
 * {@code unsupported-assumption}: an assumption that the key assumptions check found
 * unsupported underpins a high-confidence judgment, which cannot be firmer than what it rests on.
 */
final class UnsupportedAssumption extends CaseRule {
  @Override
  public String id() {
    return "unsupported-assumption";
  }

  @Override
  public String description() {
    return "an assumption with status unsupported underpins a high-confidence judgment";
  }

  @Override
  List<TradecraftWarning> check(Case c) {
    List<TradecraftWarning> out = new ArrayList<>();
    for (int k = 0; k < c.assumptions().size(); k++) {
      Assumption a = c.assumptions().get(k);
      if (a.status() != AssumptionStatus.UNSUPPORTED) {
        continue;
      }
      List<JudgmentId> high =
          c.judgments().stream().filter(Support::high).map(KeyJudgment::id).filter(a.underpins()::contains).toList();
      if (!high.isEmpty()) {
        out.add(
            TradecraftWarning.at(
                id(), "/assumptions/" + k + "/status",
                "assumption " + a.id().value() + " is unsupported but underpins high-confidence "
                    + (high.size() == 1 ? "judgment " : "judgments ") + Support.ids(high)));
      }
    }
    return out;
  }
}
