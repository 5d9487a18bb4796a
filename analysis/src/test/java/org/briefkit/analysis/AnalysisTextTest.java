package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefkit.model.Messages;
import org.junit.jupiter.api.Test;

/** The helpers of the findings' sentences, in English and in Korean. */
class AnalysisTextTest {
  private static final Messages EN = AnalysisText.load("en");
  private static final Messages KO = AnalysisText.load("ko");

  @Test
  void list_zeroOneTwoThree() {
    assertThat(EN.list(List.of())).isEmpty();
    assertThat(EN.list(List.of("A"))).isEqualTo("A");
    assertThat(EN.list(List.of("A", "B"))).isEqualTo("A and B");
    assertThat(EN.list(List.of("A", "B", "C"))).isEqualTo("A, B and C");
    assertThat(KO.list(List.of("한국", "NATO"))).isEqualTo("한국과 NATO");
    assertThat(KO.list(List.of("NATO", "한국"))).isEqualTo("NATO와 한국");
    assertThat(KO.list(List.of("A", "B", "C"))).isEqualTo("A, B 및 C");
  }

  @Test
  void names_nameWithItsOwnAnd_usesSemicolons() {
    assertThat(AnalysisText.names(EN, List.of("Cyber", "Arms trade"))).isEqualTo("Cyber and Arms trade");
    assertThat(AnalysisText.names(EN, List.of("Cyber", "Non-proliferation and CBRN defence")))
        .isEqualTo("Cyber; Non-proliferation and CBRN defence");
  }

  @Test
  void countAndPossessive() {
    assertThat(EN.count(1, "count.motivations")).isEqualTo("1 motivation");
    assertThat(EN.count(0, "count.motivations")).isEqualTo("0 motivations");
    assertThat(KO.count(3, "count.motivations")).isEqualTo("동기 3개");
    assertThat(AnalysisText.possessive(EN, "NATO")).isEqualTo("NATO's");
    assertThat(AnalysisText.possessive(EN, "United States")).isEqualTo("United States'");
    assertThat(AnalysisText.possessive(KO, "한국")).isEqualTo("한국의");
  }
}
