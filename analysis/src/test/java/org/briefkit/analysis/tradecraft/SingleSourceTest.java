package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.TradecraftCases.BASE;
import static org.briefkit.analysis.tradecraft.TradecraftCases.parse;

import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class SingleSourceTest {
  private final SingleSource rule = new SingleSource();

  /** m1 cites s1 twice, m2 cites s3, m3 has no evidence; kj1 rests on {@code supportedBy}. */
  private static Case resting(String confidence, String supportedBy) {
    return parse(
        BASE
            + """
            motivations:
              - id: m1
                stakeholder: a
                domain: diplomacy
                claim: First
                evidence:
                  - source: s1
                    text: One.
                  - source: s1
                    locator: p. 2
                    text: One again.
              - id: m2
                stakeholder: a
                domain: diplomacy
                claim: Second
                evidence:
                  - source: s3
                    text: Three.
              - id: m3
                stakeholder: a
                domain: diplomacy
                claim: Third
            judgments:
              - id: kj0
                statement: Low.
                confidence: low
                supportedBy: [m3]
              - id: kj1
                statement: It holds.
                confidence: %s
                supportedBy: %s
            """.formatted(confidence, supportedBy));
  }

  @Test
  void check_highConfidenceOnOneSource_firesAtTheConfidence() {
    assertThat(rule.check(resting("high", "[m1, m3]")))
        .containsExactly(
            TradecraftWarning.at(
                "single-source", "/judgments/1/confidence",
                "high confidence rests on one source: all 2 items of evidence of motivations m1, m3 cite s1"));
  }

  @Test
  void check_oneItem_saysSo() {
    assertThat(rule.check(resting("high", "[m2]")))
        .extracting(TradecraftWarning::message)
        .containsExactly("high confidence rests on one source: the only item of evidence of motivation m2 cites s3");
  }

  @Test
  void check_twoSources_staysSilent() {
    assertThat(rule.check(resting("high", "[m1, m2]"))).isEmpty();
  }

  @Test
  void check_moderateConfidence_staysSilent() {
    assertThat(rule.check(resting("moderate", "[m1]"))).isEmpty();
  }

  @Test
  void check_noEvidence_fires_worseThanOneSource() {
    assertThat(rule.check(resting("high", "[m3]")))
        .extracting(TradecraftWarning::pointer, TradecraftWarning::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/judgments/1/confidence",
            "high confidence rests on no source: motivation m3 cites no evidence"));
  }
}
