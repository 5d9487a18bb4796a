package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.briefkit.model.Case;
import org.briefkit.model.EstimativeScale;

/**
 * {@code other-scale-term}: a statement uses a term of another scale than the case's ("highly
 * likely" in an ICD 203 case), whose range the reader of the brief's scale table cannot look up.
 * The message proposes the case's bands whose ranges overlap the term's.
 */
final class OtherScaleTerm extends CaseRule {
  @Override
  public String id() {
    return "other-scale-term";
  }

  @Override
  public String description() {
    return "a judgment's statement uses a term of another known scale that the case's scale does not have";
  }

  @Override
  List<TradecraftWarning> check(Case c) {
    List<TradecraftWarning> out = new ArrayList<>();
    EstimativeTerms terms = EstimativeTerms.of(c.scale());
    for (int i = 0; i < c.judgments().size(); i++) {
      for (EstimativeTerms.Match m : terms.find(c.judgments().get(i).statement())) {
        if (!m.scale().equals(c.scale())) {
          out.add(
              new TradecraftWarning(
                  id(), Support.judgment(i, "statement"), m.offset(),
                  m.quoted() + " (" + m.band().range() + ") is a term of the " + m.scale().id()
                      + " scale, not of the case's " + c.scale().id() + suggestion(c.scale(), m.band())));
        }
      }
    }
    return out;
  }

  /** ": say \"very likely\" (80–95 %)": the case's bands whose ranges overlap {@code band}'s. */
  private static String suggestion(EstimativeScale scale, EstimativeScale.Band band) {
    List<EstimativeScale.Band> overlapping =
        scale.bands().stream()
            .filter(b -> Math.min(b.highPercent(), band.highPercent()) > Math.max(b.lowPercent(), band.lowPercent()))
            .toList();
    if (overlapping.isEmpty()) {
      return "";
    }
    return ": say "
        + overlapping.stream().map(b -> "\"" + b.term() + "\" (" + b.range() + ")").collect(Collectors.joining(" or "));
  }
}
