package org.briefkit.report.pdf.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.briefkit.model.Colour;
import org.briefkit.report.Theme;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartTheme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static final Font FACE = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
  private static final ChartStyle STYLE =
      new ChartStyle(FACE, FACE.deriveFont(Font.BOLD), Theme.standard(), Locale.ENGLISH);
  private static final SeriesData DATA =
      new SeriesData(
          ImmutableList.of("Cyber", "Arms trade"),
          ImmutableList.of(
              new SeriesData.Series("NATO", new Colour(0x0072B2), ImmutableList.of(3.0, 0.0)),
              new SeriesData.Series("ROK", new Colour(0xD55E00), ImmutableList.of(2.0, 4.0))));

  @Test
  void groupedBars_eachSeriesInItsStakeholderColour() {
    JFreeChart chart = Charts.groupedBars(DATA, "Weight", STYLE);

    BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
    assertThat(r.getSeriesPaint(0)).isEqualTo(new Color(0x0072B2));
    assertThat(r.getSeriesPaint(1)).isEqualTo(new Color(0xD55E00));
    assertThat(r.getShadowsVisible()).isFalse();
  }

  @Test
  void groupedBars_everyTextElementInTheGivenFace() {
    JFreeChart chart = Charts.groupedBars(DATA, "Weight", STYLE);

    CategoryPlot plot = chart.getCategoryPlot();
    assertThat(List.of(
            plot.getDomainAxis().getTickLabelFont(),
            plot.getRangeAxis().getTickLabelFont(),
            plot.getRangeAxis().getLabelFont(),
            chart.getLegend().getItemFont()))
        .extracting(Font::getFamily)
        .containsOnly(FACE.getFamily());
  }

  @Test
  void groupedBars_tickNumbersInTheStyleLocale_notTheDefault() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      JFreeChart chart = Charts.groupedBars(DATA, "Weight", STYLE);
      NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
      assertThat(axis.getNumberFormatOverride().format(12)).isEqualTo("12");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void sharesDotPlot_markersOnly_eachStakeholderItsColourAndShape() {
    JFreeChart chart = SharesDotPlot.of(DATA, "Share", STYLE);

    LineAndShapeRenderer r = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
    assertThat(r.getDefaultLinesVisible()).isFalse();
    assertThat(r.getSeriesPaint(1)).isEqualTo(new Color(0xD55E00));
    assertThat(r.getSeriesShape(0)).isNotEqualTo(r.getSeriesShape(1));
    assertThat(chart.getLegend()).isNotNull();
  }

  @Test
  void sharesDotPlot_percentAxisWithGridlines_upToTheNextTenAboveTheLargestShare() {
    JFreeChart chart = SharesDotPlot.of(DATA, "Share", STYLE);

    CategoryPlot plot = chart.getCategoryPlot();
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    assertThat(axis.getLabel()).isEqualTo("Share");
    assertThat(axis.getUpperBound()).isEqualTo(10.0);
    assertThat(axis.getTickUnit().valueToString(25)).isEqualTo("25 %");
    assertThat(plot.isRangeGridlinesVisible()).isTrue();
  }

  @Test
  void stackedColumns_vertical_eachSeriesInItsColour() {
    JFreeChart chart = Charts.stackedColumns(DATA, "Transfers", STYLE);

    assertThat(chart.getCategoryPlot().getOrientation()).isEqualTo(PlotOrientation.VERTICAL);
    assertThat(chart.getCategoryPlot().getRenderer().getSeriesPaint(0)).isEqualTo(new Color(0x0072B2));
  }

  @Test
  void timeline_datesInUtc_whateverTheDefaultZone() {
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      JFreeChart chart =
          Charts.timeline(List.of(new TimelineRow(LocalDate.of(2022, 6, 29), LocalDate.of(2022, 6, 30), "Summit")), STYLE);
      DateAxis axis = (DateAxis) ((XYPlot) chart.getPlot()).getDomainAxis();
      assertThat(axis.getTimeZone().getID()).isEqualTo("UTC");
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void stackedColumns_manyYears_labelsUpright() {
    List<String> years = new java.util.ArrayList<>();
    List<Double> counts = new java.util.ArrayList<>();
    for (int y = 2010; y <= 2024; y++) {
      years.add(Integer.toString(y));
      counts.add(1.0);
    }
    SeriesData data = new SeriesData(ImmutableList.copyOf(years),
        ImmutableList.of(new SeriesData.Series("Delivered", new Colour(0x0072B2), ImmutableList.copyOf(counts))));

    JFreeChart chart = Charts.stackedColumns(data, "Transfers", STYLE);

    assertThat(chart.getCategoryPlot().getDomainAxis().getCategoryLabelPositions())
        .isEqualTo(org.jfree.chart.axis.CategoryLabelPositions.UP_90);
    assertThat(Charts.stackedColumns(DATA, "Transfers", STYLE).getCategoryPlot().getDomainAxis()
        .getCategoryLabelPositions()).isEqualTo(org.jfree.chart.axis.CategoryLabelPositions.STANDARD);
  }

  @Test
  void charts_leaveJFreeChartsGlobalThemeAlone() {
    ChartTheme before = ChartFactory.getChartTheme();
    Charts.groupedBars(DATA, "Weight", STYLE);
    SharesDotPlot.of(DATA, "Share", STYLE);
    Charts.stackedColumns(DATA, "Transfers", STYLE);
    assertThat(ChartFactory.getChartTheme()).isSameAs(before);
  }

  @Test
  void seriesData_valuesNotMatchingCategories_rejected() {
    assertThatThrownBy(() -> new SeriesData(ImmutableList.of("A", "B"),
            ImmutableList.of(new SeriesData.Series("X", new Colour(0), ImmutableList.of(1.0)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series X has 1 values for 2 categories");
  }
}
