package org.briefkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One rule per kind of figure. */
class FiguresTest {
  @Test
  void weight_aWholeNumber() {
    assertThat(Figures.weight(12)).isEqualTo("12");
    assertThat(Figures.weight(0)).isEqualTo("0");
    assertThat(Figures.weight(1200)).isEqualTo("1200");
  }

  @Test
  void score_twoDecimalsAndATrueMinus() {
    assertThat(Figures.score(0.7)).isEqualTo("0.70");
    assertThat(Figures.score(16.0 / 63)).isEqualTo("0.25");
    assertThat(Figures.score(1)).isEqualTo("1.00");
    assertThat(Figures.score(-2 * Math.sqrt(2))).isEqualTo("−2.83");
    assertThat(Figures.score(-10.005)).isEqualTo("−10.01");
    assertThat(Figures.score(0.125)).isEqualTo("0.13");
  }

  @Test
  void score_zeroAndTracesOfIt_neverNegative() {
    assertThat(Figures.score(0)).isEqualTo("0.00");
    assertThat(Figures.score(-0.0)).isEqualTo("0.00");
    assertThat(Figures.score(-1e-12)).isEqualTo("0.00");
    assertThat(Figures.score(-0.004)).isEqualTo("0.00");
  }

  @Test
  void share_wholePerCentWithASpace() {
    assertThat(Figures.share(0.43)).isEqualTo("43 %");
    assertThat(Figures.share(1)).isEqualTo("100 %");
    assertThat(Figures.share(0)).isEqualTo("0 %");
    assertThat(Figures.share(0.005)).isEqualTo("1 %");
    assertThat(Figures.share(1.0 / 3)).isEqualTo("33 %");
  }

  @Test
  void percent_andRanges_asTheLikelihoodBandsPrintThem() {
    assertThat(Figures.percent(80)).isEqualTo("80 %");
    assertThat(Figures.percent(12.5)).isEqualTo("13 %");
    assertThat(Figures.percentRange(80, 95)).isEqualTo("80–95 %");
    assertThat(Figures.percentRange(0, 5)).isEqualTo("≤5 %");
    assertThat(EstimativeScale.standard().band(Likelihood.of("very-likely")).orElseThrow().range()).isEqualTo("80–95 %");
  }

  @Test
  void workbookFormats_sayTheSameAsTheRules() {
    assertThat(Figures.WEIGHT_FORMAT).isEqualTo("0");
    assertThat(Figures.SCORE_FORMAT).isEqualTo("0.00;\"−\"0.00;0.00");
    assertThat(Figures.SHARE_FORMAT).isEqualTo("0 %");
  }

  @Test
  void notFinite_refused() {
    assertThatThrownBy(() -> Figures.score(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Figures.share(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
  }
}
