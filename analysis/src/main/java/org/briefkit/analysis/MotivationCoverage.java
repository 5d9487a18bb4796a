package org.briefkit.analysis;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Motivation;

/**
 * How well one motivation is supported.
 *
 * @param motivation the motivation
 * @param items how many pieces of evidence it cites
 * @param sources how many distinct sources those pieces come from
 * @param byKind how many pieces are facts, claims and assessments (every kind present, in
 *     that order, zeros included)
 */
public record MotivationCoverage(
    Motivation motivation, int items, int sources, ImmutableMap<EvidenceKind, Integer> byKind) {
  /** Checks the components and copies the map. */
  public MotivationCoverage {
    Objects.requireNonNull(motivation, "motivation must not be null");
    byKind = ImmutableMap.copyOf(byKind);
  }
}
