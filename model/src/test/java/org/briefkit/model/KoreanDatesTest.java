package org.briefkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates and spans as a Korean brief and workbook write them: year, month, day, each with its unit. */
class KoreanDatesTest {
  private static final Locale KOREAN = Locale.forLanguageTag("ko");

  @ParameterizedTest
  @CsvSource({
    "2005, 2005년",
    "2022-06, 2022년 6월",
    "2022-06-30, 2022년 6월 30일",
    "2022-12-01, 2022년 12월 1일",
  })
  void format_korean_writesEachPartWithItsUnit(String iso, String korean) {
    assertThat(PartialDate.parse(iso).format(KOREAN)).isEqualTo(korean);
  }

  @ParameterizedTest
  @CsvSource({
    "2022-06-29/2022-06-30, 2022년 6월 29–30일",
    "2022-05/2022-06, 2022년 5–6월",
    "2022-06-29/2022-07-02, 2022년 6월 29일 – 7월 2일",
    "2005/2012, 2005–2012년",
    "2021-12-30/2022-01-02, 2021년 12월 30일 – 2022년 1월 2일",
    "2022-06/2022-06-30, 2022년 6월 – 2022년 6월 30일",
  })
  void spanFormat_korean_namesTheSharedPartsOnce(String iso, String korean) {
    assertThat(DateSpan.parse(iso).format(KOREAN)).isEqualTo(korean);
  }

  @ParameterizedTest
  @CsvSource({"2022-06-30, 30 June 2022", "2022-06, June 2022", "2005, 2005"})
  void format_english_isUnchanged(String iso, String english) {
    assertThat(PartialDate.parse(iso).format(Locale.ENGLISH)).isEqualTo(english);
  }

  @ParameterizedTest
  @CsvSource({"ko-KR", "KO", "ko"})
  void format_koreanRegionalTag_isKoreanToo(String tag) {
    assertThat(PartialDate.parse("2022-06-30").format(Locale.forLanguageTag(tag))).isEqualTo("2022년 6월 30일");
  }
}
