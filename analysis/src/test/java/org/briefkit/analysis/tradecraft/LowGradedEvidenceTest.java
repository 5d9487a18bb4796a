package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.TradecraftCases.BASE;
import static org.briefkit.analysis.tradecraft.TradecraftCases.parse;

import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class LowGradedEvidenceTest {
  private final LowGradedEvidence rule = new LowGradedEvidence();

  /** kj1, held with {@code confidence}, rests on m1 with {@code evidence} (YAML list items). */
  private static Case resting(String confidence, String evidence) {
    return parse(
        BASE
            + """
            motivations:
              - id: m1
                stakeholder: a
                domain: diplomacy
                claim: First
                evidence:
            %s
            judgments:
              - id: kj1
                statement: It holds.
                confidence: %s
                supportedBy: [m1]
            """.formatted(evidence.indent(6).stripTrailing(), confidence));
  }

  private static final String LOW =
      """
      - source: s2
        text: Two.
      - source: s1
        locator: p. 2
        credibility: 6
        text: One.
      """;

  @Test
  void check_allLow_firesAtTheConfidenceNamingEachGrade() {
    assertThat(rule.check(resting("high", LOW)))
        .containsExactly(
            TradecraftWarning.at(
                "low-graded-evidence", "/judgments/0/confidence",
                "high confidence rests on low-graded evidence only: s2 (source graded E: unreliable),"
                    + " s1 p. 2 (credibility 6: truth cannot be judged)"));
  }

  @Test
  void check_manyItems_namesThreeAndCountsTheRest() {
    String more = LOW + "- source: s3\n  credibility: 5\n  text: Three.\n- source: s2\n  text: Two again.\n";

    assertThat(rule.check(resting("high", more)))
        .extracting(TradecraftWarning::message)
        .containsExactly(
            "high confidence rests on low-graded evidence only: s2 (source graded E: unreliable),"
                + " s1 p. 2 (credibility 6: truth cannot be judged), s3 (credibility 5: improbable) and 1 more");
  }

  @Test
  void check_oneItemWellGraded_staysSilent() {
    assertThat(rule.check(resting("high", LOW + "- source: s3\n  credibility: 2\n  text: Three.\n"))).isEmpty();
  }

  @Test
  void check_ownGrade_decides_anUnreliableSourcesConfirmedItemIsNotLow() {
    assertThat(rule.check(resting("high", LOW + "- source: s2\n  credibility: 1\n  text: Confirmed.\n"))).isEmpty();
  }

  @Test
  void check_ungraded_isNotLow() {
    assertThat(rule.check(resting("high", "- source: s3\n  text: Three.\n"))).isEmpty();
  }

  @Test
  void check_moderateConfidence_staysSilent() {
    assertThat(rule.check(resting("moderate", LOW))).isEmpty();
  }
}
