package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.analysis.provenance.CitationCheck;
import org.briefkit.analysis.provenance.CitationStatus;
import org.briefkit.analysis.provenance.QuoteCheck;
import org.briefkit.analysis.provenance.Quotes;

/**
 * {@code quote-not-found}: a quoted fragment of an evidence text is not in the place cited
 * (compared after normalising whitespace, quote marks, dashes and line-break hyphenation).
 * Reported at the quote's opening mark; the message says where else in the text the quote is,
 * or else the closest passage of the place cited.
 */
final class QuoteNotFound implements TradecraftRule {
  @Override
  public String id() {
    return "quote-not-found";
  }

  @Override
  public String description() {
    return "a quote in an evidence text is not in the place of the source's text it cites";
  }

  @Override
  public List<TradecraftWarning> check(TradecraftInput in) {
    List<TradecraftWarning> out = new ArrayList<>();
    for (CitationCheck c : in.provenance().citations()) {
      boolean located = c.status() != CitationStatus.LOCATOR_NOT_FOUND && c.citation().locator().isPresent();
      for (QuoteCheck q : c.quotes()) {
        // Without a place in the text, a quote found elsewhere (or not looked for) is told by locator-not-found.
        boolean told = !located && q.outcome() != QuoteCheck.Outcome.NOT_FOUND;
        if (!q.isVerified() && !told) {
          out.add(new TradecraftWarning(id(), c.textPointer(), q.quote().offset(), message(c, q, located)));
        }
      }
    }
    return out;
  }

  private static String message(CitationCheck c, QuoteCheck q, boolean located) {
    String source = "the text of source " + c.citation().source().value();
    String cited = located ? c.citation().locator().orElseThrow().cite() : "";
    String quote = "quote " + Quotes.shown(q.quote().text());
    if (q.outcome() == QuoteCheck.Outcome.ELSEWHERE) {
      return quote + " is found in " + q.foundIn().orElseThrow() + " of " + source + ", not " + cited;
    }
    String what =
        q.quote().parts().size() > 1
            ? Quotes.shown(q.unmatched().orElseThrow()) + " (of the " + quote + ")"
            : quote;
    String where =
        !located
            ? " is not in " + source
            : " is not in " + cited + " of " + source
                + (q.outcome() == QuoteCheck.Outcome.NOT_FOUND ? ", nor elsewhere in it" : "");
    String closest =
        q.closest()
            .map(k -> "; the closest passage" + (located ? " there" : "") + " is " + k.passage() + ", in " + k.place())
            .orElse(located ? ", and nothing there comes close" : ", and nothing in it comes close");
    return what + where + closest;
  }
}
