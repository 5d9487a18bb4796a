package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.TradecraftCases.WITH_M1;
import static org.briefkit.analysis.tradecraft.TradecraftCases.judgment;
import static org.briefkit.analysis.tradecraft.TradecraftCases.parse;

import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class OtherScaleTermTest {
  private final OtherScaleTerm rule = new OtherScaleTerm();

  private static Case phia(String statement) {
    return parse(
        "scale: phia\n" + WITH_M1
            + "judgments:\n  - id: kj1\n    statement: " + statement + "\n    confidence: low\n    supportedBy: [m1]\n");
  }

  @Test
  void check_phiaTermInAnIcdCase_firesAtItWithTheIcdTerm() {
    assertThat(rule.check(judgment("It is highly likely to hold.", "high", "very-likely")))
        .containsExactly(
            new TradecraftWarning(
                "other-scale-term", "/judgments/0/statement", 6,
                "\"highly likely\" (80–90 %) is a term of the phia scale, not of the case's icd-203:"
                    + " say \"very likely\" (80–95 %)"));
  }

  @Test
  void check_rangeAcrossTwoBands_namesBoth() {
    assertThat(rule.check(judgment("There is a realistic possibility of talks.", "low", null)))
        .containsExactly(
            new TradecraftWarning(
                "other-scale-term", "/judgments/0/statement", 11,
                "\"realistic possibility\" (40–50 %) is a term of the phia scale, not of the case's icd-203:"
                    + " say \"unlikely\" (20–45 %) or \"roughly even chance\" (45–55 %)"));
  }

  @Test
  void check_icdTermInAPhiaCase_firesAtIt() {
    assertThat(rule.check(phia("A very likely outcome.")))
        .containsExactly(
            new TradecraftWarning(
                "other-scale-term", "/judgments/0/statement", 2,
                "\"very likely\" (80–95 %) is a term of the icd-203 scale, not of the case's phia:"
                    + " say \"highly likely\" (80–90 %)"));
  }

  @Test
  void check_termsOfBothScales_staySilent() {
    assertThat(rule.check(phia("Likely, unlikely or almost certain."))).isEmpty();
    assertThat(rule.check(judgment("Likely, unlikely or almost certain.", "low", null))).isEmpty();
  }

  @Test
  void check_theCasesOwnTerms_staySilent() {
    assertThat(rule.check(judgment("Very likely, roughly even odds, remote.", "low", null))).isEmpty();
    assertThat(rule.check(phia("A realistic possibility, highly likely, a remote chance."))).isEmpty();
  }
}
