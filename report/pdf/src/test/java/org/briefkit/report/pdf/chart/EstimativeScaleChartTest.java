package org.briefkit.report.pdf.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefkit.model.Confidence;
import org.briefkit.model.EstimativeScale;
import org.briefkit.report.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

class EstimativeScaleChartTest {
  private static final Font FACE = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
  private static final ChartStyle STYLE =
      new ChartStyle(FACE, FACE.deriveFont(Font.BOLD), Theme.standard(), Locale.ENGLISH);
  private static final EstimativeScale ICD = EstimativeScale.named("icd-203").orElseThrow();
  private static final EstimativeScale PHIA = EstimativeScale.named("phia").orElseThrow();

  @Test
  void gaps_phia_theDeliberateGapsBetweenBands() {
    assertThat(EstimativeScaleChart.gaps(PHIA)).containsExactly(
        new double[] {5, 10}, new double[] {20, 25}, new double[] {35, 40}, new double[] {50, 55},
        new double[] {75, 80}, new double[] {90, 95});
  }

  @Test
  void gaps_icd203_onlyTheEndsNoTermCovers() {
    assertThat(EstimativeScaleChart.gaps(ICD)).containsExactly(new double[] {0, 1}, new double[] {99, 100});
  }

  @Test
  void of_rowPerBand_leastLikelyAtTheBottom_labelledWithTermAndRange() {
    XYPlot plot = EstimativeScaleChart.of(PHIA, ImmutableList.of(), STYLE).getXYPlot();

    SymbolAxis rows = (SymbolAxis) plot.getRangeAxis();
    assertThat(rows.getSymbols()).containsExactly(
        "remote chance (≤5 %)", "highly unlikely (10–20 %)", "unlikely (25–35 %)",
        "realistic possibility (40–50 %)", "likely (55–75 %)", "highly likely (80–90 %)",
        "almost certain (95–100 %)");
    assertThat(plot.getDomainAxis().getLowerBound()).isZero();
    assertThat(plot.getDomainAxis().getUpperBound()).isEqualTo(100);
  }

  @Test
  void of_gapsShaded_opaque() {
    XYPlot plot = EstimativeScaleChart.of(PHIA, ImmutableList.of(), STYLE).getXYPlot();

    List<Object> markers = new ArrayList<>();
    for (Object m : plot.getDomainMarkers(Layer.BACKGROUND)) {
      markers.add(m);
    }
    assertThat(markers).hasSize(6).allSatisfy(m -> {
      assertThat(m).isInstanceOf(IntervalMarker.class);
      assertThat(((Marker) m).getAlpha()).isEqualTo(1f);
    });
  }

  @Test
  void of_marks_oneSeriesPerConfidence_filledAsTheBadges() {
    List<ScaleMark> marks = List.of(
        new ScaleMark(1, 4, 67.5, Confidence.HIGH), new ScaleMark(2, 0, 3, Confidence.LOW));
    JFreeChart chart = EstimativeScaleChart.of(ICD, marks, STYLE);
    XYPlot plot = chart.getXYPlot();
    Color accent = ChartStyle.awt(Theme.standard().accent());

    assertThat(plot.getDataset().getSeriesCount()).isEqualTo(3);
    assertThat(plot.getDataset().getItemCount(0)).isEqualTo(1);
    assertThat(plot.getDataset().getXValue(0, 0)).isEqualTo(67.5);
    assertThat(plot.getDataset().getYValue(0, 0)).isEqualTo(4);
    assertThat(plot.getDataset().getItemCount(1)).isZero();
    assertThat(plot.getDataset().getItemCount(2)).isEqualTo(1);
    assertThat(plot.getRenderer().getSeriesFillPaint(0)).isEqualTo(ConfidenceLook.of(Confidence.HIGH, accent).fill());
    assertThat(plot.getRenderer().getSeriesFillPaint(2)).isEqualTo(Color.WHITE);
  }

  @Test
  void of_legend_threeConfidencesAndTheGaps() {
    XYPlot plot = EstimativeScaleChart.of(PHIA, ImmutableList.of(), STYLE).getXYPlot();

    List<String> labels = new ArrayList<>();
    for (int i = 0; i < plot.getFixedLegendItems().getItemCount(); i++) {
      labels.add(plot.getFixedLegendItems().get(i).getLabel());
    }
    assertThat(labels).containsExactly(
        "high confidence", "moderate confidence", "low confidence", "no term on this scale");
  }

  @Test
  void of_everyTextElementInTheGivenFace() {
    JFreeChart chart = EstimativeScaleChart.of(ICD, ImmutableList.of(), STYLE);
    XYPlot plot = chart.getXYPlot();

    assertThat(List.of(plot.getDomainAxis().getTickLabelFont(), plot.getDomainAxis().getLabelFont(),
            plot.getRangeAxis().getTickLabelFont(), chart.getLegend().getItemFont()))
        .extracting(Font::getFamily)
        .containsOnly(FACE.getFamily());
  }

  @Test
  void of_tickLabelsInTheStyleLocale_notTheDefault() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      XYPlot plot = EstimativeScaleChart.of(ICD, ImmutableList.of(), STYLE).getXYPlot();
      org.jfree.chart.axis.NumberAxis axis = (org.jfree.chart.axis.NumberAxis) plot.getDomainAxis();
      assertThat(axis.getTickUnit().valueToString(50)).isEqualTo("50 %");
    } finally {
      Locale.setDefault(before);
    }
  }
}
