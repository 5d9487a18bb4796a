package org.briefkit.report.pdf.chart;

import com.google.common.collect.ImmutableList;
import org.briefkit.analysis.ach.AchAnalysis;
import org.briefkit.analysis.ach.HypothesisScore;

/**
 * The scores of an ACH matrix as bars: one per hypothesis in the matrix's order, labelled H1,
 * H2, … as the brief and the workbook label them, the leaders (the least inconsistent, several
 * when they tie) marked. Also how the brief writes a score.
 */
public final class ScoreBars {
  private ScoreBars() {}

  /** The bars of {@code a}'s hypotheses, in the matrix's order. */
  public static ImmutableList<ScoreBar> of(AchAnalysis a) {
    ImmutableList.Builder<ScoreBar> b = ImmutableList.builder();
    for (HypothesisScore s : a.scores()) {
      boolean leads = a.ranking().stream().anyMatch(r -> r.number() == s.number() && r.rank() == 1);
      b.add(new ScoreBar(label(s.number()), s.inconsistency(), leads));
    }
    return b.build();
  }

  /** The label of the hypothesis in column {@code number} (from 1): "H1". */
  public static String label(int number) {
    return "H" + number;
  }
}
