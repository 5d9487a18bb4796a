package org.briefkit.analysis.provenance;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one quote of a citation.
 *
 * @param quote the quote
 * @param outcome verified, found elsewhere, or not found
 * @param foundIn where in the text it is, when not in the place cited: "¶5"
 * @param unmatched the part of the quote not found in the place cited (the whole quote, or the
 *     part after an ellipsis); empty when verified
 * @param closest the passage of the place cited closest to the part not found, when one comes
 *     close
 */
public record QuoteCheck(
    Quote quote, Outcome outcome, Optional<String> foundIn, Optional<String> unmatched, Optional<Closest> closest) {
  /** What became of a quote. */
  public enum Outcome {
    /** In the place cited (every part, in order). */
    VERIFIED,
    /** Not in the place cited, but elsewhere in the text ({@link #foundIn()}). */
    ELSEWHERE,
    /** Nowhere in the text. */
    NOT_FOUND,
    /**
     * Not in the place cited, and not looked for in the rest of the text: the report's bound on
     * such searches was spent (see {@link ProvenanceReport}), which only a case with very many
     * misplaced quotes in long texts reaches.
     */
    NOT_IN_PLACE
  }

  /**
   * The passage closest to a quote not found.
   *
   * @param passage the passage as the text writes it, on one line, shortened with an ellipsis
   *     if long, in quote marks
   * @param place where it is: "¶3"
   */
  public record Closest(String passage, String place) {
    /** Checks the parts. */
    public Closest {
      Objects.requireNonNull(passage, "passage must not be null");
      Objects.requireNonNull(place, "place must not be null");
    }
  }

  /** Checks the parts. */
  public QuoteCheck {
    Objects.requireNonNull(quote, "quote must not be null");
    Objects.requireNonNull(outcome, "outcome must not be null");
    Objects.requireNonNull(foundIn, "foundIn must not be null (use Optional.empty())");
    Objects.requireNonNull(unmatched, "unmatched must not be null (use Optional.empty())");
    Objects.requireNonNull(closest, "closest must not be null (use Optional.empty())");
  }

  /** Whether the quote is in the place cited. */
  public boolean isVerified() {
    return outcome == Outcome.VERIFIED;
  }
}
