package org.briefkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Map<String, String> BUNDLES = Map.of(
      "test_en.properties", "greet=Hello {0}\nlist.pair={0} and {1}\nlist.last={0} and {1}\nlist.comma=,\\u0020\n"
          + "n.one={0} motivation\nn.other={0} motivations\n",
      "test_ko.properties", "greet={0|은/는} 안녕\nlist.pair={0|과/와} {1}\nlist.last={0} 및 {1}\nlist.comma=,\\u0020\n"
          + "n.one=동기 {0}개\nn.other=동기 {0}개\n");

  private static Messages load(String tag) {
    return Messages.load(
        name -> BUNDLES.containsKey(name) ? new ByteArrayInputStream(BUNDLES.get(name).getBytes(StandardCharsets.UTF_8)) : null,
        "test", tag);
  }

  @Test
  void supported_primaryLanguage_elseEnglish() {
    assertThat(Messages.supported("ko-KR")).isEqualTo("ko");
    assertThat(Messages.supported("KO")).isEqualTo("ko");
    assertThat(Messages.supported("en-GB")).isEqualTo("en");
    assertThat(Messages.supported("pt-BR")).isEqualTo("en");
  }

  @Test
  void get_korean_putsArgumentsAndFittingParticles() {
    Messages ko = load("ko");

    assertThat(ko.get("greet", "한국")).isEqualTo("한국은 안녕");
    assertThat(ko.get("greet", "NATO")).isEqualTo("NATO는 안녕");
    assertThat(ko.list(List.of("한국", "NATO"))).isEqualTo("한국과 NATO");
    assertThat(ko.list(List.of("A", "B", "C"))).isEqualTo("A, B 및 C");
    assertThat(ko.count(3, "n")).isEqualTo("동기 3개");
  }

  @Test
  void get_english_countsAndLists() {
    Messages en = load("en");

    assertThat(en.get("greet", "Seoul")).isEqualTo("Hello Seoul");
    assertThat(en.count(1, "n")).isEqualTo("1 motivation");
    assertThat(en.count(2, "n")).isEqualTo("2 motivations");
    assertThat(en.list(List.of("A", "B", "C"))).isEqualTo("A, B and C");
    assertThat(en.list(List.of())).isEmpty();
  }

  @Test
  void get_missingKey_namesItAndTheLanguage() {
    assertThatThrownBy(() -> load("ko").get("nothing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("message (nothing) is missing from the ko bundle");
  }

  @Test
  void get_tooFewArguments_isRefused() {
    assertThatThrownBy(() -> load("en").get("list.pair", "A"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("message ({0} and {1}) needs argument {1} but has 1");
  }

  @Test
  void load_missingBundle_namesIt() {
    assertThatThrownBy(() -> Messages.load(name -> null, "none", "ko"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("message bundle none_ko.properties is missing");
  }
}
