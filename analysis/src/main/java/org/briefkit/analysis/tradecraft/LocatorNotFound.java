package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefkit.analysis.provenance.CitationCheck;
import org.briefkit.analysis.provenance.CitationStatus;
import org.briefkit.analysis.provenance.QuoteCheck;
import org.briefkit.analysis.provenance.Quotes;

/**
 * {@code locator-not-found}: a citation's locator names a paragraph, page or section its
 * source's text does not have. Reported at the locator; the message says what the text has,
 * and where the citation's quote is if it is elsewhere in the text.
 */
final class LocatorNotFound implements TradecraftRule {
  @Override
  public String id() {
    return "locator-not-found";
  }

  @Override
  public String description() {
    return "a citation's paragraph, page or section is not in its source's text";
  }

  @Override
  public List<TradecraftWarning> check(TradecraftInput in) {
    List<TradecraftWarning> out = new ArrayList<>();
    for (CitationCheck c : in.provenance().citations()) {
      if (c.status() != CitationStatus.LOCATOR_NOT_FOUND) {
        continue;
      }
      Optional<QuoteCheck> elsewhere =
          c.quotes().stream().filter(q -> q.outcome() == QuoteCheck.Outcome.ELSEWHERE).findFirst();
      out.add(
          TradecraftWarning.at(
              id(), c.locatorPointer(),
              c.citation().locator().orElseThrow() + " is not in the text of source "
                  + c.citation().source().value() + ": " + c.locatorProblem().orElseThrow()
                  + elsewhere
                      .map(q -> "; the quote " + Quotes.shown(q.quote().text()) + " is in " + q.foundIn().orElseThrow())
                      .orElse("")));
    }
    return out;
  }
}
