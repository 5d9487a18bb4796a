package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Motivation;

/**
 * How well one key judgment is supported, through the motivations it rests on.
 *
 * @param judgment the key judgment
 * @param motivations the motivations it rests on, in the order the judgment lists them
 * @param items how many pieces of evidence those motivations cite together
 * @param sources how many distinct sources that evidence comes from
 */
public record JudgmentCoverage(
    KeyJudgment judgment, ImmutableList<Motivation> motivations, int items, int sources) {
  /** Checks the components and copies the list. */
  public JudgmentCoverage {
    Objects.requireNonNull(judgment, "judgment must not be null");
    motivations = ImmutableList.copyOf(motivations);
  }
}
