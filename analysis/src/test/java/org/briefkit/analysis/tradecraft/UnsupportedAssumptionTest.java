package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.TradecraftCases.WITH_M1;
import static org.briefkit.analysis.tradecraft.TradecraftCases.parse;

import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class UnsupportedAssumptionTest {
  private final UnsupportedAssumption rule = new UnsupportedAssumption();

  /** kj1 moderate, kj2 and kj3 high; a1 solid, a2 with {@code status} underpinning {@code ids}. */
  private static Case assuming(String status, String ids) {
    return parse(
        WITH_M1
            + """
            judgments:
              - id: kj1
                statement: One.
                confidence: moderate
                supportedBy: [m1]
              - id: kj2
                statement: Two.
                confidence: high
                supportedBy: [m1]
              - id: kj3
                statement: Three.
                confidence: high
                supportedBy: [m1]
            assumptions:
              - id: a1
                statement: Nothing changes.
                status: solid
                underpins: [kj2]
              - id: a2
                statement: Money follows.
                status: %s
                underpins: %s
            """.formatted(status, ids));
  }

  @Test
  void check_unsupportedUnderHighConfidence_firesAtItsStatus() {
    assertThat(rule.check(assuming("unsupported", "[kj1, kj2, kj3]")))
        .containsExactly(
            TradecraftWarning.at(
                "unsupported-assumption", "/assumptions/1/status",
                "assumption a2 is unsupported but underpins high-confidence judgments kj2, kj3"));
  }

  @Test
  void check_oneHighJudgment_saysJudgment() {
    assertThat(rule.check(assuming("unsupported", "[kj3]")))
        .extracting(TradecraftWarning::message)
        .containsExactly("assumption a2 is unsupported but underpins high-confidence judgment kj3");
  }

  @Test
  void check_unsupportedUnderModerateOnly_staysSilent() {
    assertThat(rule.check(assuming("unsupported", "[kj1]"))).isEmpty();
  }

  @Test
  void check_caveated_staysSilent() {
    assertThat(rule.check(assuming("caveated", "[kj2, kj3]"))).isEmpty();
  }
}
