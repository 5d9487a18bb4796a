package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;

/**
 * How well the analysis is supported by evidence, and where it is weak.
 *
 * @param motivations one entry per motivation, in case order
 * @param judgments one entry per key judgment, in case order
 * @param weakSpots the weak spots: first those of motivations in case order (no evidence, or a
 *     single claim), then those of judgments in case order (resting on one motivation, or on
 *     motivations with no evidence)
 * @param sources one entry per source of the case, in case order, cited or not
 */
public record EvidenceCoverage(
    ImmutableList<MotivationCoverage> motivations,
    ImmutableList<JudgmentCoverage> judgments,
    ImmutableList<WeakSpot> weakSpots,
    ImmutableList<SourceUse> sources) {
  /** Copies the lists. */
  public EvidenceCoverage {
    motivations = ImmutableList.copyOf(motivations);
    judgments = ImmutableList.copyOf(judgments);
    weakSpots = ImmutableList.copyOf(weakSpots);
    sources = ImmutableList.copyOf(sources);
  }

  /** How many motivations cite at least one piece of evidence. */
  public int motivationsWithEvidence() {
    return (int) motivations.stream().filter(m -> m.items() > 0).count();
  }
}
