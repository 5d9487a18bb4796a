package org.briefkit.report.pdf.chart;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefkit.model.Case;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.KeyJudgment;

/**
 * The key judgments of a case as marks on its estimative scale: each judgment with a likelihood
 * on the row of its band, numbered as in the brief. A likelihood names a band, not a point, so
 * a lone mark sits at the band's middle and several share the band evenly; where a band is too
 * narrow for them, they are set side by side around its middle, {@value #MIN_SPACING} points of
 * percentage apart, so that no marker hides another. Judgments without a likelihood are not
 * placed.
 */
public final class ScaleMarks {
  /** The least distance between two marks on one row, in points of percentage. */
  static final double MIN_SPACING = 4.5;
  /** How near the ends of the axis a mark may sit, in points of percentage. */
  static final double EDGE = 2.5;

  private ScaleMarks() {}

  /** The marks of {@code c}'s judgments on {@code c}'s scale, in judgment order. */
  public static ImmutableList<ScaleMark> of(Case c) {
    EstimativeScale scale = c.scale();
    int[] perRow = new int[scale.bands().size()];
    for (KeyJudgment j : c.judgments()) {
      row(scale, j).ifPresent(r -> perRow[r]++);
    }
    List<ScaleMark> marks = new ArrayList<>();
    int[] placed = new int[scale.bands().size()];
    for (int i = 0; i < c.judgments().size(); i++) {
      KeyJudgment j = c.judgments().get(i);
      Optional<Integer> row = row(scale, j);
      if (row.isEmpty()) {
        continue;
      }
      int r = row.get();
      EstimativeScale.Band b = scale.bands().get(r);
      double x = position(b.lowPercent(), b.highPercent(), placed[r]++, perRow[r]);
      marks.add(new ScaleMark(i + 1, r, x, j.confidence()));
    }
    return ImmutableList.copyOf(marks);
  }

  /**
   * Where the {@code k}th of {@code count} marks in the band {@code low}–{@code high} sits:
   * evenly spread within the band, or side by side around its middle when the band is too
   * narrow, the group moved as a whole to stay within {@value #EDGE}–(100 − {@value #EDGE}) %
   * so that no marker is cut by the plot's edge.
   */
  static double position(int low, int high, int k, int count) {
    double width = high - low;
    if (width / (count + 1) >= MIN_SPACING) {
      return Math.max(EDGE, Math.min(100 - EDGE, low + (k + 1) * width / (count + 1)));
    }
    double first = (low + high) / 2.0 - (count - 1) / 2.0 * MIN_SPACING;
    double last = first + (count - 1) * MIN_SPACING;
    if (last > 100 - EDGE) {
      first -= last - (100 - EDGE);
    }
    first = Math.max(EDGE, first);
    return first + k * MIN_SPACING;
  }

  private static Optional<Integer> row(EstimativeScale scale, KeyJudgment j) {
    return j.likelihood().flatMap(scale::band).map(scale.bands()::indexOf);
  }
}
