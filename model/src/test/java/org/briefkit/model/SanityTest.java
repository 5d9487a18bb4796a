package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Guava's sanity testers over the public model types. */
class SanityTest {

  static List<Class<?>> publicTypes() {
    return List.of(
        CaseId.class, StakeholderId.class, DomainId.class, MotivationId.class, SourceId.class,
        ActorId.class, EventId.class, TransferId.class, JudgmentId.class, PartialDate.class,
        DateSpan.class, Colour.class, Locator.class, Evidence.class, Source.class,
        Stakeholder.class, Domain.class, Actor.class, Motivation.class, Event.class,
        ArmsTransfer.class, KeyJudgment.class, Problem.class, Case.class, Suggestions.class);
  }

  @ParameterizedTest
  @MethodSource("publicTypes")
  void publicConstructorsAndFactories_rejectNulls(Class<?> type) {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(PartialDate.class, PartialDate.ofYear(2022));
    tester.setDefault(DateSpan.class, DateSpan.parse("2022"));
    tester.setDefault(Locator.class, Locator.paragraph(1));
    tester.setDefault(Colour.class, new Colour(0));
    tester.setDefault(String.class, "x");
    tester.setDefault(CaseId.class, CaseId.of("c"));
    tester.setDefault(StakeholderId.class, StakeholderId.of("s"));
    tester.setDefault(DomainId.class, DomainId.of("d"));
    tester.setDefault(MotivationId.class, MotivationId.of("m"));
    tester.setDefault(SourceId.class, SourceId.of("src"));
    tester.setDefault(ActorId.class, ActorId.of("a"));
    tester.setDefault(EventId.class, EventId.of("e"));
    tester.setDefault(TransferId.class, TransferId.of("t"));
    tester.setDefault(JudgmentId.class, JudgmentId.of("j"));
    tester.setDefault(AssumptionId.class, AssumptionId.of("a"));
    tester.setDefault(IndicatorId.class, IndicatorId.of("i"));
    tester.setDefault(EstimativeScale.class, EstimativeScale.standard());
    tester.setDefault(Likelihood.class, Likelihood.LIKELY);
    tester.testAllPublicStaticMethods(type);
    tester.testAllPublicConstructors(type);
  }

  @Test
  void valueTypes_equalByValue() {
    new EqualsTester()
        .addEqualityGroup(PartialDate.parse("2022-05"), PartialDate.ofMonth(2022, 5))
        .addEqualityGroup(PartialDate.parse("2022"))
        .addEqualityGroup(DateSpan.parse("2022-06-29/2022-06-30"), DateSpan.parse("2022-06-29/2022-06-30"))
        .addEqualityGroup(StakeholderId.of("nato"), new StakeholderId("nato"))
        .addEqualityGroup(
            Evidence.of(SourceId.of("s"), Locator.paragraph(2), "t", EvidenceKind.FACT),
            new Evidence(SourceId.of("s"), Optional.of(Locator.parse("para 2")), "t", EvidenceKind.FACT))
        .addEqualityGroup(
            new KeyJudgment(JudgmentId.of("j"), "s", Confidence.LOW, Optional.empty(), ImmutableList.of(MotivationId.of("m"))),
            KeyJudgment.of(JudgmentId.of("j"), "s", Confidence.LOW, MotivationId.of("m")))
        .testEquals();
  }
}
