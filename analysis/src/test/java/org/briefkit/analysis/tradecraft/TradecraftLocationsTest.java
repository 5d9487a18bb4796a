package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefkit.model.LocatedCase;
import org.junit.jupiter.api.Test;

/**
 * Warnings end to end: a case file read with its locator, checked, each warning printed as the
 * command prints it, at the line and column of the value or of the word in a statement, whatever
 * the statement's YAML style.
 */
class TradecraftLocationsTest {
  private static final String FILE =
      """
      id: t
      title: Tradecraft
      sources:
        - id: s1
          title: One
          reliability: B
      stakeholders:
        - id: a
          name: A
          question: Why?
      motivations:
        - id: m1
          stakeholder: a
          domain: diplomacy
          claim: First
          evidence:
            - source: s1
              text: A says so.
              kind: claim
      judgments:
        - id: kj1
          statement: >-
            We judge with high confidence
            that talks are likely to fail.
          confidence: high
          likelihood: very-likely
          supportedBy: [m1]
        - id: kj2
          statement: "Seoul 😀 — \\"highly likely\\" to join"
          confidence: low
          supportedBy: [m1]
        - id: kj3
          statement: |
            Talks are probable.
            A deal is 'improbable'.
          confidence: moderate
          likelihood: likely
          supportedBy: [m1]
      assumptions:
        - id: a1
          statement: Nothing changes.
          status: unsupported
          underpins: [kj1, kj3]
      indicators:
        - id: i1
          statement: A summit.
          weakens: [kj3]
      waivers:
        - rule: single-sorce
          reason: A typo.
      """;

  @Test
  void check_caseFile_warnsAtTheWordsAndValues() {
    LocatedCase c = TradecraftCases.located(FILE);

    assertThat(Tradecraft.check(c.value()).stream().map(w -> w.format(c.locator())))
        .containsExactly(
            "t.yaml:21:9: warning: [no-indicator] high-confidence judgment kj1 has no indicator: name under"
                + " indicators what would strengthen or weaken it",
            "t.yaml:23:21: warning: [confidence-with-likelihood] one sentence says both how confident"
                + " (\"high confidence\") and how likely (\"likely\"): state confidence and likelihood in"
                + " separate sentences",
            "t.yaml:24:22: warning: [term-disagrees] statement says \"likely\" (55–80 %) but likelihood is"
                + " very-likely (80–95 %)",
            "t.yaml:25:17: warning: [single-source] high confidence rests on one source: the only item of"
                + " evidence of motivation m1 cites s1",
            "t.yaml:25:17: warning: [claims-only] high confidence rests on claims only: the only item of"
                + " evidence of motivation m1 is of kind claim",
            "t.yaml:29:29: warning: [other-scale-term] \"highly likely\" (80–90 %) is a term of the phia"
                + " scale, not of the case's icd-203: say \"very likely\" (80–95 %)",
            "t.yaml:34:17: warning: [mixed-terms] \"probable\" and \"likely\" (judgment kj1) say the same"
                + " band, likely (55–80 %): readers take different words for different probabilities; use one",
            "t.yaml:35:18: warning: [term-disagrees] statement says \"improbable\" (20–45 %) but likelihood"
                + " is likely (55–80 %)",
            "t.yaml:42:13: warning: [unsupported-assumption] assumption a1 is unsupported but underpins"
                + " high-confidence judgment kj1",
            "t.yaml:49:11: warning: [unknown-rule] no tradecraft rule is called \"single-sorce\" (did you"
                + " mean \"single-source\"?), so the waiver switches nothing off");
  }

  @Test
  void place_ofAWarning_isTheLocatorsPlaceOfItsPointerAndOffset() {
    LocatedCase c = TradecraftCases.located(FILE);
    TradecraftWarning w = new TradecraftWarning("mixed-terms", "/judgments/2/statement", 31, "m");

    assertThat(w.place(c.locator())).isEqualTo("t.yaml:35:18");
    assertThat(w.format(org.briefkit.model.CaseLocator.named("t.xlsx"))).isEqualTo("t.xlsx: warning: [mixed-terms] m");
  }

  @Test
  void check_citationsAgainstATextFile_warnAtTheLocatorAndTheQuoteMark() {
    LocatedCase c =
        TradecraftCases.located(
            """
            id: t
            title: Provenance
            sources:
              - id: s1
                title: One
                textFile: texts/s1.txt
              - id: s2
                title: Two
                textFile: texts/missing.txt
            stakeholders:
              - {id: a, name: A, question: Why?}
            motivations:
              - id: m1
                stakeholder: a
                domain: diplomacy
                claim: First
                evidence:
                  - source: s1
                    locator: para 7
                    text: A paraphrase.
                  - source: s1
                    locator: para 1
                    text: >-
                      The task force, says the report,
                      "kept the strait closed" all year.
            """);
    org.briefkit.analysis.provenance.SourceTexts texts =
        org.briefkit.analysis.provenance.SourceTexts.builder()
            .put(org.briefkit.model.SourceId.of("s1"), org.briefkit.model.TextCopy.of("texts/s1.txt"), ProvenanceRuleCases.TEXT)
            .missing(org.briefkit.model.SourceId.of("s2"), "there is no file \"texts/missing.txt\" in the case's folder, .")
            .build();

    assertThat(
            Tradecraft.check(c.value(), org.briefkit.analysis.CaseMaterials.builder().texts(texts).build()).stream()
                .map(w -> w.format(c.locator())))
        .containsExactly(
            "t.yaml:9:15: warning: [source-text-missing] the text of source s2 is missing: there is no file"
                + " \"texts/missing.txt\" in the case's folder, .",
            "t.yaml:19:18: warning: [locator-not-found] para 7 is not in the text of source s1: the text has 3"
                + " paragraphs, not counting its heading",
            "t.yaml:25:11: warning: [quote-not-found] quote \"kept the strait closed\" is not in ¶1 of the text"
                + " of source s1, nor elsewhere in it; the closest passage there is \"kept the strait open\", in ¶1");
  }
}
