package org.briefkit.analysis.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.briefkit.model.AchId;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchItemId;
import org.briefkit.model.AchItemKind;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Case;
import org.briefkit.model.Credibility;
import org.briefkit.model.Hypothesis;
import org.briefkit.model.HypothesisId;
import org.briefkit.model.Locator;
import org.briefkit.model.Rating;
import org.briefkit.model.Relevance;
import org.briefkit.model.Source;
import org.briefkit.model.SourceId;
import org.junit.jupiter.api.Test;

/**
 * The scores against a matrix worked out by hand.
 *
 * <pre>
 * item  credibility                 relevance     weight = c × r     ratings (H1 H2 H3)
 * e1    source b graded B: high √2   high √2       2                  C   I   II
 * e2    own grade 5: low 1/√2        medium 1      1/√2 ≈ 0.7071068   II  C   N
 * e3    ungraded source: medium 1    low 1/√2      1/√2               N   N   N
 * e4    absence, no grade: medium 1  high √2       √2 ≈ 1.4142136     I   C   NA
 * e5    source e graded E: low 1/√2  high √2       1                  C   II  I
 *
 * scores (II = −2, I = −1, else 0):
 *   H1 = 0.7071068·(−2) + 1.4142136·(−1)            = −2√2 ≈ −2.8284271
 *   H2 = 2·(−1) + 1·(−2)                            = −4
 *   H3 = 2·(−2) + 1·(−1)                            = −5
 *   ranking H1, H2, H3; margin 4 − 2√2 ≈ 1.1715729
 *
 * spread (CC 2, C 1, N and NA 0, I −1, II −2) and diagnosticity = weight × spread:
 *   e1 1−(−2) = 3 → 6;  e2 1−(−2) = 3 → 3/√2 ≈ 2.1213203;  e3 0 → 0;
 *   e4 1−(−1) = 2 → 2√2 ≈ 2.8284271;  e5 1−(−2) = 3 → 3
 *   order e1, e5, e4, e2, e3
 *
 * sensitivity (scores without the item):
 *   −e1: H1 −2.828, H2 −2, H3 −1      → H3 leads: e1 is a linchpin
 *   −e5: H1 −2.828, H2 −2, H3 −4      → H2 leads: e5 is a linchpin
 *   −e4: H1 −1.414, H2 −4, H3 −5      → H1 still leads
 *   −e2: H1 −1.414, H2 −4, H3 −5      → H1 still leads
 *   (e3, rated alike, is not diagnostic and changes nothing)
 * </pre>
 */
class AchTest {
  private static final SourceId B = SourceId.of("b");
  private static final SourceId E = SourceId.of("e");
  private static final SourceId U = SourceId.of("u");

  static AchItem item(String id, Relevance relevance, Rating... ratings) {
    return AchItem.builder().id(AchItemId.of(id)).text(id).relevance(relevance).ratings(ratings).build();
  }

  static Case worked() {
    AchMatrix m =
        AchMatrix.builder()
            .id(AchId.of("m"))
            .hypotheses(
                Hypothesis.builder().id(HypothesisId.of("h1")).statement("First").build(),
                Hypothesis.builder().id(HypothesisId.of("h2")).statement("Second").build(),
                Hypothesis.builder().id(HypothesisId.of("h3")).statement("Third").build())
            .items(
                item("e1", Relevance.HIGH, Rating.C, Rating.I, Rating.II).toBuilder().source(B)
                    .locator(Locator.paragraph(1)).build(),
                item("e2", Relevance.MEDIUM, Rating.II, Rating.C, Rating.N).toBuilder().source(B)
                    .credibility(Credibility.IMPROBABLE).build(),
                item("e3", Relevance.LOW, Rating.N, Rating.N, Rating.N).toBuilder().source(U).build(),
                item("e4", Relevance.HIGH, Rating.I, Rating.C, Rating.NA).toBuilder()
                    .kind(AchItemKind.ABSENCE).build(),
                item("e5", Relevance.HIGH, Rating.C, Rating.II, Rating.I).toBuilder().source(E).build())
            .build();
    return Case.builder("c", "Worked")
        .questions("Which?")
        .sources(
            Source.builder(B, "Graded B").reliability(Source.Reliability.B).build(),
            Source.builder(E, "Graded E").reliability(Source.Reliability.E).build(),
            Source.builder(U, "Ungraded").build())
        .ach(m)
        .build();
  }

  @Test
  void scores_matchTheHandComputation() {
    AchAnalysis a = Ach.analyse(worked()).get(0);

    assertThat(a.scores()).extracting(HypothesisScore::inconsistency)
        .satisfiesExactly(
            h1 -> assertThat(h1).isCloseTo(-2 * Math.sqrt(2), within(1e-9)),
            h2 -> assertThat(h2).isCloseTo(-4, within(1e-9)),
            h3 -> assertThat(h3).isCloseTo(-5, within(1e-9)));
    assertThat(a.ranking()).extracting(s -> s.hypothesis().id().value(), HypothesisScore::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("h1", 1),
            org.assertj.core.groups.Tuple.tuple("h2", 2),
            org.assertj.core.groups.Tuple.tuple("h3", 3));
    assertThat(a.margin()).isCloseTo(4 - 2 * Math.sqrt(2), within(1e-9));
    assertThat(a.scores()).extracting(HypothesisScore::rank).containsExactly(1, 2, 3);
    assertThat(a.question()).isEqualTo("Which?");
  }

  @Test
  void items_orderedByDiagnosticity_withTheirWeights() {
    AchAnalysis a = Ach.analyse(worked()).get(0);

    assertThat(a.items()).extracting(i -> i.item().id().value()).containsExactly("e1", "e5", "e4", "e2", "e3");
    assertThat(a.items()).extracting(ScoredItem::credibility)
        .containsExactly(Level.HIGH, Level.LOW, Level.MEDIUM, Level.LOW, Level.MEDIUM);
    assertThat(a.items()).extracting(ScoredItem::diagnosticity)
        .satisfiesExactly(
            d -> assertThat(d).isCloseTo(6, within(1e-9)),
            d -> assertThat(d).isCloseTo(3, within(1e-9)),
            d -> assertThat(d).isCloseTo(2 * Math.sqrt(2), within(1e-9)),
            d -> assertThat(d).isCloseTo(3 / Math.sqrt(2), within(1e-9)),
            d -> assertThat(d).isZero());
    assertThat(a.items().get(4).diagnostic()).isFalse();
    assertThat(a.items().get(0).weight()).isCloseTo(2, within(1e-9));
  }

  @Test
  void sensitivity_findsTheLinchpins() {
    AchAnalysis a = Ach.analyse(worked()).get(0);

    assertThat(a.sensitivity()).extracting(r -> r.item().item().id().value(), Removal::flipsLeader,
            r -> r.leader().hypothesis().id().value())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("e1", true, "h3"),
            org.assertj.core.groups.Tuple.tuple("e5", true, "h2"),
            org.assertj.core.groups.Tuple.tuple("e4", false, "h1"),
            org.assertj.core.groups.Tuple.tuple("e2", false, "h1"));
    assertThat(a.sensitivity().get(0).ranking()).extracting(HypothesisScore::inconsistency)
        .satisfiesExactly(
            h3 -> assertThat(h3).isCloseTo(-1, within(1e-9)),
            h2 -> assertThat(h2).isCloseTo(-2, within(1e-9)),
            h1 -> assertThat(h1).isCloseTo(-2 * Math.sqrt(2), within(1e-9)));
    assertThat(a.linchpins()).extracting(i -> i.item().id().value()).containsExactly("e1", "e5");
    assertThat(a.thinlyTested()).isEmpty();
  }

  @Test
  void findings_sayItInWords() {
    assertThat(Ach.analyse(worked()).get(0).findings())
        .containsExactly(
            "H1 leads with the least weighted inconsistency, −2.83, ahead of H2 at −4.00 (a margin of 1.17).",
            "The lead turns on items e1 (b ¶1) and e5 (e): without any one of them, H3 or H2 would lead or tie.",
            "The most diagnostic item is e1 (b ¶1), whose ratings lie 3 steps apart on the scale from CC to II.",
            "Item e3 (u) is rated alike against every hypothesis: it does not help to choose between them.");
  }

  @Test
  void ties_thinTests_andNoLinchpin_areSaid() {
    AchMatrix m =
        AchMatrix.builder()
            .id(AchId.of("t"))
            .hypotheses(
                Hypothesis.builder().id(HypothesisId.of("a")).statement("A").build(),
                Hypothesis.builder().id(HypothesisId.of("b")).statement("B").build())
            .items(
                item("x", Relevance.MEDIUM, Rating.I, Rating.I).toBuilder().kind(AchItemKind.ABSENCE).build(),
                item("y", Relevance.MEDIUM, Rating.C, Rating.C).toBuilder().kind(AchItemKind.ABSENCE).build())
            .build();
    Case c = Case.builder("c", "Tie").questions("Q?").ach(m).build();

    AchAnalysis a = Ach.analyse(c).get(0);

    assertThat(a.ranking()).extracting(HypothesisScore::rank).containsExactly(1, 1);
    assertThat(a.margin()).isZero();
    assertThat(a.linchpins()).isEmpty();
    assertThat(a.sensitivity()).isEmpty();
    assertThat(a.thinlyTested()).extracting(h -> h.id().value()).containsExactly("a", "b");
    assertThat(a.findings())
        .containsExactly(
            "H1 and H2 tie as the least inconsistent explanations, at −1.00 each: the matrix does not choose between them.",
            "No single item would break the tie: without any one of them, it stands.",
            "Items x (absence of evidence) and y (absence of evidence) are rated alike against every hypothesis: they do not help to choose between them.",
            "H1 and H2 are thinly tested: fewer than 2 diagnostic items rate each inconsistent, so their standing rests on little; evidence that could refute them is missing.");
  }

  @Test
  void matrixWithoutItems_tiesEveryHypothesis_andSaysSo() {
    AchMatrix m =
        AchMatrix.builder()
            .id(AchId.of("draft"))
            .hypotheses(
                Hypothesis.builder().id(HypothesisId.of("a")).statement("A").build(),
                Hypothesis.builder().id(HypothesisId.of("b")).statement("B").build())
            .build();

    AchAnalysis a = Ach.analyse(Case.builder("c", "Draft").questions("Q?").ach(m).build()).get(0);

    assertThat(a.ranking()).extracting(HypothesisScore::rank).containsExactly(1, 1);
    assertThat(a.findings()).first().asString().startsWith("H1 and H2 tie");
  }

  @Test
  void itemRatedAgainstOneHypothesisOnly_isDiagnostic_andCanDecide() {
    // a [I, N, II] weighs 1 (medium × medium); b [NA, I, NA] weighs √2 (medium × high).
    // Scores: H1 −1, H2 −√2, H3 −2; without b: H1 −1, H2 0, H3 −2, so H2 leads; without a:
    // H1 0, H2 −√2, H3 0, so H3 ties with H1.
    AchMatrix m =
        AchMatrix.builder()
            .id(AchId.of("na"))
            .hypotheses(
                Hypothesis.builder().id(HypothesisId.of("h1")).statement("One").build(),
                Hypothesis.builder().id(HypothesisId.of("h2")).statement("Two").build(),
                Hypothesis.builder().id(HypothesisId.of("h3")).statement("Three").build())
            .items(
                item("a", Relevance.MEDIUM, Rating.I, Rating.N, Rating.II).toBuilder()
                    .kind(AchItemKind.ABSENCE).build(),
                item("b", Relevance.HIGH, Rating.NA, Rating.I, Rating.NA).toBuilder()
                    .kind(AchItemKind.ABSENCE).build())
            .build();

    AchAnalysis a = Ach.analyse(Case.builder("c", "NA").questions("Q?").ach(m).build()).get(0);

    assertThat(a.items()).allMatch(ScoredItem::diagnostic);
    assertThat(a.linchpins()).extracting(i -> i.item().id().value()).containsExactly("a", "b");
    assertThat(a.sensitivity()).extracting(r -> r.item().item().id().value(), Removal::flipsLeader)
        .contains(org.assertj.core.groups.Tuple.tuple("b", true));
    assertThat(a.findings()).contains(
        "The lead turns on items a (absence of evidence) and b (absence of evidence): without any"
            + " one of them, H3 or H2 would lead or tie.");
    assertThat(a.findings()).noneMatch(f -> f.contains("rated alike"));
  }
}
