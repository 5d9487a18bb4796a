package org.briefkit.analysis.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.changes.DiffCases.edited;
import static org.briefkit.analysis.changes.DiffCases.v1;

import java.util.List;
import java.util.Optional;
import org.briefkit.model.Case;
import org.briefkit.model.Confidence;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.Likelihood;
import org.junit.jupiter.api.Test;

class CaseDiffTest {
  private static String summary(ElementChange c) {
    return c.kind().key() + " " + c.entity() + " " + c.key() + c.owner().map(o -> " of " + o).orElse("");
  }

  private static List<String> summaries(CaseChanges changes, String section) {
    return changes.section(section).orElseThrow().changes().stream().map(CaseDiffTest::summary).toList();
  }

  private static Optional<FieldValue> text(String t) {
    return Optional.of(FieldValue.single(t, true));
  }

  private static Optional<FieldValue> word(String t) {
    return Optional.of(FieldValue.single(t, false));
  }

  private static ElementChange only(CaseChanges changes, String section) {
    assertThat(changes.section(section)).as(section).isPresent();
    return changes.section(section).orElseThrow().changes().get(0);
  }

  @Test
  void between_sameCase_findsNothing() {
    CaseChanges changes = CaseDiff.between(v1(), v1());

    assertThat(changes.isEmpty()).isTrue();
    assertThat(changes.sections()).isEmpty();
    assertThat(changes.total()).isZero();
    assertThat(changes.versionBefore()).contains("1");
  }

  @Test
  void sections_areTheCaseThenItsListsWithTheEvidenceAfterTheJudgments() {
    assertThat(CaseDiff.SECTIONS)
        .containsExactly(
            "case", "motivations", "judgments", "evidence", "assumptions", "indicators", "events",
            "transfers", "sources", "datasets", "stakeholders", "actors", "domains", "ach", "waivers");
  }

  @Test
  void between_caseValues_oneCaseSectionWithTheFieldsInTheFormatsOrder() {
    Case v2 =
        edited(
            "title: Diff\nversion: \"1\"\n",
            "title: Diff\nsubtitle: A second look\nquestions:\n  - Why does Alpha join?\nversion: \"2\"\n");

    CaseChanges changes = CaseDiff.between(v1(), v2);

    assertThat(changes.sections()).extracting(SectionChanges::name).containsExactly("case");
    ElementChange c = only(changes, "case");
    assertThat(summary(c)).isEqualTo("changed case d");
    assertThat(c.label()).isEqualTo("Diff");
    assertThat(c.fields())
        .containsExactly(
            new FieldChange("subtitle", Optional.empty(), text("A second look")),
            new FieldChange(
                "questions", Optional.empty(), Optional.of(FieldValue.list(List.of("Why does Alpha join?"), true))),
            new FieldChange("version", text("1"), text("2")));
    assertThat(changes.versionBefore()).contains("1");
    assertThat(changes.versionAfter()).contains("2");
  }

  @Test
  void between_motivations_addedAndChangedInTheNewOrder_thenRemovedInTheOld() {
    Case v2 =
        edited(
            """
              - id: m2
                stakeholder: a
                domain: cyber
                claim: Second claim
            """,
            """
              - id: m4
                stakeholder: a
                domain: cyber
                claim: Fourth claim
            """,
            "claim: Third claim", "claim: Third claim, reworded");

    CaseChanges changes = CaseDiff.between(v1(), v2);

    assertThat(changes.sections()).extracting(SectionChanges::name).containsExactly("motivations");
    assertThat(summaries(changes, "motivations"))
        .containsExactly("added motivation m4", "changed motivation m3", "removed motivation m2");
    List<ElementChange> m = changes.section("motivations").orElseThrow().changes();
    assertThat(m.get(0).label()).isEqualTo("Fourth claim");
    assertThat(m.get(1).fields())
        .containsExactly(new FieldChange("claim", text("Third claim"), text("Third claim, reworded")));
    assertThat(m.get(2).label()).isEqualTo("Second claim");
    assertThat(changes.count(ChangeKind.ADDED)).isEqualTo(1);
    assertThat(changes.count(ChangeKind.REMOVED)).isEqualTo(1);
    assertThat(changes.count(ChangeKind.CHANGED)).isEqualTo(1);
    assertThat(changes.total()).isEqualTo(3);
  }

  @Test
  void between_defaultedField_showsItsDefaultAsTheOldValue_andNoDerivedField() {
    Case v2 = edited("claim: Second claim", "salience: primary\n    claim: Second claim");

    ElementChange c = only(CaseDiff.between(v1(), v2), "motivations");

    assertThat(c.fields()).containsExactly(new FieldChange("salience", word("secondary"), word("primary")));
  }

  @Test
  void between_shortNameThatFollowsTheName_changesWithItUnreported() {
    Case v2 = edited("name: Alpha", "name: Alpha Land");

    ElementChange c = only(CaseDiff.between(v1(), v2), "stakeholders");

    assertThat(summary(c)).isEqualTo("changed stakeholder a");
    assertThat(c.fields()).containsExactly(new FieldChange("name", text("Alpha"), text("Alpha Land")));
  }

  @Test
  void between_listOfIds_comparedAsTheCaseFileWritesIt() {
    Case v2 = edited("supportedBy: [m1, m3]", "supportedBy: [m3, m2]");

    ElementChange c = only(CaseDiff.between(v1(), v2), "judgments");

    assertThat(c.estimate()).isEmpty();
    assertThat(c.fields())
        .containsExactly(
            new FieldChange(
                "supportedBy", Optional.of(FieldValue.list(List.of("m1", "m3"), false)),
                Optional.of(FieldValue.list(List.of("m3", "m2"), false))));
    assertThat(c.fields().get(0).after().orElseThrow().text()).isEqualTo("[m3, m2]");
  }

  @Test
  void between_sourceFieldsThatNoCodeHereNames_areComparedByTheirDeclaration() {
    Case v2 =
        edited(
            "title: Two\n",
            "title: Two\n    publisher: Two Press\n    date: 2022-06\n    reliability: C\n    textFile: texts/two.md\n");

    ElementChange c = only(CaseDiff.between(v1(), v2), "sources");

    assertThat(c.fields())
        .containsExactly(
            new FieldChange("publisher", Optional.empty(), text("Two Press")),
            new FieldChange("date", Optional.empty(), word("2022-06")),
            new FieldChange("reliability", Optional.empty(), word("C")),
            new FieldChange("textFile", Optional.empty(), word("texts/two.md")));
  }

  @Test
  void between_judgmentConfidenceRaised_showsConfidenceAndLikelihoodAndTheReason() {
    Case v2 =
        edited(
            "confidence: low\n    likelihood: likely\n",
            "confidence: moderate\n    likelihood: very-likely\n    changeReason: A second source confirms it.\n");

    CaseChanges changes = CaseDiff.between(v1(), v2);

    ElementChange c = only(changes, "judgments");
    assertThat(summary(c)).isEqualTo("changed judgment kj1");
    assertThat(c.label()).isEqualTo("Talks go on.");
    assertThat(c.fields()).as("confidence, likelihood and reason are in the estimate").isEmpty();
    assertThat(c.estimate())
        .contains(
            new EstimateChange(
                Confidence.LOW, Confidence.MODERATE, Optional.of(Likelihood.LIKELY),
                Optional.of(Likelihood.VERY_LIKELY), Optional.of("A second source confirms it.")));
    assertThat(changes.estimate(JudgmentId.of("kj1"))).isEqualTo(c.estimate());
    assertThat(changes.estimate(JudgmentId.of("kj2"))).isEmpty();
  }

  @Test
  void between_judgmentLikelihoodGiven_showsTheUnchangedConfidenceToo() {
    Case v2 = edited("confidence: moderate\n", "confidence: moderate\n    likelihood: unlikely\n");

    ElementChange c = only(CaseDiff.between(v1(), v2), "judgments");

    EstimateChange e = c.estimate().orElseThrow();
    assertThat(e.confidenceBefore()).isEqualTo(Confidence.MODERATE);
    assertThat(e.confidenceAfter()).isEqualTo(Confidence.MODERATE);
    assertThat(e.confidenceChanged()).isFalse();
    assertThat(e.likelihoodBefore()).isEmpty();
    assertThat(e.likelihoodAfter()).contains(Likelihood.UNLIKELY);
    assertThat(e.likelihoodChanged()).isTrue();
    assertThat(e.reason()).isEmpty();
  }

  @Test
  void between_judgmentReasonAloneChanged_isAFieldChange() {
    Case before = edited("confidence: low\n", "confidence: low\n    changeReason: Old reason.\n");
    Case after = edited("confidence: low\n", "confidence: low\n    changeReason: Better reason.\n");

    ElementChange c = only(CaseDiff.between(before, after), "judgments");

    assertThat(c.estimate()).isEmpty();
    assertThat(c.fields()).containsExactly(new FieldChange("changeReason", text("Old reason."), text("Better reason.")));
  }

  @Test
  void between_evidenceAddedAndRemoved_listedUnderTheirOwnerInTheEvidenceSection() {
    Case v2 =
        edited(
            "      - {source: s2, text: Two agrees.}\n",
            "      - {source: s2, locator: para 9, text: Two adds a detail.}\n",
            "    claim: Third claim\n",
            "    claim: Third claim\n    evidence:\n      - {source: s1, locator: para 3, text: One reports it.}\n");

    CaseChanges changes = CaseDiff.between(v1(), v2);

    assertThat(changes.sections()).extracting(SectionChanges::name).containsExactly("evidence");
    assertThat(summaries(changes, "evidence"))
        .containsExactly(
            "added evidence s2 para 9 of motivation m1",
            "removed evidence s2 of motivation m1",
            "added evidence s1 para 3 of motivation m3");
    assertThat(changes.section("evidence").orElseThrow().changes())
        .extracting(ElementChange::label)
        .containsExactly("Two adds a detail.", "Two agrees.", "One reports it.");
  }

  @Test
  void between_evidenceRewordedAtTheSamePlace_isChanged() {
    Case v2 = edited("text: One says so.}", "text: One says so twice.}");

    ElementChange c = only(CaseDiff.between(v1(), v2), "evidence");

    assertThat(summary(c)).isEqualTo("changed evidence s1 para 1 of motivation m1");
    assertThat(c.fields()).containsExactly(new FieldChange("text", text("One says so."), text("One says so twice.")));
  }

  @Test
  void between_evidenceMovedWithinItsList_isNoChange() {
    Case v2 =
        edited(
            "      - {source: s1, locator: para 1, kind: fact, text: One says so.}\n      - {source: s2, text: Two agrees.}\n",
            "      - {source: s2, text: Two agrees.}\n      - {source: s1, locator: para 1, kind: fact, text: One says so.}\n");

    assertThat(CaseDiff.between(v1(), v2).isEmpty()).isTrue();
  }

  @Test
  void between_evidenceOfEveryOwner_inTheOrderOfTheSections() {
    Case v2 =
        edited(
            "text: They met.}", "text: They met at last.}",
            "text: Two says nothing changes.}", "text: Two says little changes.}",
            "text: One says so.}", "text: One says so again.}");

    CaseChanges changes = CaseDiff.between(v1(), v2);

    assertThat(summaries(changes, "evidence"))
        .containsExactly(
            "changed evidence s1 para 1 of motivation m1",
            "changed evidence s2 p. 4 of assumption as1",
            "changed evidence s1 para 2 of event e1");
    assertThat(changes.sections()).extracting(SectionChanges::name).containsExactly("evidence");
  }

  @Test
  void between_removedMotivation_takesItsEvidenceWithIt() {
    Case v2 =
        edited(
            "supportedBy: [m1]", "supportedBy: [m3]",
            "supportedBy: [m1, m3]", "supportedBy: [m3]",
            """
              - id: m1
                stakeholder: a
                domain: diplomacy
                claim: First claim
                evidence:
                  - {source: s1, locator: para 1, kind: fact, text: One says so.}
                  - {source: s2, text: Two agrees.}
            """,
            "");

    CaseChanges changes = CaseDiff.between(v1(), v2);

    assertThat(changes.sections()).extracting(SectionChanges::name).containsExactly("motivations", "judgments");
    assertThat(summaries(changes, "motivations")).containsExactly("removed motivation m1");
  }

  @Test
  void between_achMatrix_hypothesesAndItemsArePartsOfTheMatrix() {
    String ach =
        """
        ach:
          - id: why
            hypotheses:
              - {id: h1, statement: Alpha wants security.}
              - {id: h2, statement: Alpha wants trade.}
            items:
              - {id: i1, source: s1, ratings: [C, I], text: Alpha signs a pact.}
              - {id: i2, source: s2, ratings: [N, C], text: Alpha opens its ports.}
        """;
    String v1 = DiffCases.edit(DiffCases.V1, "version: \"1\"\n", "version: \"1\"\nquestions:\n  - Why?\n") + ach;
    Case before = DiffCases.parse(v1);
    Case after =
        DiffCases.parse(
            DiffCases.edit(
                v1,
                "ratings: [C, I]", "ratings: [CC, I, N]",
                "ratings: [N, C]", "ratings: [N, C, I]",
                "      - {id: h2, statement: Alpha wants trade.}\n",
                "      - {id: h2, statement: Alpha wants trade.}\n      - {id: h3, statement: Alpha wants standing.}\n"));

    ElementChange c = only(CaseDiff.between(before, after), "ach");

    assertThat(summary(c)).isEqualTo("changed ach why");
    assertThat(c.label()).isEmpty();
    assertThat(c.fields()).isEmpty();
    assertThat(c.parts()).extracting(CaseDiffTest::summary)
        .containsExactly("added hypothesis h3", "changed item i1", "changed item i2");
    assertThat(c.parts().get(1).fields())
        .containsExactly(
            new FieldChange(
                "ratings", Optional.of(FieldValue.list(List.of("C", "I"), false)),
                Optional.of(FieldValue.list(List.of("CC", "I", "N"), false))));
    assertThat(c.count(ChangeKind.CHANGED)).isEqualTo(3);
    assertThat(c.count(ChangeKind.ADDED)).isEqualTo(1);
  }

  @Test
  void between_waivers_matchedByTheirRule() {
    String waivers =
        """
        waivers:
          - rule: single-source
            reason: One register only.
          - rule: no-indicator
            reason: Nothing would show.
        """;
    Case before = DiffCases.parse(DiffCases.V1 + waivers);
    Case after =
        DiffCases.parse(
            DiffCases.V1
                + DiffCases.edit(
                    waivers,
                    "reason: One register only.", "reason: The register is the only record.",
                    "  - rule: no-indicator\n    reason: Nothing would show.\n",
                    "  - rule: claims-only\n    reason: Claims are all there is.\n"));

    CaseChanges changes = CaseDiff.between(before, after);

    assertThat(summaries(changes, "waivers"))
        .containsExactly("changed waiver single-source", "added waiver claims-only", "removed waiver no-indicator");
    assertThat(changes.section("waivers").orElseThrow().changes().get(0).label())
        .isEqualTo("The register is the only record.");
  }

  @Test
  void between_defaultDomainsToATaxonomyOfItsOwn_reportsEachDomain() {
    Case v2 =
        edited(
            "stakeholders:\n",
            "domains:\n  - {id: diplomacy, label: Diplomacy, instrument: diplomatic}\n"
                + "  - {id: cyber, label: Cyber, instrument: information}\nstakeholders:\n");

    CaseChanges changes = CaseDiff.between(v1(), v2);

    assertThat(summaries(changes, "domains"))
        .containsExactly(
            "changed domain diplomacy", "changed domain cyber", "removed domain regional-security",
            "removed domain non-proliferation", "removed domain military-cooperation",
            "removed domain arms-trade");
    assertThat(changes.section("domains").orElseThrow().changes().get(0).fields())
        .containsExactly(
            new FieldChange("label", text("Diplomacy & alliances"), text("Diplomacy")),
            new FieldChange("description", text("Political ties, alliance management, standing."), Optional.empty()));
  }

  @Test
  void between_sectionsWithChanges_comeInTheDocumentedOrder() {
    Case v2 =
        edited(
            "title: One\n", "title: One, revised\n",
            "title: Summit\n", "title: Summit in Madrid\n",
            "status: solid", "status: caveated",
            "text: They met.}", "text: They met at last.}",
            "statement: Alpha joins.", "statement: Alpha joins soon.",
            "claim: Second claim", "claim: Second claim, revised",
            "version: \"1\"", "version: \"2\"");

    CaseChanges changes = CaseDiff.between(v1(), v2);

    assertThat(changes.sections())
        .extracting(SectionChanges::name)
        .containsExactly("case", "motivations", "judgments", "evidence", "assumptions", "events", "sources");
    assertThat(changes.sections())
        .extracting(SectionChanges::title)
        .containsExactly("Case", "Motivations", "Key judgments", "Evidence", "Key assumptions", "Events", "Sources");
  }
}
