package org.briefkit.analysis.ach;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.briefkit.analysis.AnalysisText;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Hypothesis;

/**
 * What an ACH matrix shows: the scores, the ranking, the items by diagnosticity, how the
 * ranking depends on single items, the hypotheses too little tested, and findings in words.
 *
 * @param matrix the matrix
 * @param question the question it answers, as the case states it (empty if the case has none)
 * @param scores each hypothesis' score and rank, in the matrix's order of hypotheses
 * @param ranking the same scores, least inconsistent first (ties in the matrix's order)
 * @param items the items, most diagnostic first (ties in the matrix's order)
 * @param sensitivity for every diagnostic item, most diagnostic first, the ranking without it
 * @param linchpins the items without which other hypotheses would rank first, in the
 *     matrix's order (always diagnostic ones: an item rated alike moves every score alike)
 * @param thinlyTested the hypotheses that fewer than two diagnostic items rate inconsistent
 *     (I or II): the matrix has hardly tried to refute them
 * @param findings what the matrix shows, in sentences, in the case's language ({@link
 *     #findings(String)} gives them in another)
 */
public record AchAnalysis(
    AchMatrix matrix,
    String question,
    ImmutableList<HypothesisScore> scores,
    ImmutableList<HypothesisScore> ranking,
    ImmutableList<ScoredItem> items,
    ImmutableList<Removal> sensitivity,
    ImmutableList<ScoredItem> linchpins,
    ImmutableList<Hypothesis> thinlyTested,
    ImmutableList<String> findings) {

  /** The fewest diagnostic inconsistent ratings that test a hypothesis enough. */
  public static final int ENOUGH_TESTS = 2;

  /** Checks the parts and copies the lists. */
  public AchAnalysis {
    Objects.requireNonNull(matrix, "matrix must not be null");
    Objects.requireNonNull(question, "question must not be null");
    scores = ImmutableList.copyOf(scores);
    ranking = ImmutableList.copyOf(ranking);
    items = ImmutableList.copyOf(items);
    sensitivity = ImmutableList.copyOf(sensitivity);
    linchpins = ImmutableList.copyOf(linchpins);
    thinlyTested = ImmutableList.copyOf(thinlyTested);
    findings = ImmutableList.copyOf(findings);
  }

  /**
   * What the matrix shows in the language BriefKit generates for BCP 47 tag {@code language}:
   * the findings written afresh in the words of that language.
   */
  public ImmutableList<String> findings(String language) {
    return AchFindings.of(this, AnalysisText.load(language));
  }

  /** The least inconsistent hypothesis (the first in the matrix's order among ties). */
  public HypothesisScore leader() {
    return ranking.get(0);
  }

  /**
   * How far the leader is ahead of the runner-up: the difference of their scores, 0 when they
   * tie or when there is only one hypothesis.
   */
  public double margin() {
    return ranking.size() < 2 ? 0 : ranking.get(0).inconsistency() - ranking.get(1).inconsistency();
  }
}
