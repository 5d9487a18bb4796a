package org.briefkit.report.pdf.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.briefkit.report.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class AchScoresChartTest {
  private static final Font FACE = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
  private static final ChartStyle STYLE =
      new ChartStyle(FACE, FACE.deriveFont(Font.BOLD), Theme.standard(), Locale.ENGLISH);
  private static final List<ScoreBar> BARS = List.of(
      new ScoreBar("H1", -2 * Math.sqrt(2), true), new ScoreBar("H2", -4, false), new ScoreBar("H3", 0, false));

  @Test
  void of_horizontalBars_oneCategoryPerHypothesis_inTheMatrixOrder() {
    CategoryPlot plot = AchScoresChart.of(BARS, STYLE).getCategoryPlot();

    assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
    assertThat(plot.getDataset().getColumnCount()).isEqualTo(3);
    assertThat(List.of(plot.getDataset().getColumnKey(0), plot.getDataset().getColumnKey(1),
        plot.getDataset().getColumnKey(2))).containsExactly("H1", "H2", "H3");
  }

  private static final String LEADS = STYLE.words().get("ach.chart.leads");
  private static final String OTHERS = STYLE.words().get("ach.chart.others");

  @Test
  void of_leaderInItsOwnSeries_eachBarDrawnOnce() {
    CategoryDataset data = AchScoresChart.of(BARS, STYLE).getCategoryPlot().getDataset();

    assertThat(data.getRowCount()).isEqualTo(2);
    assertThat(List.of(data.getRowKey(0), data.getRowKey(1))).containsExactly(LEADS, OTHERS);
    assertThat(data.getValue(LEADS, "H1").doubleValue()).isEqualTo(-2 * Math.sqrt(2));
    assertThat(data.getValue(OTHERS, "H1")).isNull();
    assertThat(data.getValue(LEADS, "H2")).isNull();
    assertThat(data.getValue(OTHERS, "H2").doubleValue()).isEqualTo(-4);
    assertThat(data.getValue(OTHERS, "H3").doubleValue()).isZero();
  }

  @Test
  void of_leaderFilledWithTheAccent_othersWithALighterTint() {
    JFreeChart chart = AchScoresChart.of(BARS, STYLE);
    CategoryItemRenderer r = chart.getCategoryPlot().getRenderer();
    Color accent = ChartStyle.awt(Theme.standard().accent());

    assertThat(r.getSeriesPaint(0)).isEqualTo(accent);
    Color others = (Color) r.getSeriesPaint(1);
    assertThat(others.getRed() + others.getGreen() + others.getBlue())
        .isGreaterThan(accent.getRed() + accent.getGreen() + accent.getBlue() + 200);
    assertThat(chart.getCategoryPlot().getFixedLegendItems().getItemCount()).isEqualTo(2);
  }

  @Test
  void of_labelsEveryBarWithItsScore_twoDecimals_minusSign() {
    CategoryPlot plot = AchScoresChart.of(BARS, STYLE).getCategoryPlot();
    CategoryItemRenderer r = plot.getRenderer();

    assertThat(r.getDefaultItemLabelsVisible()).isTrue();
    assertThat(r.getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 0)).isEqualTo("−2.83");
    assertThat(r.getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 1, 2)).isEqualTo("0.00");
  }

  @Test
  void of_valueAxisFromBeyondTheLongestBarToZero() {
    CategoryPlot plot = AchScoresChart.of(BARS, STYLE).getCategoryPlot();

    assertThat(plot.getRangeAxis().getUpperBound()).isZero();
    assertThat(plot.getRangeAxis().getLowerBound()).isLessThan(-4.4);
    assertThat(AchScoresChart.lowerBound(List.of(new ScoreBar("H1", 0, true), new ScoreBar("H2", 0, true))))
        .isEqualTo(-1);
  }

  @Test
  void of_tie_noOtherHypothesesInTheLegend() {
    List<ScoreBar> tie = List.of(new ScoreBar("H1", -1, true), new ScoreBar("H2", -1, true));

    assertThat(AchScoresChart.of(tie, STYLE).getCategoryPlot().getFixedLegendItems().getItemCount()).isEqualTo(1);
  }

  @Test
  void height_growsWithTheHypotheses() {
    assertThat(AchScoresChart.height(4)).isGreaterThan(AchScoresChart.height(3));
  }

  @Test
  void scoreBar_positiveScore_refused() {
    assertThatThrownBy(() -> new ScoreBar("H1", 0.5, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score (0.5) must be 0 or below");
  }
}
