package org.briefkit.analysis.tradecraft;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefkit.model.Case;
import org.briefkit.model.JudgmentId;

/**
 * {@code no-key-assumption}: a moderate- or high-confidence judgment that no assumption
 * underpins; a key assumptions check asks what each firm judgment takes for granted.
 */
final class NoKeyAssumption extends CaseRule {
  @Override
  public String id() {
    return "no-key-assumption";
  }

  @Override
  public String description() {
    return "a moderate- or high-confidence judgment that no key assumption underpins";
  }

  @Override
  List<TradecraftWarning> check(Case c) {
    Set<JudgmentId> underpinned = new HashSet<>();
    c.assumptions().forEach(a -> underpinned.addAll(a.underpins()));
    return Support.firmJudgmentsOutside(c, id(), underpinned,
        j -> " rests on no key assumption: list what it takes for granted under assumptions, with"
            + " underpins: [" + j.id().value() + "]");
  }
}
