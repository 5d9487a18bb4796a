package org.briefkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateSpanTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2022-06-29/2022-06-30 | 29–30 June 2022",
        "2022-06-29/2022-07-01 | 29 June – 1 July 2022",
        "2021-12-30/2022-01-02 | 30 December 2021 – 2 January 2022",
        "2022-05/2022-06 | May–June 2022",
        "2005/2012 | 2005–2012",
        "2005/2022-05 | 2005 – May 2022",
        "2022-05 | May 2022",
        "2022-06-29/2022-06-29 | 29 June 2022",
      })
  void format_namesSharedPartsOnce(String iso, String text) {
    assertThat(DateSpan.parse(iso).format()).isEqualTo(text);
  }

  @Test
  void parse_singleDate_isSingleAndPrintsWithoutSlash() {
    DateSpan span = DateSpan.parse("2022-05");

    assertThat(span.isSingle()).isTrue();
    assertThat(span).hasToString("2022-05");
    assertThat(DateSpan.parse("2022-06-29/2022-06-30")).hasToString("2022-06-29/2022-06-30");
  }

  @Test
  void constructor_endBeforeStart_throws() {
    assertThatThrownBy(() -> DateSpan.parse("2022-06-30/2022-06-29"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end (2022-06-29) must not precede start (2022-06-30)");
  }

  @Test
  void parse_impossibleEnd_namesTheDay() {
    assertThatThrownBy(() -> DateSpan.parse("2022-02-01/2022-02-30"))
        .hasMessage("day (30) must be between 1 and 28 in February 2022");
  }

  @Test
  void compareTo_ordersByStartThenEnd() {
    DateSpan a = DateSpan.parse("2022-06-29");
    DateSpan b = DateSpan.parse("2022-06-29/2022-06-30");
    DateSpan c = DateSpan.parse("2022-07");

    assertThat(a).isLessThan(b);
    assertThat(b).isLessThan(c);
  }
}
