package org.briefkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

  @ParameterizedTest
  @CsvSource({
    "2005, YEAR, 2005",
    "2022-05, MONTH, May 2022",
    "2022-06-29, DAY, 29 June 2022",
    "2024-02-29, DAY, 29 February 2024",
    "0001-01-01, DAY, 1 January 1",
  })
  void parse_isoForms_keepPrecisionAndFormat(String iso, PartialDate.Precision precision, String text) {
    PartialDate date = PartialDate.parse(iso);

    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.format()).isEqualTo(text);
    assertThat(date).hasToString(iso);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-02-29 | day (29) must be between 1 and 28 in February 2023",
        "2022-13 | month (13) must be between 1 and 12",
        "2022-00 | month (0) must be between 1 and 12",
        "2022-04-31 | day (31) must be between 1 and 30 in April 2022",
        "2022-04-00 | day (0) must be between 1 and 30 in April 2022",
        "2022-13-00 | month (13) must be between 1 and 12",
        "2022-00-00 | month (0) must be between 1 and 12",
        "2022-13-05 | month (13) must be between 1 and 12",
        "1900-02-29 | day (29) must be between 1 and 28 in February 1900",
        "0000 | year (0) must be between 1 and 9999",
        "22-06-29 | date (\"22-06-29\") must be YYYY, YYYY-MM or YYYY-MM-DD",
        "2022/06/29 | date (\"2022/06/29\") must be YYYY, YYYY-MM or YYYY-MM-DD",
        "June 2022 | date (\"June 2022\") must be YYYY, YYYY-MM or YYYY-MM-DD",
      })
  void parse_impossibleOrMalformed_throwsWithRule(String text, String message) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void parse_leapDayIn2000_isAccepted() {
    assertThat(PartialDate.parse("2000-02-29").latest()).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void compareTo_yearBeforeItsMonthsBeforeTheirDays() {
    List<PartialDate> dates =
        new ArrayList<>(
            List.of(
                PartialDate.parse("2022-06-29"),
                PartialDate.parse("2022"),
                PartialDate.parse("2021-12-31"),
                PartialDate.parse("2022-06"),
                PartialDate.parse("2022-01-01"),
                PartialDate.parse("2022-01")));
    Collections.shuffle(dates, new java.util.Random(7));

    Collections.sort(dates);

    assertThat(dates)
        .extracting(PartialDate::toString)
        .containsExactly("2021-12-31", "2022", "2022-01", "2022-01-01", "2022-06", "2022-06-29");
  }

  @Test
  void earliestAndLatest_monthPrecision_coverTheWholeMonth() {
    PartialDate feb = PartialDate.parse("2024-02");

    assertThat(feb.earliest()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(feb.latest()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.parse("2005").latest()).isEqualTo(LocalDate.of(2005, 12, 31));
  }

  @Test
  void format_withLocale_usesThatLocalesMonthNames() {
    assertThat(PartialDate.parse("2022-06-29").format(Locale.GERMAN)).isEqualTo("29 Juni 2022");
  }

  @Test
  void format_defaultLocaleIsIgnored() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(PartialDate.parse("2022-05").format()).isEqualTo("May 2022");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void factories_rejectMissingParts() {
    assertThatThrownBy(() -> PartialDate.ofMonth(2022, 0))
        .hasMessage("month (0) must be between 1 and 12");
    assertThatThrownBy(() -> PartialDate.ofDay(2022, 6, 0))
        .hasMessage("a full date needs a month and a day (2022-6-0)");
    assertThatThrownBy(() -> new PartialDate(2022, 0, 5)).hasMessage("day (5) needs a month");
  }
}
