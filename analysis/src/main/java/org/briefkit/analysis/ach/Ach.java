package org.briefkit.analysis.ach;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.briefkit.analysis.AnalysisText;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Case;
import org.briefkit.model.Hypothesis;
import org.briefkit.model.Rating;

/**
 * Scores a case's ACH matrices. The formulas (see docs/ach.md):
 *
 * <ul>
 *   <li>an item's weight is credibility × relevance, each low = 1/√2, medium = 1, high = √2;
 *   <li>a hypothesis' score is the sum over items of weight × inconsistency, with II = −2, I = −1
 *       and 0 for N, C, CC and NA (PARC ACH 1.1's weighted inconsistency); the nearer 0, the
 *       better it stands, and the least inconsistent leads;
 *   <li>an item's spread is the highest minus the lowest of its ratings on the full scale
 *       (CC = 2, C = 1, N and NA = 0, I = −1, II = −2), its diagnosticity weight × spread;
 *   <li>the sensitivity of the ranking to an item is the ranking recomputed without it.
 * </ul>
 */
public final class Ach {
  /** Scores closer than this are equal: sums of √2 multiples are not exact in binary. */
  static final double TIE = 1e-9;

  private Ach() {}

  /** The analysis of every matrix of the case, in the case's order. */
  public static ImmutableList<AchAnalysis> analyse(Case c) {
    return c.ach().stream().map(m -> analyse(c, m)).collect(ImmutableList.toImmutableList());
  }

  /** The analysis of one matrix of the case. */
  public static AchAnalysis analyse(Case c, AchMatrix m) {
    List<ScoredItem> scored = new ArrayList<>();
    for (int i = 0; i < m.items().size(); i++) {
      AchItem item = m.items().get(i);
      Level credibility = ItemCredibility.of(c, item);
      double weight = credibility.weight() * item.relevance().weight();
      int spread = spread(item);
      scored.add(new ScoredItem(item, i + 1, credibility, weight, spread, weight * spread));
    }
    ImmutableList<HypothesisScore> ranking = rank(scores(m, scored));
    // The scores in the matrix's order carry their ranks too.
    ImmutableList<HypothesisScore> scores = ranking.stream()
        .sorted(Comparator.comparingInt(HypothesisScore::number))
        .collect(ImmutableList.toImmutableList());
    ImmutableList<ScoredItem> byDiagnosticity =
        scored.stream()
            .sorted(Comparator.comparingDouble(ScoredItem::diagnosticity).reversed()
                .thenComparingInt(ScoredItem::number))
            .collect(ImmutableList.toImmutableList());
    List<Removal> sensitivity = new ArrayList<>();
    List<ScoredItem> linchpins = new ArrayList<>();
    for (ScoredItem item : scored) {
      List<ScoredItem> without = new ArrayList<>(scored);
      without.remove(item);
      ImmutableList<HypothesisScore> r = rank(scores(m, without));
      boolean flips = !leaders(r).equals(leaders(ranking));
      if (flips) {
        linchpins.add(item);
      }
      if (item.diagnostic()) {
        sensitivity.add(new Removal(item, r, flips));
      }
    }
    sensitivity.sort(Comparator.comparingInt(rm -> byDiagnosticity.indexOf(rm.item())));
    ImmutableList<Hypothesis> thin = thinlyTested(m, scored);
    String question = m.question() >= 1 && m.question() <= c.questions().size()
        ? c.questions().get(m.question() - 1) : "";
    AchAnalysis partial = new AchAnalysis(m, question, scores, ranking, byDiagnosticity,
        ImmutableList.copyOf(sensitivity), ImmutableList.copyOf(linchpins), thin, ImmutableList.of());
    return new AchAnalysis(m, question, scores, ranking, byDiagnosticity,
        partial.sensitivity(), partial.linchpins(), thin, AchFindings.of(partial, AnalysisText.load(c.language())));
  }

  /**
   * The spread of an item's ratings on the full scale, NA counting as 0 like N (as it does in
   * the scores): an item that bears on some hypotheses and not on others separates them, and can
   * decide the ranking. 0 when every rating is the same, or with fewer than two.
   */
  static int spread(AchItem item) {
    int max = Integer.MIN_VALUE;
    int min = Integer.MAX_VALUE;
    for (Rating r : item.ratings()) {
      max = Math.max(max, r.value());
      min = Math.min(min, r.value());
    }
    return max == Integer.MIN_VALUE ? 0 : max - min;
  }

  private static ImmutableList<HypothesisScore> scores(AchMatrix m, List<ScoredItem> items) {
    ImmutableList.Builder<HypothesisScore> b = ImmutableList.builder();
    for (int h = 0; h < m.hypotheses().size(); h++) {
      double sum = 0;
      for (ScoredItem item : items) {
        if (h < item.item().ratings().size()) {
          sum += item.weight() * item.item().ratings().get(h).inconsistency();
        }
      }
      b.add(new HypothesisScore(m.hypotheses().get(h), h + 1, sum, 0));
    }
    return b.build();
  }

  /** The scores least inconsistent first, ties in the matrix's order and sharing a rank. */
  private static ImmutableList<HypothesisScore> rank(List<HypothesisScore> scores) {
    List<HypothesisScore> sorted = new ArrayList<>(scores);
    sorted.sort(Comparator.comparingDouble((HypothesisScore s) -> -round(s.inconsistency()))
        .thenComparingInt(HypothesisScore::number));
    ImmutableList.Builder<HypothesisScore> b = ImmutableList.builder();
    int rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      HypothesisScore s = sorted.get(i);
      if (i == 0 || Math.abs(s.inconsistency() - sorted.get(i - 1).inconsistency()) > TIE) {
        rank = i + 1;
      }
      b.add(new HypothesisScore(s.hypothesis(), s.number(), s.inconsistency(), rank));
    }
    return b.build();
  }

  /** Rounds away the binary noise of √2 sums, so that equal scores sort as equal. */
  private static double round(double v) {
    return Math.round(v / TIE) * TIE;
  }

  /** The numbers of the hypotheses ranked first (more than one when they tie). */
  private static java.util.Set<Integer> leaders(List<HypothesisScore> ranking) {
    java.util.Set<Integer> first = new java.util.TreeSet<>();
    ranking.stream().filter(s -> s.rank() == 1).forEach(s -> first.add(s.number()));
    return first;
  }

  private static ImmutableList<Hypothesis> thinlyTested(AchMatrix m, List<ScoredItem> items) {
    ImmutableList.Builder<Hypothesis> b = ImmutableList.builder();
    for (int h = 0; h < m.hypotheses().size(); h++) {
      int tests = 0;
      for (ScoredItem item : items) {
        if (item.diagnostic() && h < item.item().ratings().size()
            && item.item().ratings().get(h).inconsistency() < 0) {
          tests++;
        }
      }
      if (tests < AchAnalysis.ENOUGH_TESTS) {
        b.add(m.hypotheses().get(h));
      }
    }
    return b.build();
  }
}
