package org.briefkit.analysis.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTest {
  @Test
  void key_whitespaceRuns_areOneSpace() {
    assertThat(Normalized.key("  one \t two\n\nthree\u00A0four ")).isEqualTo("one two three four");
  }

  @Test
  void key_quoteMarks_areOne() {
    assertThat(Normalized.key("NATO’s “ties” «here»")).isEqualTo(Normalized.key("NATO's \"ties\" 'here'"));
  }

  @Test
  void key_dashes_andTheirSpaces_andLineEndHyphens_areLeftOut() {
    String key = Normalized.key("interrelated");

    assertThat(Normalized.key("inter-\nrelated")).isEqualTo(key);
    assertThat(Normalized.key("inter-related")).isEqualTo(key);
    assertThat(Normalized.key("Korea – NATO")).isEqualTo(Normalized.key("Korea—NATO")).isEqualTo(Normalized.key("Korea‑NATO"));
    assertThat(Normalized.key("−5 ‒ 7")).isEqualTo("57");
    assertThat(Normalized.key("well known")).isNotEqualTo(Normalized.key("well-known"));
  }

  @Test
  void key_compatibilityCharacters_unfold_andInvisiblesDrop() {
    assertThat(Normalized.key("ﬁnal oﬀer…")).isEqualTo("final offer...");
    assertThat(Normalized.key("co\u00ADoper\u200Bation")).isEqualTo("cooperation");
  }

  @Test
  void key_keepsCase() {
    assertThat(Normalized.key("China")).isNotEqualTo(Normalized.key("china"));
  }

  @Test
  void origin_ofEachCharacter_isItsIndexInTheOriginal() {
    Normalized n = Normalized.of("a  ﬁ–\nb");

    assertThat(n.text()).isEqualTo("a fib");
    assertThat(n.origin(0)).isZero();
    assertThat(n.origin(1)).isEqualTo(1);
    assertThat(n.origin(2)).isEqualTo(3);
    assertThat(n.origin(3)).isEqualTo(3);
    assertThat(n.origin(4)).isEqualTo(6);
  }
}
