package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Period;
import java.util.List;
import org.briefkit.model.Messages;
import org.briefkit.model.PartialDate;
import org.briefkit.model.io.CaseFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The findings of the flagship's Korean edition, written as Korean sentences: the same figures
 * as the English edition's, each name followed by the particle that fits it.
 */
class KoreanFindingsTest {
  private static CaseAnalysis korean;
  private static CaseAnalysis english;

  @BeforeAll
  static void analyse() throws IOException {
    korean = Analyzer.analyze(CaseFiles.read(KoreaNatoSampleTest.repositoryRoot().resolve("samples/madrid-2022/korea-nato-ko.yaml")));
    english = Analyzer.analyze(CaseFiles.read(KoreaNatoSampleTest.repositoryRoot().resolve("samples/madrid-2022/korea-nato.yaml")));
  }

  @Test
  void bundles_korean_haveEveryEnglishKey() {
    assertThat(AnalysisText.load("ko").texts().keySet()).isEqualTo(AnalysisText.load("en").texts().keySet());
  }

  @Test
  void findings_koreanCase_areKoreanSentences() {
    List<String> texts = korean.findings().stream().map(Finding::text).toList();

    assertThat(texts).contains(
        "NATO는 영역 6개에 걸쳐 동기 6개를 가진다(가중 점수 14점).",
        "한국은 영역 7개에 걸쳐 동기 14개를 가진다(가중 점수 27점).",
        "한국의 동기는 동맹 정치와 외교 영역에 가장 큰 비중을 둔다(27점 중 9점).",
        "기술 전문성 영역에는 한국만 동기를 가진다(동기 2개, 4점).",
        "동기 20개 모두 서로 다른 출처 1곳의 근거를 인용한다.");
    assertThat(texts).allMatch(t -> t.matches("(?s).*[\\uAC00-\\uD7A3].*"));
  }

  @Test
  void findings_koreanEdition_stateTheEnglishEditionsFigures() {
    assertThat(korean.findings()).hasSameSizeAs(english.findings());
    for (int i = 0; i < korean.findings().size(); i++) {
      Finding k = korean.findings().get(i);
      Finding e = english.findings().get(i);
      assertThat(k.topic()).isEqualTo(e.topic());
      assertThat(k.about()).isEqualTo(e.about());
      assertThat(k.figures()).extracting(Figure::value).containsExactlyElementsOf(
          e.figures().stream().map(Figure::value).toList());
    }
  }

  @Test
  void findingsIn_english_ofTheKoreanCase_areTheEnglishSentencesWithKoreanNames() {
    List<String> texts = korean.findingsIn("en").stream().map(Finding::text).toList();

    assertThat(texts).contains("한국 has 14 motivations in 7 domains (27 weighted points).");
    assertThat(english.findingsIn("en")).isSameAs(english.findings());
  }

  @Test
  void achFindings_korean_chooseParticlesAfterLabels() {
    assertThat(korean.ach().get(0).findings().get(0))
        .isEqualTo("H1이 가중 불부합 −1.00으로 가장 낮아 앞선다. 다음은 H2(−2.12)이며 차이는 1.12이다.");
    assertThat(english.ach().get(0).findings("ko").get(0)).isEqualTo(korean.ach().get(0).findings().get(0));
  }

  @Test
  void gap_korean_yearsMonthsDays() {
    Messages ko = AnalysisText.load("ko");
    assertThat(AnalysisText.gap(ko, PartialDate.Precision.DAY, Period.of(5, 1, 4))).isEqualTo("5년 1개월 4일");
    assertThat(AnalysisText.gap(ko, PartialDate.Precision.YEAR, Period.of(0, 3, 0))).isEqualTo("1년 미만");
    assertThat(AnalysisText.gap(AnalysisText.load("en"), PartialDate.Precision.MONTH, Period.of(1, 3, 0)))
        .isEqualTo("1 year and 3 months");
  }

  @Test
  void weakSpot_message_inBothLanguages() {
    WeakSpot w = new WeakSpot(WeakSpot.Kind.SINGLE_MOTIVATION, org.briefkit.model.JudgmentId.of("kj-1"),
        com.google.common.collect.ImmutableList.of("kj-1", "m-1"));
    assertThat(w.message()).isEqualTo("Judgment kj-1 rests on a single motivation (m-1).");
    assertThat(w.message("ko")).isEqualTo("판단 kj-1: 단 하나의 동기(m-1)에 기댄다.");
  }
}
