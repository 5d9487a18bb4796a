package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.TradecraftCases.BASE;
import static org.briefkit.analysis.tradecraft.TradecraftCases.parse;

import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class ClaimsOnlyTest {
  private final ClaimsOnly rule = new ClaimsOnly();

  /** kj1, held with {@code confidence}, rests on m1 (two claims) and m2 (of kind {@code kind}). */
  private static Case resting(String confidence, String kind, String supportedBy) {
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
                    text: A says so.
                    kind: claim
                  - source: s2
                    text: B says so.
                    kind: claim
              - id: m2
                stakeholder: a
                domain: diplomacy
                claim: Second
                evidence:
                  - source: s3
                    text: It is so.
                    kind: %s
            judgments:
              - id: kj1
                statement: It holds.
                confidence: %s
                supportedBy: %s
            """.formatted(kind, confidence, supportedBy));
  }

  @Test
  void check_highConfidenceOnClaimsOnly_firesAtTheConfidence() {
    assertThat(rule.check(resting("high", "claim", "[m1, m2]")))
        .containsExactly(
            TradecraftWarning.at(
                "claims-only", "/judgments/0/confidence",
                "high confidence rests on claims only: all 3 items of evidence of motivations m1, m2 are of kind claim"));
  }

  @Test
  void check_oneClaim_saysSo() {
    assertThat(rule.check(resting("high", "claim", "[m2]")))
        .extracting(TradecraftWarning::message)
        .containsExactly("high confidence rests on claims only: the only item of evidence of motivation m2 is of kind claim");
  }

  @Test
  void check_aFactAmongClaims_staysSilent() {
    assertThat(rule.check(resting("high", "fact", "[m1, m2]"))).isEmpty();
  }

  @Test
  void check_anAssessmentAmongClaims_staysSilent() {
    assertThat(rule.check(resting("high", "assessment", "[m1, m2]"))).isEmpty();
  }

  @Test
  void check_moderateConfidence_staysSilent() {
    assertThat(rule.check(resting("moderate", "claim", "[m1, m2]"))).isEmpty();
  }
}
