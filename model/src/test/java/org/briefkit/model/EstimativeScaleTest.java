package org.briefkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The scales' data files against the published ranges. */
class EstimativeScaleTest {

  @Test
  void icd203_matchesTheDirective() {
    EstimativeScale s = EstimativeScale.named("icd-203").orElseThrow();

    // ICD 203 (2015), D.6.e: seven expressions of likelihood, each with an equivalent.
    assertThat(s.bands())
        .extracting(b -> b.terms(), b -> b.lowPercent(), b -> b.highPercent())
        .containsExactly(
            tuple(java.util.List.of("almost no chance", "remote"), 1, 5),
            tuple(java.util.List.of("very unlikely", "highly improbable"), 5, 20),
            tuple(java.util.List.of("unlikely", "improbable"), 20, 45),
            tuple(java.util.List.of("roughly even chance", "roughly even odds"), 45, 55),
            tuple(java.util.List.of("likely", "probable"), 55, 80),
            tuple(java.util.List.of("very likely", "highly probable"), 80, 95),
            tuple(java.util.List.of("almost certain", "nearly certain"), 95, 99));
    assertThat(s).isEqualTo(EstimativeScale.standard());
    assertThat(s.keys())
        .containsExactly("almost-no-chance", "very-unlikely", "unlikely", "roughly-even-chance",
            "likely", "very-likely", "almost-certain");
  }

  @Test
  void phia_matchesThe2019Yardstick_gapsIncluded() {
    EstimativeScale s = EstimativeScale.named("phia").orElseThrow();

    assertThat(s.bands())
        .extracting(b -> b.term(), b -> b.lowPercent(), b -> b.highPercent())
        .containsExactly(
            tuple("remote chance", 0, 5),
            tuple("highly unlikely", 10, 20),
            tuple("unlikely", 25, 35),
            tuple("realistic possibility", 40, 50),
            tuple("likely", 55, 75),
            tuple("highly likely", 80, 90),
            tuple("almost certain", 95, 100));
    assertThat(s.band(Likelihood.LIKELY).orElseThrow().terms()).containsExactly("likely", "probably");
    // The gaps between bands are deliberate: no band starts where the one below ends.
    for (int i = 1; i < s.bands().size(); i++) {
      assertThat(s.bands().get(i).lowPercent()).isGreaterThan(s.bands().get(i - 1).highPercent());
    }
  }

  @Test
  void ranges_printAsReadersExpect() {
    EstimativeScale phia = EstimativeScale.named("phia").orElseThrow();

    assertThat(phia.bands().get(0).range()).isEqualTo("≤5 %");
    assertThat(phia.bands().get(4).range()).isEqualTo("55–75 %");
    assertThat(EstimativeScale.standard().band(Likelihood.VERY_LIKELY).orElseThrow().range())
        .isEqualTo("80–95 %");
  }

  @Test
  void known_listsEveryDataFile_inOrder() {
    assertThat(EstimativeScale.known()).extracting(EstimativeScale::id).containsExactly("icd-203", "phia");
    assertThat(EstimativeScale.named("nato")).isEmpty();
  }

  @Test
  void parse_readsANewScaleFromData() {
    EstimativeScale s =
        EstimativeScale.parse(
            "id: three\nname: Three words\ncitation: A house style\nbands:\n"
                + "  - {key: unlikely, terms: [unlikely], low: 0, high: 40}\n"
                + "  - {key: even, terms: [as likely as not], low: 40, high: 60}\n"
                + "  - {key: likely, terms: [likely, probable], low: 60, high: 100}\n");

    assertThat(s.keys()).containsExactly("unlikely", "even", "likely");
    assertThat(s.band(Likelihood.of("even")).orElseThrow().term()).isEqualTo("as likely as not");
  }

  @Test
  void parse_refusesBrokenScales_sayingWhat() {
    assertThatThrownBy(() -> EstimativeScale.parse("id: x\nname: X\ncitation: C\nbands: []\n"))
        .hasMessage("scale x has no band");
    assertThatThrownBy(() -> EstimativeScale.parse(
            "id: x\nname: X\ncitation: C\nbands:\n  - {key: a, terms: [a], low: 60, high: 40}\n"))
        .hasMessageContaining("the range 60–40 % is not within 0–100 %");
    assertThatThrownBy(() -> EstimativeScale.parse(
            "id: x\nname: X\ncitation: C\nbands:\n  - {key: a, terms: [a], low: 0, high: 40}\n"
                + "  - {key: a, terms: [b], low: 50, high: 60}\n"))
        .hasMessage("scale x: band a is given twice");
    assertThatThrownBy(() -> EstimativeScale.parse("id: x\nname: X\nbands: []\n"))
        .hasMessage("citation must be text");
  }

  @Test
  void grades_sayWhichAreLow() {
    assertThat(Source.Reliability.E.isLow()).isTrue();
    assertThat(Source.Reliability.F.isLow()).isTrue();
    assertThat(Source.Reliability.D.isLow()).isFalse();
    assertThat(Credibility.IMPROBABLE.isLow()).isTrue();
    assertThat(Credibility.CANNOT_BE_JUDGED.isLow()).isTrue();
    assertThat(Credibility.DOUBTFUL.isLow()).isFalse();
    assertThat(Credibility.PROBABLY_TRUE.key()).isEqualTo("2");
    assertThat(Credibility.PROBABLY_TRUE.label()).isEqualTo("2 (probably true)");
    assertThat(Source.Reliability.B.label()).isEqualTo("B (usually reliable)");
  }
}
