package org.briefkit.report.pdf.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.briefkit.model.Case;
import org.briefkit.model.Confidence;
import org.briefkit.model.DomainId;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Likelihood;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.junit.jupiter.api.Test;

class ScaleMarksTest {
  private static final MotivationId M = MotivationId.of("m1");

  private static KeyJudgment judgment(String id, Confidence confidence, Likelihood likelihood) {
    KeyJudgment.Builder b = KeyJudgment.builder().id(JudgmentId.of(id)).statement("Judgment " + id + ".")
        .confidence(confidence).supportedBy(M);
    if (likelihood != null) {
      b.likelihood(likelihood);
    }
    return b.build();
  }

  private static Case caseOf(EstimativeScale scale, KeyJudgment... judgments) {
    return Case.builder("c", "C")
        .scale(scale)
        .stakeholders(Stakeholder.builder(StakeholderId.of("s"), "S").question("Why?").build())
        .motivations(Motivation.builder(M, StakeholderId.of("s"), DomainId.of("cyber")).claim("Claim").build())
        .judgments(judgments)
        .build();
  }

  @Test
  void of_judgmentsWithLikelihood_numberedAsInTheBrief_onTheRowOfTheirBand() {
    Case c = caseOf(EstimativeScale.standard(),
        judgment("a", Confidence.HIGH, Likelihood.LIKELY),
        judgment("b", Confidence.LOW, null),
        judgment("c", Confidence.MODERATE, Likelihood.ALMOST_NO_CHANCE));

    assertThat(ScaleMarks.of(c))
        .extracting(ScaleMark::number, ScaleMark::row, ScaleMark::confidence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 4, Confidence.HIGH),
            org.assertj.core.groups.Tuple.tuple(3, 0, Confidence.MODERATE));
  }

  @Test
  void of_loneMarkInItsBand_sitsAtTheMiddle() {
    Case c = caseOf(EstimativeScale.standard(), judgment("a", Confidence.HIGH, Likelihood.LIKELY));

    assertThat(ScaleMarks.of(c).get(0).percent()).isCloseTo(67.5, within(1e-9));
  }

  @Test
  void of_twoMarksInAWideBand_shareItEvenly() {
    Case c = caseOf(EstimativeScale.standard(),
        judgment("a", Confidence.HIGH, Likelihood.UNLIKELY),
        judgment("b", Confidence.LOW, Likelihood.UNLIKELY));

    assertThat(ScaleMarks.of(c)).extracting(ScaleMark::percent)
        .satisfiesExactly(x -> assertThat(x).isCloseTo(20 + 25 / 3.0, within(1e-9)),
            x -> assertThat(x).isCloseTo(20 + 50 / 3.0, within(1e-9)));
  }

  @Test
  void position_narrowBand_marksSideBySideAroundTheMiddle_neverOverlapping() {
    double a = ScaleMarks.position(45, 55, 0, 3);
    double b = ScaleMarks.position(45, 55, 1, 3);
    double c = ScaleMarks.position(45, 55, 2, 3);

    assertThat(b).isCloseTo(50, within(1e-9));
    assertThat(b - a).isCloseTo(ScaleMarks.MIN_SPACING, within(1e-9));
    assertThat(c - b).isCloseTo(ScaleMarks.MIN_SPACING, within(1e-9));
  }

  @Test
  void position_bandAtTheEndOfTheAxis_groupMovedInsideTheAxis() {
    double last = ScaleMarks.position(95, 100, 2, 3);
    double first = ScaleMarks.position(0, 5, 0, 3);

    assertThat(last).isEqualTo(100 - ScaleMarks.EDGE);
    assertThat(ScaleMarks.position(95, 100, 1, 3)).isCloseTo(last - ScaleMarks.MIN_SPACING, within(1e-9));
    assertThat(first).isEqualTo(ScaleMarks.EDGE);
  }
}
