package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Case;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.KeyJudgment;

/**
 * {@code term-disagrees}: a judgment's statement says one band of the case's scale ("likely")
 * while its likelihood names another ({@code very-likely}), so the brief prints two
 * probabilities for one judgment.
 */
final class TermDisagrees extends CaseRule {
  @Override
  public String id() {
    return "term-disagrees";
  }

  @Override
  public String description() {
    return "a judgment's statement uses a term of the case's scale for another band than its likelihood";
  }

  @Override
  List<TradecraftWarning> check(Case c) {
    List<TradecraftWarning> out = new ArrayList<>();
    EstimativeTerms terms = EstimativeTerms.of(c.scale());
    for (int i = 0; i < c.judgments().size(); i++) {
      KeyJudgment j = c.judgments().get(i);
      if (j.likelihood().isEmpty()) {
        continue;
      }
      EstimativeScale.Band stated = c.scale().band(j.likelihood().get()).orElse(null);
      if (stated == null) {
        continue; // not a band of the scale: the case reader reports that as an error
      }
      for (EstimativeTerms.Match m : terms.find(j.statement())) {
        if (m.scale().equals(c.scale()) && !m.band().key().equals(stated.key())) {
          out.add(
              new TradecraftWarning(
                  id(), Support.judgment(i, "statement"), m.offset(),
                  "statement says " + m.quoted() + " (" + m.band().range() + ") but likelihood is "
                      + stated.key() + " (" + stated.range() + ")"));
        }
      }
    }
    return out;
  }
}
