package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.briefkit.model.Id;

/**
 * A place where the analysis rests on little: worth a second look before publishing.
 *
 * @param kind what is weak
 * @param subject the motivation or judgment concerned
 * @param details what the sentence saying what is weak names, in order: the subject's id, then
 *     a motivation's claim and its one claim's citation, or a judgment's one motivation
 */
public record WeakSpot(Kind kind, Id subject, ImmutableList<String> details) {
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
    details = ImmutableList.copyOf(details);
  }

  /** What is weak, in an English sentence. */
  public String message() {
    return message("en");
  }

  /** What is weak, in a sentence in the language BriefKit generates for BCP 47 tag {@code language}. */
  public String message(String language) {
    return AnalysisText.load(language).get("spot." + kind.name(), details.toArray());
  }
}
