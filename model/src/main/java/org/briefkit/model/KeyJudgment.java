package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * A bottom-line judgment of the analysis, with the analyst's confidence and the
 * motivations it rests on.
 *
 * @param id the id
 * @param statement the judgment in a sentence or two
 * @param confidence low, moderate or high
 * @param likelihood an estimative term, where the judgment is a forecast
 * @param supportedBy the motivations that support it (a case must name at least one)
 */
public record KeyJudgment(
    JudgmentId id,
    String statement,
    Confidence confidence,
    Optional<Likelihood> likelihood,
    ImmutableList<MotivationId> supportedBy) {

  /** Checks the components and copies the list. */
  public KeyJudgment {
    Objects.requireNonNull(id, "id must not be null");
    Texts.required("judgment statement", statement);
    Objects.requireNonNull(confidence, "confidence must not be null");
    Objects.requireNonNull(likelihood, "likelihood must not be null");
    supportedBy = ImmutableList.copyOf(supportedBy);
  }

  /** A judgment without a likelihood term. */
  public static KeyJudgment of(
      JudgmentId id, String statement, Confidence confidence, MotivationId... supportedBy) {
    return new KeyJudgment(
        id, statement, confidence, Optional.empty(), ImmutableList.copyOf(supportedBy));
  }
}
