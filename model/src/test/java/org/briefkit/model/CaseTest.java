package org.briefkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseTest {
  private static final SourceId SRC = SourceId.of("src");

  private static Case.Builder valid() {
    return Case.builder("c", "A case")
        .sources(Source.builder(SRC, "An article").build())
        .stakeholders(
            Stakeholder.builder(StakeholderId.of("nato"), "NATO")
                .question("Why?")
                .kind(StakeholderKind.ALLIANCE)
                .actor(ActorId.of("nato"))
                .build())
        .actors(
            Actor.builder(ActorId.of("nato"), "NATO", ActorKind.ALLIANCE).build(),
            Actor.builder(ActorId.of("dprk"), "North Korea", ActorKind.STATE).country("KP").build())
        .motivations(
            Motivation.builder(MotivationId.of("m1"), StakeholderId.of("nato"), DomainId.of("cyber"))
                .claim("Cyber defence")
                .salience(Salience.PRIMARY)
                .drivers(ActorId.of("dprk"))
                .evidence(Evidence.of(SRC, Locator.paragraph(3), "Cyber focus", EvidenceKind.FACT))
                .build())
        .judgments(KeyJudgment.of(JudgmentId.of("j1"), "NATO wants cyber ties.", Confidence.HIGH, MotivationId.of("m1")));
  }

  @Test
  void build_validCase_usesDefaultDomainsAndKeepsOrder() {
    Case c = valid().build();

    assertThat(c.domains()).isEqualTo(Domain.defaults());
    assertThat(c.language()).isEqualTo("en");
    assertThat(c.motivation(MotivationId.of("m1"))).isPresent();
    assertThat(c.actor(ActorId.of("nobody"))).isEmpty();
  }

  @Test
  void build_severalFaults_reportsEveryProblemWithPathAndIds() {
    Case.Builder b =
        valid()
            .focus(ActorId.of("rokk"))
            .actors(
                Actor.builder(ActorId.of("dprk"), "DPRK again", ActorKind.STATE).build(),
                Actor.builder(ActorId.of("yoon"), "Yoon", ActorKind.PERSON)
                    .affiliation(ActorId.of("yoon"))
                    .build())
            .motivations(
                Motivation.builder(
                        MotivationId.of("m2"), StakeholderId.of("natoo"), DomainId.of("cyberr"))
                    .claim("Typos")
                    .drivers(ActorId.of("china"))
                    .evidence(Evidence.of(SourceId.of("nope"), Locator.paragraph(1), "x", EvidenceKind.CLAIM))
                    .build())
            .transfers(
                ArmsTransfer.builder(TransferId.of("t1"), ActorId.of("nato"), ActorId.of("nato"))
                    .items("Everything")
                    .build())
            .judgments(
                new KeyJudgment(
                    JudgmentId.of("j2"), "Unsupported.", Confidence.LOW, Optional.empty(),
                    com.google.common.collect.ImmutableList.of()),
                KeyJudgment.of(JudgmentId.of("j3"), "Dangling.", Confidence.LOW, MotivationId.of("m9")));

    InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, b::build);

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "/actors/2/id: duplicate actor id \"dprk\"",
            "/focus: case: focus \"rokk\" is not a known actor",
            "/actors/3/affiliation: actor yoon cannot be affiliated with itself",
            "/motivations/1/stakeholder: motivation m2: stakeholder \"natoo\" is not a known"
                + " stakeholder (did you mean \"nato\"?)",
            "/motivations/1/domain: motivation m2: domain \"cyberr\" is not a known domain (did"
                + " you mean \"cyber\"?)",
            "/motivations/1/drivers/0: motivation m2: driver \"china\" is not a known actor",
            "/motivations/1/evidence/0/source: motivation m2: evidence source \"nope\" is not a"
                + " known source",
            "/transfers/0/recipient: transfer t1: supplier and recipient are both nato",
            "/judgments/1: judgment j2 is supported by no motivation (list at least one under"
                + " supportedBy)",
            "/judgments/2/supportedBy/0: judgment j3: supporting motivation \"m9\" is not a known"
                + " motivation (did you mean \"m1\"?)");
    assertThat(e.problems())
        .extracting(Problem::kind, p -> p.ids().stream().map(Object::toString).toList())
        .containsExactly(
            tuple(Problem.Kind.DUPLICATE_ID, List.of("dprk")),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, List.of("rokk")),
            tuple(Problem.Kind.SELF_REFERENCE, List.of("yoon")),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, List.of("m2", "natoo")),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, List.of("m2", "cyberr")),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, List.of("m2", "china")),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, List.of("m2", "nope")),
            tuple(Problem.Kind.SAME_PARTIES, List.of("t1", "nato")),
            tuple(Problem.Kind.UNSUPPORTED_JUDGMENT, List.of("j2")),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, List.of("j3", "m9")));
    // The unresolved reference keeps its type: a motivation's driver names an actor.
    assertThat(e.problems().get(5).unresolved()).contains(ActorId.of("china"));
    assertThat(e).hasMessageStartingWith("10 problems in case:\n  /actors/2/id:");
  }

  @Test
  void toBuilder_rebuildsAnEqualCase() {
    Case c = valid().subtitle("Sub").marking("PUBLIC").build();

    assertThat(c.toBuilder().build()).isEqualTo(c);
  }

  @Test
  void toBuilder_defaultTaxonomy_domainsReplaceIt() {
    Case c = Case.builder("c", "T").build();
    Domain water = Domain.of("water", "Water", "", Instrument.ECONOMIC);

    Case copy = c.toBuilder().domains(water).build();

    assertThat(c.domains()).isEqualTo(Domain.defaults());
    assertThat(copy.domains()).containsExactly(water);
  }

  @Test
  void build_tradecraftLists_checkTheirReferences() {
    InvalidCaseException e =
        catchThrowableOfType(
            InvalidCaseException.class,
            () ->
                valid()
                    .assumptions(
                        Assumption.builder().id(AssumptionId.of("a1")).statement("Holds.")
                            .status(AssumptionStatus.SOLID).underpins(JudgmentId.of("j9"))
                            .evidence(Evidence.of(SourceId.of("nope"), Locator.paragraph(1), "t", EvidenceKind.FACT))
                            .build(),
                        Assumption.builder().id(AssumptionId.of("a2")).statement("Orphan.")
                            .status(AssumptionStatus.CAVEATED).build())
                    .indicators(
                        Indicator.builder().id(IndicatorId.of("i1")).statement("Seen.")
                            .strengthens(JudgmentId.of("j1")).weakens(JudgmentId.of("j1")).build(),
                        Indicator.builder().id(IndicatorId.of("i1")).statement("Twice.").build())
                    .build());

    assertThat(e.problems())
        .extracting(Problem::kind, Problem::path, Problem::message)
        .containsExactly(
            tuple(Problem.Kind.DUPLICATE_ID, "/indicators/1/id", "duplicate indicator id \"i1\""),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, "/assumptions/0/underpins/0",
                "assumption a1: underpinned judgment \"j9\" is not a known judgment (did you mean \"j1\"?)"),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, "/assumptions/0/evidence/0/source",
                "assumption a1: evidence source \"nope\" is not a known source"),
            tuple(Problem.Kind.UNLINKED, "/assumptions/1",
                "assumption a2 underpins no judgment (list at least one under underpins)"),
            tuple(Problem.Kind.CONTRADICTORY_LINK, "/indicators/0/weakens/0",
                "indicator i1 both strengthens and weakens judgment j1"),
            tuple(Problem.Kind.UNLINKED, "/indicators/1",
                "indicator i1 bears on no judgment (list at least one under strengthens or weakens)"));
  }

  @Test
  void build_likelihoodOutsideTheScale_isAProblem() {
    KeyJudgment j = KeyJudgment.builder().id(JudgmentId.of("j2")).statement("S.")
        .confidence(Confidence.LOW).likelihood(Likelihood.of("realistic-possibility"))
        .supportedBy(MotivationId.of("m1")).build();

    InvalidCaseException e =
        catchThrowableOfType(InvalidCaseException.class, () -> valid().judgments(j).build());
    Case phia = valid().judgments(j).scale(EstimativeScale.named("phia").orElseThrow()).build();

    assertThat(e.problems())
        .extracting(Problem::kind, Problem::path, Problem::message)
        .containsExactly(tuple(Problem.Kind.NOT_IN_SCALE, "/judgments/1/likelihood",
            "judgment j2: likelihood \"realistic-possibility\" is not a row of the icd-203 scale"
                + " (almost-no-chance, very-unlikely, unlikely, roughly-even-chance, likely,"
                + " very-likely, almost-certain)"));
    assertThat(phia.scale().band(j.likelihood().orElseThrow()).orElseThrow().range()).isEqualTo("40–50 %");
  }
}
