package org.briefkit.analysis.changes;

import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.Confidence;
import org.briefkit.model.Likelihood;

/**
 * A key judgment whose confidence or likelihood changed: both, old and new, whichever changed,
 * and the reason the new version gives.
 *
 * @param confidenceBefore the confidence in the old version
 * @param confidenceAfter the confidence in the new version
 * @param likelihoodBefore the likelihood in the old version, if it gave one
 * @param likelihoodAfter the likelihood in the new version, if it gives one
 * @param reason the new version's {@code changeReason}, if it gives one
 */
public record EstimateChange(
    Confidence confidenceBefore,
    Confidence confidenceAfter,
    Optional<Likelihood> likelihoodBefore,
    Optional<Likelihood> likelihoodAfter,
    Optional<String> reason) {
  /** Checks that the parts are present and that the confidence or the likelihood changed. */
  public EstimateChange {
    Objects.requireNonNull(confidenceBefore, "confidenceBefore must not be null");
    Objects.requireNonNull(confidenceAfter, "confidenceAfter must not be null");
    Objects.requireNonNull(likelihoodBefore, "likelihoodBefore must not be null (use Optional.empty())");
    Objects.requireNonNull(likelihoodAfter, "likelihoodAfter must not be null (use Optional.empty())");
    Objects.requireNonNull(reason, "reason must not be null (use Optional.empty())");
    if (confidenceBefore == confidenceAfter && likelihoodBefore.equals(likelihoodAfter)) {
      throw new IllegalArgumentException(
          "neither confidence (" + confidenceAfter.key() + ") nor likelihood ("
              + likelihoodAfter.map(Likelihood::key).orElse("none") + ") changed");
    }
  }

  /** Whether the confidence changed. */
  public boolean confidenceChanged() {
    return confidenceBefore != confidenceAfter;
  }

  /** Whether the likelihood changed (given, taken away or another band). */
  public boolean likelihoodChanged() {
    return !likelihoodBefore.equals(likelihoodAfter);
  }
}
