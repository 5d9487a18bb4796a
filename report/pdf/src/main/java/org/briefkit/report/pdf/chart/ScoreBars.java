package org.briefkit.report.pdf.chart;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
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

  /**
   * A score as the brief writes it: two decimals and a true minus sign, "−2.83"; never "−0.00"
   * (a score is a sum of multiples of √2 and 1, and a sum that is 0 may come out as −0.0 or a
   * trace below it).
   */
  public static String score(double v) {
    String s = String.format(Locale.ROOT, "%.2f", Math.abs(v) < 0.005 ? 0.0 : v);
    return s.replace('-', '\u2212');
  }
}
