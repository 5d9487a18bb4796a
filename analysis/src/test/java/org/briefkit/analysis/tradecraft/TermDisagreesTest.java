package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.TradecraftCases.WITH_M1;
import static org.briefkit.analysis.tradecraft.TradecraftCases.judgment;
import static org.briefkit.analysis.tradecraft.TradecraftCases.parse;

import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class TermDisagreesTest {
  private final TermDisagrees rule = new TermDisagrees();

  @Test
  void check_termOfAnotherBand_firesAtTheTerm() {
    Case c = judgment("It is likely to hold.", "moderate", "very-likely");

    assertThat(rule.check(c))
        .containsExactly(
            new TradecraftWarning(
                "term-disagrees", "/judgments/0/statement", 6,
                "statement says \"likely\" (55–80 %) but likelihood is very-likely (80–95 %)"));
  }

  @Test
  void check_longerTermOfAnotherBand_firesOnceAtTheLongerTerm() {
    Case c = judgment("Seoul will VERY likely join.", "moderate", "likely");

    assertThat(rule.check(c))
        .containsExactly(
            new TradecraftWarning(
                "term-disagrees", "/judgments/0/statement", 11,
                "statement says \"VERY likely\" (80–95 %) but likelihood is likely (55–80 %)"));
  }

  @Test
  void check_secondJudgment_pointsAtIt() {
    Case c =
        parse(
            WITH_M1
                + """
                judgments:
                  - id: kj1
                    statement: It is likely.
                    confidence: low
                    likelihood: likely
                    supportedBy: [m1]
                  - id: kj2
                    statement: Talks are likely; a deal is almost certain.
                    confidence: low
                    likelihood: likely
                    supportedBy: [m1]
                """);

    assertThat(rule.check(c))
        .containsExactly(
            new TradecraftWarning(
                "term-disagrees", "/judgments/1/statement", 28,
                "statement says \"almost certain\" (95–99 %) but likelihood is likely (55–80 %)"));
  }

  @Test
  void check_termOfTheSameBand_staysSilent() {
    assertThat(rule.check(judgment("A deal is probable, and likely soon.", "high", "likely"))).isEmpty();
  }

  @Test
  void check_noLikelihood_staysSilent() {
    assertThat(rule.check(judgment("It is very likely.", "high", null))).isEmpty();
  }

  @Test
  void check_termOfAnotherScale_staysSilent() {
    assertThat(rule.check(judgment("It is highly likely.", "high", "likely"))).isEmpty();
  }
}
