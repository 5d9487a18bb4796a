package org.briefkit.report.pdf.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.briefkit.model.ActorId;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Colour;
import org.briefkit.model.DateSpan;
import org.briefkit.model.TransferId;
import org.briefkit.model.TransferStatus;
import org.junit.jupiter.api.Test;

class SeriesShapingTest {
  private static final Colour GREY = new Colour(0x808080);

  @Test
  void flowCounts_countsPerCategoryAndStatus_oneSeriesPerStatus() {
    FlowCounts counts = new FlowCounts();
    counts.category("Imports from France");
    counts.add(TransferStatus.DELIVERED, 2);
    counts.add(TransferStatus.ORDERED, 1);
    counts.add(TransferStatus.DELIVERED, 1);
    counts.category("Exports to Poland");
    counts.add(TransferStatus.PLANNED, 4);

    SeriesData data = counts.series(i -> GREY);

    assertThat(data.categories()).containsExactly("Imports from France", "Exports to Poland");
    assertThat(data.series()).hasSize(TransferStatus.values().length);
    assertThat(data.series().get(TransferStatus.DELIVERED.ordinal()).values()).containsExactly(3.0, 0.0);
    assertThat(data.series().get(TransferStatus.ORDERED.ordinal()).values()).containsExactly(1.0, 0.0);
    assertThat(data.series().get(TransferStatus.PLANNED.ordinal()).values()).containsExactly(0.0, 4.0);
  }

  @Test
  void flowCounts_nothingCounted_isEmpty() {
    assertThat(new FlowCounts().isEmpty()).isTrue();
  }

  @Test
  void flowCounts_everyPartnerOneTransfer_repeatsTheTable() {
    FlowCounts counts = new FlowCounts();
    counts.category("Imports from France");
    counts.add(TransferStatus.DELIVERED, 1);
    counts.category("Exports to Poland");
    counts.add(TransferStatus.PLANNED, 1);

    assertThat(counts.repeatsTable()).isTrue();
  }

  @Test
  void flowCounts_aPartnerWithTwoTransfers_showsMoreThanTheTable() {
    FlowCounts counts = new FlowCounts();
    counts.category("Imports from France");
    counts.add(TransferStatus.DELIVERED, 1);
    counts.add(TransferStatus.ORDERED, 1);

    assertThat(counts.repeatsTable()).isFalse();
  }

  @Test
  void transferYears_countedInTheStartYear_everyYearBetween_undatedLeftOut() {
    TransferYears years = TransferYears.of(List.of(
        transfer("a", TransferStatus.DELIVERED, "2037"),
        transfer("b", TransferStatus.DELIVERED, "2040-11-18"),
        transfer("c", TransferStatus.ORDERED, "2040-08"),
        transfer("d", TransferStatus.PLANNED, "2041/2042"),
        transfer("e", TransferStatus.POSSIBLE, null)));

    SeriesData data = years.series(i -> GREY);

    assertThat(years.dated()).isEqualTo(4);
    assertThat(years.repeatsTable()).isFalse();
    assertThat(data.categories()).containsExactly("2037", "2038", "2039", "2040", "2041");
    assertThat(data.series().get(TransferStatus.DELIVERED.ordinal()).values()).containsExactly(1.0, 0.0, 0.0, 1.0, 0.0);
    assertThat(data.series().get(TransferStatus.ORDERED.ordinal()).values()).containsExactly(0.0, 0.0, 0.0, 1.0, 0.0);
    assertThat(data.series().get(TransferStatus.PLANNED.ordinal()).values()).containsExactly(0.0, 0.0, 0.0, 0.0, 1.0);
  }

  @Test
  void transferYears_oneTransferAYear_repeatsTheTable() {
    TransferYears years = TransferYears.of(List.of(
        transfer("a", TransferStatus.DELIVERED, "2037"), transfer("b", TransferStatus.ORDERED, "2040")));

    assertThat(years.repeatsTable()).isTrue();
  }

  @Test
  void transferYears_aMistypedYear_spansTooLongForAChart() {
    TransferYears typo = TransferYears.of(List.of(
        transfer("a", TransferStatus.DELIVERED, "0024"), transfer("b", TransferStatus.DELIVERED, "2024"),
        transfer("c", TransferStatus.DELIVERED, "2024")));
    TransferYears sixty = TransferYears.of(List.of(
        transfer("a", TransferStatus.DELIVERED, "1965"), transfer("b", TransferStatus.DELIVERED, "2024")));

    assertThat(typo.tooLong()).isTrue();
    assertThat(sixty.tooLong()).isFalse();
  }

  @Test
  void transferYears_noneDated_nothingToChart() {
    TransferYears years = TransferYears.of(List.of(transfer("a", TransferStatus.DELIVERED, null)));

    assertThat(years.dated()).isZero();
    assertThat(years.series(i -> GREY).categories()).isEmpty();
  }

  @Test
  void sharesDotPlot_axisEndsAtTheNextTenAboveTheLargestShare_atMost100() {
    assertThat(SharesDotPlot.upperBound(shares(41.5, 12.0))).isEqualTo(50.0);
    assertThat(SharesDotPlot.upperBound(shares(40.0, 0.0))).isEqualTo(50.0);
    assertThat(SharesDotPlot.upperBound(shares(0.0, 0.0))).isEqualTo(10.0);
    assertThat(SharesDotPlot.upperBound(shares(100.0, 0.0))).isEqualTo(100.0);
  }

  @Test
  void groupedBarsHeight_growsWithCategoriesAndSeries() {
    assertThat(Charts.groupedBarsHeight(shares(1.0, 2.0))).isEqualTo(60f + 2 * (1 * 8f + 14f));
  }

  private static ArmsTransfer transfer(String id, TransferStatus status, String when) {
    ArmsTransfer.Builder b = ArmsTransfer.builder(TransferId.of(id), ActorId.of("x"), ActorId.of("y"))
        .items("arms").status(status);
    if (when != null) {
      b.when(DateSpan.parse(when));
    }
    return b.build();
  }

  private static SeriesData shares(double a, double b) {
    return new SeriesData(
        ImmutableList.of("Cyber", "Arms trade"),
        ImmutableList.of(new SeriesData.Series("NATO", GREY, ImmutableList.of(a, b))));
  }
}
