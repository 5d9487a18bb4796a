package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Case;
import org.briefkit.model.Suggestions;
import org.briefkit.model.Waiver;

/**
 * {@code unknown-rule}: a waiver names no tradecraft rule (a typo, or a rule of another version),
 * so that it switches nothing off.
 */
final class UnknownRule extends CaseRule {
  @Override
  public String id() {
    return "unknown-rule";
  }

  @Override
  public String description() {
    return "a waiver names no known tradecraft rule";
  }

  @Override
  List<TradecraftWarning> check(Case c) {
    List<TradecraftWarning> out = new ArrayList<>();
    List<String> ids = Tradecraft.ids();
    for (int k = 0; k < c.waivers().size(); k++) {
      Waiver w = c.waivers().get(k);
      if (!ids.contains(w.rule())) {
        out.add(
            TradecraftWarning.at(
                id(), "/waivers/" + k + "/rule",
                "no tradecraft rule is called \"" + w.rule() + "\"" + Suggestions.didYouMean(w.rule(), ids)
                    + ", so the waiver switches nothing off"));
      }
    }
    return out;
  }
}
