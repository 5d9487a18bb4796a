package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.Fixtures.*;

import java.time.Period;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;
import org.briefkit.model.PartialDate.Precision;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private final Timeline timeline = Analyzer.analyze(fixture()).timeline();

  @Test
  void entries_chronological_yearBeforeItsMonths_undatedApart() {
    assertThat(timeline.entries()).extracting(e -> e.event().id().value())
        .containsExactly("e1", "e5", "e2", "e3", "e6");
    assertThat(timeline.undated()).extracting(e -> e.id().value()).containsExactly("e4");
  }

  @Test
  void entry_saysItsPrecisionAndSpan() {
    assertThat(timeline.entries())
        .extracting(TimelineEntry::label, TimelineEntry::precision, TimelineEntry::span)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2005", Precision.YEAR, false),
            org.assertj.core.groups.Tuple.tuple("2012", Precision.YEAR, false),
            org.assertj.core.groups.Tuple.tuple("May 2012", Precision.MONTH, false),
            org.assertj.core.groups.Tuple.tuple("15 October 2019", Precision.DAY, false),
            org.assertj.core.groups.Tuple.tuple("29–30 June 2022", Precision.DAY, true));
  }

  @Test
  void threads_onePerTag_inFirstAppearanceOrder() {
    assertThat(timeline.threads()).extracting(Milestones::label).containsExactly("partnership", "summit");
    assertThat(timeline.thread("summit").orElseThrow().gaps()).isEmpty();
    assertThat(timeline.thread("exercise")).isEmpty();
  }

  @Test
  void gaps_noFinerThanTheCoarserDate() {
    Milestones m = timeline.thread("partnership").orElseThrow();
    assertThat(m.entries()).extracting(e -> e.event().id().value()).containsExactly("e1", "e2", "e3");
    Gap first = m.gaps().get(0);
    assertThat(first.precision()).isEqualTo(Precision.YEAR);
    assertThat(first.period()).isEqualTo(Period.ofYears(7));
    assertThat(first.text()).isEqualTo("7 years");
    // 31 December 2005 to 1 May 2012, and 1 January 2005 to 31 May 2012
    assertThat(first.minDays()).isEqualTo(2313);
    assertThat(first.maxDays()).isEqualTo(2707);
    Gap second = m.gaps().get(1);
    assertThat(second.precision()).isEqualTo(Precision.MONTH);
    assertThat(second.period()).isEqualTo(Period.of(7, 5, 0));
    assertThat(second.text()).isEqualTo("7 years and 5 months");
  }

  @Test
  void milestones_customSelector_dayPrecisionGap() {
    Milestones m = timeline.milestones("dated to the day", e -> e.id().value().matches("e3|e6"));
    assertThat(m.gaps()).singleElement().satisfies(g -> {
      assertThat(g.precision()).isEqualTo(Precision.DAY);
      assertThat(g.period()).isEqualTo(Period.of(2, 8, 14));
      assertThat(g.text()).isEqualTo("2 years, 8 months and 14 days");
      assertThat(g.minDays()).isEqualTo(g.maxDays());
    });
  }

  @Test
  void gap_yearAndAMonthOfThatYear_lessThanAYear() {
    Milestones m = timeline.milestones("2012", e -> e.id().value().matches("e2|e5"));
    Gap g = m.gaps().get(0);
    assertThat(g.text()).isEqualTo("less than a year");
    assertThat(g.minDays()).isZero();
    assertThat(g.maxDays()).isEqualTo(151); // 1 January to 31 May 2012
  }

  @Test
  void milestones_byKind_selectsAgreements() {
    assertThat(timeline.milestones("agreements", e -> e.kind() == EventKind.AGREEMENT).entries())
        .hasSize(3);
  }

  @Test
  void timeline_noEvents_isEmpty() {
    Timeline t = Analyzer.analyze(empty()).timeline();
    assertThat(t.entries()).isEmpty();
    assertThat(t.undated()).isEmpty();
    assertThat(t.threads()).isEmpty();
  }

  @Test
  void describe_singularsAndZeroes() {
    assertThat(TimelineAnalysis.describe(Precision.DAY, Period.of(1, 1, 1)))
        .isEqualTo("1 year, 1 month and 1 day");
    assertThat(TimelineAnalysis.describe(Precision.MONTH, Period.ZERO))
        .isEqualTo("less than a month");
    assertThat(TimelineAnalysis.describe(Precision.DAY, Period.ZERO)).isEqualTo("0 days");
    assertThat(TimelineAnalysis.describe(Precision.YEAR, Period.of(3, 4, 5))).isEqualTo("3 years");
  }

  @Test
  void threads_orderedByFirstMilestone_undatedOnlyThreadLast() {
    Timeline t =
        Analyzer.analyze(
                base()
                    .events(
                        Event.builder(EventId.of("x1"), "Undated", EventKind.OTHER).tags("aaa").build(),
                        Event.builder(EventId.of("x2"), "Late", EventKind.OTHER).when("2020").tags("late").build(),
                        Event.builder(EventId.of("x3"), "Early", EventKind.OTHER).when("2001-03").tags("early").build())
                    .build())
            .timeline();
    assertThat(t.threads()).extracting(Milestones::label).containsExactly("early", "late", "aaa");
    assertThat(t.thread("aaa").orElseThrow().entries()).isEmpty();
  }

  @Test
  void entries_sameDate_keepCaseOrder() {
    Timeline t =
        Analyzer.analyze(
                base()
                    .events(
                        Event.builder(EventId.of("b"), "B", EventKind.OTHER).when("2022-06-29").build(),
                        Event.builder(EventId.of("a"), "A", EventKind.OTHER).when("2022-06-29").build(),
                        Event.builder(EventId.of("c"), "C", EventKind.OTHER)
                            .when("2022-06-29/2022-06-30").build(),
                        Event.builder(EventId.of("d"), "D", EventKind.OTHER).when("2022-06").build())
                    .build())
            .timeline();
    assertThat(t.entries()).extracting(e -> e.event().id().value()).containsExactly("d", "b", "a", "c");
    assertThat(t.entries().get(3).precision()).isEqualTo(Precision.DAY);
    assertThat(t.entries().get(3).span()).isTrue();
  }

  @Test
  void entry_spanFromAMonthToADay_takesTheCoarserPrecision() {
    TimelineEntry e =
        TimelineEntry.of(
            Event.builder(EventId.of("s"), "S", EventKind.OTHER).build(),
            org.briefkit.model.DateSpan.parse("2022-05/2022-06-30"));
    assertThat(e.precision()).isEqualTo(Precision.MONTH);
    assertThat(e.label()).isEqualTo("May 2022 – 30 June 2022");
  }
}
