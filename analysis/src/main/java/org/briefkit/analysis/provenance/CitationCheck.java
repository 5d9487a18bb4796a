package org.briefkit.analysis.provenance;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * One citation of the case checked against its source's text.
 *
 * @param pointer the JSON Pointer of the citing item: {@code /motivations/3/evidence/1}, {@code
 *     /ach/0/items/2}
 * @param citation what it cites
 * @param status what the check came to
 * @param locatorProblem why the place cited is not in the text ({@link
 *     CitationStatus#LOCATOR_NOT_FOUND}): "the text has 7 paragraphs"
 * @param quotes each quote of the citation's text and what became of it, in order; empty when
 *     the text was not there to check them
 */
public record CitationCheck(
    String pointer,
    Citation citation,
    CitationStatus status,
    Optional<String> locatorProblem,
    ImmutableList<QuoteCheck> quotes) {
  /** Checks the parts and copies the quotes. */
  public CitationCheck {
    Objects.requireNonNull(pointer, "pointer must not be null");
    Objects.requireNonNull(citation, "citation must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(locatorProblem, "locatorProblem must not be null (use Optional.empty())");
    quotes = ImmutableList.copyOf(quotes);
  }

  /** The pointer of the item's locator: {@code /motivations/3/evidence/1/locator}. */
  public String locatorPointer() {
    return pointer + "/locator";
  }

  /** The pointer of the item's text, where its quotes are: {@code /motivations/3/evidence/1/text}. */
  public String textPointer() {
    return pointer + "/text";
  }
}
