package org.briefkit.report.pdf.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.briefkit.model.Messages;
import org.briefkit.report.pdf.text.BriefText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class ChartDescriptionTest {
  private static final Messages EN = BriefText.load("en");
  private static final Messages KO = BriefText.load("ko");

  private static JFreeChart bars(DefaultCategoryDataset data) {
    return new JFreeChart(new CategoryPlot(data, new CategoryAxis("Domain"), new NumberAxis("Weight"), new BarRenderer()));
  }

  @Test
  void severalSeries_saysWhichIsHighestWhere_andLeavesTiesOut() {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    d.addValue(3, "NATO", "Cybersecurity");
    d.addValue(2, "Seoul", "Cybersecurity");
    d.addValue(2, "NATO", "Alliance politics");
    d.addValue(9, "Seoul", "Alliance politics");
    d.addValue(2, "NATO", "Arms trade");
    d.addValue(2, "Seoul", "Arms trade");
    ChartData data = ChartData.of(bars(d), EN);

    assertThat(data.header()).containsExactly("Domain", "NATO", "Seoul");
    assertThat(data.rows().get(1)).containsExactly("Alliance politics", "2", "9");
    assertThat(ChartDescription.of(data, "Weighted motivations by domain", EN))
        .isEqualTo("Bar chart: Weighted motivations by domain. Highest: NATO in Cybersecurity (3); "
            + "Seoul in Alliance politics (9).");
  }

  @Test
  void oneSeries_namesTheLargestFirst_atMostFour() {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    for (int i = 1; i <= 6; i++) {
      d.addValue(i * 1.5, "Count", "C" + i);
    }
    assertThat(ChartDescription.of(ChartData.of(bars(d), EN), "Counts.", EN))
        .isEqualTo("Bar chart: Counts. Largest first: C6 (9), C5 (7.50), C4 (6), C3 (4.50) and 2 more.");
  }

  @Test
  void korean_isWrittenInKorean() {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    d.addValue(3, "NATO", "사이버 안보");
    d.addValue(2, "서울", "사이버 안보");
    d.addValue(2, "NATO", "동맹 정치");
    d.addValue(9, "서울", "동맹 정치");
    assertThat(ChartDescription.of(ChartData.of(bars(d), KO), "영역별 가중 동기", KO))
        .isEqualTo("막대 그래프: 영역별 가중 동기. 가장 높은 값: NATO — 사이버 안보(3); 서울 — 동맹 정치(9).");
  }

  @Test
  void span_ofAWholeYearOrMonth_isThatYearOrMonth_writtenAsTheBriefWritesDates() {
    assertThat(ChartData.span(LocalDate.of(2005, 1, 1), LocalDate.of(2005, 12, 31)).format(Locale.ENGLISH))
        .isEqualTo("2005");
    assertThat(ChartData.span(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31)).format(Locale.ENGLISH))
        .isEqualTo("May 2022");
    assertThat(ChartData.span(LocalDate.of(2022, 6, 29), LocalDate.of(2022, 6, 30)).format(Locale.ENGLISH))
        .isEqualTo("29–30 June 2022");
    assertThat(ChartData.span(LocalDate.of(2022, 6, 29), LocalDate.of(2022, 6, 30)).format(Locale.KOREAN))
        .isEqualTo("2022년 6월 29–30일");
  }
}
