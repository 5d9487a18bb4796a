package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.TradecraftCases.judgment;

import org.junit.jupiter.api.Test;

class TermWithoutLikelihoodTest {
  private final TermWithoutLikelihood rule = new TermWithoutLikelihood();

  @Test
  void check_termAndNoLikelihood_firesAtEachTerm() {
    assertThat(rule.check(judgment("It is likely to hold, though a deal is unlikely.", "moderate", null)))
        .containsExactly(
            new TradecraftWarning(
                "term-without-likelihood", "/judgments/0/statement", 6,
                "statement says \"likely\" (55–80 %) but the judgment has no likelihood: add likelihood: likely"),
            new TradecraftWarning(
                "term-without-likelihood", "/judgments/0/statement", 39,
                "statement says \"unlikely\" (20–45 %) but the judgment has no likelihood: add likelihood: unlikely"));
  }

  @Test
  void check_likelihoodGiven_staysSilent() {
    assertThat(rule.check(judgment("It is likely to hold.", "moderate", "likely"))).isEmpty();
  }

  @Test
  void check_noTerm_staysSilent() {
    assertThat(rule.check(judgment("Seoul will join.", "moderate", null))).isEmpty();
  }

  @Test
  void check_onlyAnotherScalesTerm_staysSilent() {
    assertThat(rule.check(judgment("There is a realistic possibility.", "moderate", null))).isEmpty();
  }
}
