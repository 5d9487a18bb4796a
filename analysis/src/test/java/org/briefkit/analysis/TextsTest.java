package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void joinAnd_zeroOneTwoThree() {
    assertThat(Texts.joinAnd(List.of())).isEmpty();
    assertThat(Texts.joinAnd(List.of("A"))).isEqualTo("A");
    assertThat(Texts.joinAnd(List.of("A", "B"))).isEqualTo("A and B");
    assertThat(Texts.joinAnd(List.of("A", "B", "C"))).isEqualTo("A, B and C");
  }

  @Test
  void list_nameWithItsOwnAnd_usesSemicolons() {
    assertThat(Texts.list(List.of("Cyber", "Arms trade"))).isEqualTo("Cyber and Arms trade");
    assertThat(Texts.list(List.of("Cyber", "Non-proliferation and CBRN defence")))
        .isEqualTo("Cyber; Non-proliferation and CBRN defence");
  }

  @Test
  void countAndPossessive() {
    assertThat(Texts.count(1, "motivation")).isEqualTo("1 motivation");
    assertThat(Texts.count(0, "motivation")).isEqualTo("0 motivations");
    assertThat(Texts.possessive("NATO")).isEqualTo("NATO's");
    assertThat(Texts.possessive("United States")).isEqualTo("United States'");
  }
}
