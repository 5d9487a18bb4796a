package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.TradecraftCases.WITH_M1;
import static org.briefkit.analysis.tradecraft.TradecraftCases.parse;

import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class NoKeyAssumptionTest {
  private final NoKeyAssumption rule = new NoKeyAssumption();

  /** kj1 low, kj2 moderate, kj3 high; an assumption underpins {@code underpinned}. */
  private static Case underpinning(String underpinned) {
    return parse(
        WITH_M1
            + """
            judgments:
              - id: kj1
                statement: One.
                confidence: low
                supportedBy: [m1]
              - id: kj2
                statement: Two.
                confidence: moderate
                supportedBy: [m1]
              - id: kj3
                statement: Three.
                confidence: high
                supportedBy: [m1]
            assumptions:
              - id: a1
                statement: Nothing changes.
                status: solid
                underpins: %s
            """.formatted(underpinned));
  }

  @Test
  void check_firmJudgmentsWithoutAssumption_fireAtTheirIds() {
    assertThat(rule.check(underpinning("[kj1]")))
        .containsExactly(
            TradecraftWarning.at(
                "no-key-assumption", "/judgments/1/id",
                "moderate-confidence judgment kj2 rests on no key assumption: list what it takes for granted"
                    + " under assumptions, with underpins: [kj2]"),
            TradecraftWarning.at(
                "no-key-assumption", "/judgments/2/id",
                "high-confidence judgment kj3 rests on no key assumption: list what it takes for granted"
                    + " under assumptions, with underpins: [kj3]"));
  }

  @Test
  void check_underpinned_staysSilent() {
    assertThat(rule.check(underpinning("[kj2, kj3]"))).isEmpty();
  }
}
