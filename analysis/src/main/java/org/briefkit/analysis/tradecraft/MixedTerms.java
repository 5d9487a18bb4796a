package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefkit.model.Case;
import org.briefkit.model.KeyJudgment;

/**
 * {@code mixed-terms}: the case says one band of its scale in different words ("likely" in one
 * judgment, "probable" in another); readers take different words for different probabilities.
 * The first word used for a band sets it; each later different word is reported.
 */
final class MixedTerms extends CaseRule {
  @Override
  public String id() {
    return "mixed-terms";
  }

  @Override
  public String description() {
    return "the judgments express one band of the case's scale with different words";
  }

  /** The first word the case used for a band, and where. */
  private record First(String word, String quoted, KeyJudgment judgment) {}

  @Override
  List<TradecraftWarning> check(Case c) {
    List<TradecraftWarning> out = new ArrayList<>();
    EstimativeTerms terms = EstimativeTerms.of(c.scale());
    Map<String, First> first = new HashMap<>();
    for (int i = 0; i < c.judgments().size(); i++) {
      KeyJudgment j = c.judgments().get(i);
      for (EstimativeTerms.Match m : terms.find(j.statement())) {
        if (!m.scale().equals(c.scale())) {
          continue;
        }
        String word = m.quoted().toLowerCase(Locale.ROOT).replace('-', ' ');
        First f = first.putIfAbsent(m.band().key(), new First(word, m.quoted(), j));
        if (f != null && !f.word().equals(word)) {
          out.add(
              new TradecraftWarning(
                  id(), Support.judgment(i, "statement"), m.offset(),
                  m.quoted() + " and " + f.quoted() + " (judgment " + f.judgment().id().value()
                      + ") say the same band, " + m.band().key() + " (" + m.band().range()
                      + "): readers take different words for different probabilities; use one"));
        }
      }
    }
    return out;
  }
}
