package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Case;
import org.briefkit.model.KeyJudgment;

/**
 * {@code term-without-likelihood}: a statement says how likely ("likely") but the judgment has
 * no likelihood, so the brief cannot show the probability or check the word against it.
 */
final class TermWithoutLikelihood extends CaseRule {
  @Override
  public String id() {
    return "term-without-likelihood";
  }

  @Override
  public String description() {
    return "a judgment's statement uses a term of the case's scale but the judgment has no likelihood";
  }

  @Override
  List<TradecraftWarning> check(Case c) {
    List<TradecraftWarning> out = new ArrayList<>();
    EstimativeTerms terms = EstimativeTerms.of(c.scale());
    for (int i = 0; i < c.judgments().size(); i++) {
      KeyJudgment j = c.judgments().get(i);
      if (j.likelihood().isPresent()) {
        continue;
      }
      for (EstimativeTerms.Match m : terms.find(j.statement())) {
        if (m.scale().equals(c.scale())) {
          out.add(
              new TradecraftWarning(
                  id(), Support.judgment(i, "statement"), m.offset(),
                  "statement says " + m.quoted() + " (" + m.band().range()
                      + ") but the judgment has no likelihood: add likelihood: " + m.band().key()));
        }
      }
    }
    return out;
  }
}
