package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.TradecraftCases.WITH_M1;
import static org.briefkit.analysis.tradecraft.TradecraftCases.parse;

import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class NoIndicatorTest {
  private final NoIndicator rule = new NoIndicator();

  /** kj1 low, kj2 moderate, kj3 high; an indicator with {@code bearing} ("strengthens: [kj1]"). */
  private static Case watching(String bearing) {
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
            indicators:
              - id: i1
                statement: A summit is called.
                %s
            """.formatted(bearing));
  }

  @Test
  void check_firmJudgmentsWithoutIndicator_fireAtTheirIds() {
    assertThat(rule.check(watching("strengthens: [kj1]")))
        .containsExactly(
            TradecraftWarning.at(
                "no-indicator", "/judgments/1/id",
                "moderate-confidence judgment kj2 has no indicator: name under indicators what would"
                    + " strengthen or weaken it"),
            TradecraftWarning.at(
                "no-indicator", "/judgments/2/id",
                "high-confidence judgment kj3 has no indicator: name under indicators what would"
                    + " strengthen or weaken it"));
  }

  @Test
  void check_strengthenedOrWeakened_staysSilent() {
    assertThat(rule.check(watching("strengthens: [kj2]\n    weakens: [kj3]"))).isEmpty();
  }
}
