package org.briefkit.analysis.tradecraft;

import java.util.List;
import org.briefkit.model.Case;

/** A tradecraft rule that looks at the case alone, not at the materials it names. */
abstract class CaseRule implements TradecraftRule {
  @Override
  public final List<TradecraftWarning> check(TradecraftInput in) {
    return check(in.aCase());
  }

  /** The rule's warnings about {@code c}, in the order of the case; none when all is well. */
  abstract List<TradecraftWarning> check(Case c);
}
