package org.briefkit.report.pdf.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptRunsTest {
  @Test
  void oneScript_isOneRun() {
    assertThat(ScriptRuns.of("South Korea and NATO, 2022")).containsExactly("South Korea and NATO, 2022");
    assertThat(ScriptRuns.of("NATO의 관심이 커졌다")).containsExactly("NATO의 관심이 커졌다");
  }

  @Test
  void scriptChange_cutsAfterTheSpace_numbersStayWithThePieceBefore() {
    assertThat(ScriptRuns.of("Republic of Haedo (해도 공화국) since 2031"))
        .containsExactly("Republic of Haedo ", "(해도 공화국) ", "since 2031");
    assertThat(ScriptRuns.of("한국과 NATO Summit 2022 선언"))
        .containsExactly("한국과 ", "NATO Summit 2022 ", "선언");
  }

  @Test
  void pieces_joinBackToTheText() {
    String text = "Варнянская Федерация  and 日本 — 윤석열";
    assertThat(String.join("", ScriptRuns.of(text))).isEqualTo(text);
  }
}
