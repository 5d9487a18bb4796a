package org.briefkit.analysis.changes;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.briefkit.model.KeyJudgment;

/**
 * The one comparison that is not field by field: a judgment's confidence and likelihood are
 * read together, both old and new shown when either changed, with the reason the new version
 * gives.
 */
final class Estimates {
  /** The judgment's fields that an {@link EstimateChange} reports instead of field changes. */
  static final ImmutableSet<String> FIELDS = ImmutableSet.of("confidence", "likelihood", "changeReason");

  private Estimates() {}

  /** The change of the estimate from {@code before} to {@code after}, if its confidence or likelihood changed. */
  static Optional<EstimateChange> of(KeyJudgment before, KeyJudgment after) {
    if (before.confidence() == after.confidence() && before.likelihood().equals(after.likelihood())) {
      return Optional.empty();
    }
    return Optional.of(
        new EstimateChange(
            before.confidence(), after.confidence(), before.likelihood(), after.likelihood(),
            after.changeReason()));
  }
}
