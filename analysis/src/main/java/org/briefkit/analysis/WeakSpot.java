package org.briefkit.analysis;

import java.util.Objects;
import org.briefkit.model.Id;

/**
 * A place where the analysis rests on little: worth a second look before publishing.
 *
 * @param kind what is weak
 * @param subject the motivation or judgment concerned
 * @param message what is weak, in a sentence
 */
public record WeakSpot(Kind kind, Id subject, String message) {
  /** What makes a spot weak. */
  public enum Kind {
    /** A motivation cites no evidence at all. */
    NO_EVIDENCE,
    /** A motivation's only evidence is one claim: what an actor says, reported by a source. */
    SINGLE_CLAIM,
    /** A key judgment rests on a single motivation. */
    SINGLE_MOTIVATION,
    /** None of the motivations a key judgment rests on cites any evidence. */
    UNSUPPORTED_JUDGMENT
  }

  /** Checks the components. */
  public WeakSpot {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }
}
