package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Case;
import org.briefkit.model.Evidence;
import org.briefkit.model.KeyJudgment;

/**
 * {@code single-source}: a high-confidence judgment whose supporting motivations' evidence all
 * cites one source; high confidence asks for corroboration.
 */
final class SingleSource extends CaseRule {
  @Override
  public String id() {
    return "single-source";
  }

  @Override
  public String description() {
    return "a high-confidence judgment whose supporting motivations' evidence cites only one source";
  }

  @Override
  List<TradecraftWarning> check(Case c) {
    List<TradecraftWarning> out = new ArrayList<>();
    for (int i = 0; i < c.judgments().size(); i++) {
      KeyJudgment j = c.judgments().get(i);
      List<Evidence> evidence = Support.evidence(c, j);
      if (!Support.high(j)) {
        continue;
      }
      if (evidence.isEmpty()) {
        out.add(
            TradecraftWarning.at(
                id(), Support.judgment(i, "confidence"),
                "high confidence rests on no source: "
                    + Support.motivations(j) + (j.supportedBy().size() == 1 ? " cites" : " cite") + " no evidence"));
        continue;
      }
      long sources = evidence.stream().map(Evidence::source).distinct().count();
      if (sources == 1) {
        out.add(
            TradecraftWarning.at(
                id(), Support.judgment(i, "confidence"),
                "high confidence rests on one source: " + Support.items(evidence.size(), j)
                    + (evidence.size() == 1 ? " cites " : " cite ") + evidence.get(0).source().value()));
      }
    }
    return out;
  }
}
