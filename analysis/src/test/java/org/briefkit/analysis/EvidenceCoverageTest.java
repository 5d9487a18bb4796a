package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.briefkit.analysis.Fixtures.*;

import org.briefkit.model.EvidenceKind;
import org.junit.jupiter.api.Test;

class EvidenceCoverageTest {
  private final EvidenceCoverage coverage = Analyzer.analyze(fixture()).coverage();

  @Test
  void motivations_itemsAndDistinctSources() {
    assertThat(coverage.motivations())
        .extracting(c -> c.motivation().id().value(), MotivationCoverage::items, MotivationCoverage::sources)
        .containsExactly(
            tuple("n1", 2, 2),
            tuple("n2", 1, 1),
            tuple("n3", 0, 0),
            tuple("n4", 1, 1),
            tuple("r1", 1, 1),
            tuple("r2", 2, 1),
            tuple("r3", 1, 1));
    assertThat(coverage.motivations().get(0).byKind())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(EvidenceKind.FACT, 1),
            org.assertj.core.api.Assertions.entry(EvidenceKind.CLAIM, 1),
            org.assertj.core.api.Assertions.entry(EvidenceKind.ASSESSMENT, 0));
    assertThat(coverage.motivationsWithEvidence()).isEqualTo(6);
  }

  @Test
  void judgments_evidenceThroughTheirMotivations() {
    assertThat(coverage.judgments())
        .extracting(c -> c.judgment().id().value(), JudgmentCoverage::items, JudgmentCoverage::sources)
        .containsExactly(tuple("j1", 3, 2), tuple("j2", 0, 0));
    assertThat(coverage.judgments().get(0).motivations()).extracting(m -> m.id().value())
        .containsExactly("n1", "r1");
  }

  @Test
  void weakSpots_motivationsFirstThenJudgments_withMessages() {
    assertThat(coverage.weakSpots())
        .extracting(WeakSpot::kind, w -> w.subject().value(), WeakSpot::message)
        .containsExactly(
            tuple(WeakSpot.Kind.NO_EVIDENCE, "n3", "Motivation n3 (\"Claim n3\") cites no evidence."),
            tuple(WeakSpot.Kind.SINGLE_CLAIM, "n4",
                "Motivation n4 (\"Claim n4\") rests on a single claim (s2 ¶4)."),
            tuple(WeakSpot.Kind.SINGLE_MOTIVATION, "j2", "Judgment j2 rests on a single motivation (n3)."),
            tuple(WeakSpot.Kind.UNSUPPORTED_JUDGMENT, "j2",
                "Judgment j2 rests on motivations that cite no evidence."));
  }

  @Test
  void sources_citationsAndCitingMotivations() {
    assertThat(coverage.sources())
        .extracting(s -> s.source().id().value(), SourceUse::citations, SourceUse::motivations)
        .containsExactly(tuple("s1", 5, 4), tuple("s2", 3, 3));
  }

  @Test
  void coverage_emptyCase_noWeakSpots() {
    EvidenceCoverage empty = Analyzer.analyze(empty()).coverage();
    assertThat(empty.motivations()).isEmpty();
    assertThat(empty.weakSpots()).isEmpty();
    assertThat(empty.sources()).extracting(SourceUse::citations).containsExactly(0, 0);
  }
}
