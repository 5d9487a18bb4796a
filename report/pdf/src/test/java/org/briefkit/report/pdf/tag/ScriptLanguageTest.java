package org.briefkit.report.pdf.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptLanguageTest {
  @Test
  void of_textInTheDocumentsScript_isTheDocumentsLanguage() {
    assertThat(ScriptLanguage.of("NATO summit", "en")).isNull();
    assertThat(ScriptLanguage.of("1994 · –", "en")).isNull();
    assertThat(ScriptLanguage.of("윤석열", "ko")).isNull();
  }

  @Test
  void of_textInAnotherScript_isTheLanguageItsScriptSuggests() {
    assertThat(ScriptLanguage.of("윤석열", "en")).isEqualTo("ko");
    assertThat(ScriptLanguage.of("Российская Федерация", "en")).isEqualTo("ru");
    assertThat(ScriptLanguage.of("Україна", "en")).isEqualTo("uk");
    assertThat(ScriptLanguage.of("にほん", "en")).isEqualTo("ja");
    assertThat(ScriptLanguage.of("中国", "en-GB")).isEqualTo("zh");
    assertThat(ScriptLanguage.of("NATO", "ko")).isEqualTo("en");
  }

  @Test
  void ofName_theCountrySettlesAScriptSharedByLanguages() {
    assertThat(ScriptLanguage.ofName("日本", "JP", "en")).isEqualTo("ja");
    assertThat(ScriptLanguage.ofName("中国", "CN", "en")).isEqualTo("zh");
    assertThat(ScriptLanguage.ofName("Беларусь", "BY", "en")).isEqualTo("be");
    assertThat(ScriptLanguage.ofName("Polska", "PL", "en")).isNull();
    assertThat(ScriptLanguage.ofName("日本", null, "en")).isEqualTo("zh");
  }
}
