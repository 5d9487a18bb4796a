package org.briefkit.analysis.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.briefkit.analysis.provenance.ProvenanceCases.citing;
import static org.briefkit.analysis.provenance.ProvenanceCases.evidence;
import static org.briefkit.analysis.provenance.ProvenanceCases.report;

import java.util.Optional;
import org.briefkit.model.Case;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Locator;
import org.briefkit.model.SourceId;
import org.junit.jupiter.api.Test;

/** Citations checked against a fictional situation report (see {@link ProvenanceCases#SITREP}). */
class ProvenanceReportTest {
  private static CitationCheck only(Case c) {
    return report(c).citations().get(0);
  }

  private static QuoteCheck onlyQuote(Case c) {
    CitationCheck k = only(c);
    assertThat(k.quotes()).hasSize(1);
    return k.quotes().get(0);
  }

  @Test
  void quote_straightMarksAroundCurlyInTheText_isVerified() {
    CitationCheck k = only(citing(evidence("para 2", "Haedo calls the safety of its imports its \"first concern\".")));

    assertThat(k.pointer()).isEqualTo("/motivations/0/evidence/0");
    assertThat(k.status()).isEqualTo(CitationStatus.QUOTES_VERIFIED);
    assertThat(k.quotes()).extracting(q -> q.quote().text(), QuoteCheck::outcome)
        .containsExactly(tuple("first concern", QuoteCheck.Outcome.VERIFIED));
  }

  @Test
  void quote_withStraightApostrophe_matchesTheTextsCurlyOne_andStartsInEitherCase() {
    assertThat(only(citing(evidence("para 2", "\"nine tenths of Haedo's energy imports\" pass.")))
        .status()).isEqualTo(CitationStatus.QUOTES_VERIFIED);
  }

  @Test
  void quote_ofAWordHyphenatedAtALineEnd_isVerifiedWithOrWithoutItsHyphen() {
    Case c =
        citing(
            evidence("para 3", "Fees and patrols are \"interrelated questions\"."),
            evidence("para 3", "Fees and patrols are \"inter-related questions\"."),
            evidence("para 3", "\"questions of transit fees and patrols remain open—Varnya\""));

    assertThat(report(c).citations()).extracting(CitationCheck::status).containsOnly(CitationStatus.QUOTES_VERIFIED);
  }

  @Test
  void quote_withAnEllipsis_isVerifiedWhenItsPartsComeInOrder() {
    Case c =
        citing(
            evidence("para 3", "\"transit fees … before winter\""),
            evidence("para 3", "\"before winter … transit fees\""));

    assertThat(report(c).citations()).extracting(CitationCheck::status)
        .containsExactly(CitationStatus.QUOTES_VERIFIED, CitationStatus.QUOTE_NOT_FOUND);
    assertThat(report(c).citations().get(1).quotes().get(0).unmatched()).contains("transit fees");
  }

  @Test
  void apostrophes_areNotQuotes_soACitationWithoutQuotesOnlyChecksItsLocator() {
    CitationCheck k = only(citing(evidence("para 1", "The Compact's task force kept NATO's… Haedo’s strait open.")));

    assertThat(k.quotes()).isEmpty();
    assertThat(k.status()).isEqualTo(CitationStatus.LOCATOR_FOUND);
  }

  @Test
  void quote_inAnotherParagraph_isFoundElsewhere() {
    QuoteCheck q = onlyQuote(citing(evidence("para 1", "Most of its \"energy imports cross the strait\".")));

    assertThat(q.outcome()).isEqualTo(QuoteCheck.Outcome.ELSEWHERE);
    assertThat(q.foundIn()).contains("¶2");
  }

  @Test
  void misquote_givesTheClosestPassageOfTheParagraph() {
    Case c = citing(evidence("para 4", "Varnya is \"Tarsk's sole partner with influence\"."));

    CitationCheck k = only(c);
    QuoteCheck q = k.quotes().get(0);

    assertThat(k.status()).isEqualTo(CitationStatus.QUOTE_NOT_FOUND);
    assertThat(q.outcome()).isEqualTo(QuoteCheck.Outcome.NOT_FOUND);
    assertThat(q.closest()).contains(new QuoteCheck.Closest("\"Tarsk's only partner with influence\"", "¶4"));
  }

  @Test
  void misquote_farFromEverything_hasNoClosestPassage() {
    QuoteCheck q = onlyQuote(citing(evidence("para 4", "It said \"zebras quietly yodel\".")));

    assertThat(q.outcome()).isEqualTo(QuoteCheck.Outcome.NOT_FOUND);
    assertThat(q.closest()).isEmpty();
  }

  @Test
  void locator_beyondTheText_isNotFound_andItsQuoteLookedForEverywhere() {
    CitationCheck k = only(citing(evidence("para 9", "Its \"first concern\".")));

    assertThat(k.status()).isEqualTo(CitationStatus.LOCATOR_NOT_FOUND);
    assertThat(k.locatorProblem()).contains("the text has 4 paragraphs, not counting its heading");
    assertThat(k.quotes()).extracting(QuoteCheck::outcome, QuoteCheck::foundIn)
        .containsExactly(tuple(QuoteCheck.Outcome.ELSEWHERE, Optional.of("¶2")));
  }

  @Test
  void citation_withoutLocator_checksItsQuotesInTheWholeText() {
    Case c =
        citing(
            evidence(null, "Varnya is \"Tarsk's only partner\"."),
            evidence(null, "Varnya is Tarsk's partner."),
            evidence(null, "Varnya is \"Tarsk's best partner\"."));

    assertThat(report(c).citations()).extracting(CitationCheck::status)
        .containsExactly(CitationStatus.QUOTES_VERIFIED, CitationStatus.NOTHING_TO_CHECK, CitationStatus.QUOTE_NOT_FOUND);
    assertThat(report(c).citations().get(2).quotes().get(0).closest())
        .contains(new QuoteCheck.Closest("\"Tarsk's only partner\"", "¶4"));
  }

  @Test
  void citation_ofASourceWithoutText_isNotChecked_andOneWhoseFileIsMissingSaysSo() {
    Case c = citing(evidence("other", "para 1", "\"anything\""));
    SourceTexts missing = SourceTexts.builder().missing(SourceId.of("other"), "there is no file").build();

    assertThat(report(c).citations().get(0).status()).isEqualTo(CitationStatus.NO_TEXT);
    assertThat(report(c).citations().get(0).quotes()).isEmpty();
    assertThat(ProvenanceReport.of(c, missing).citations().get(0).status()).isEqualTo(CitationStatus.TEXT_MISSING);
    assertThat(ProvenanceReport.of(c, SourceTexts.none()).checkedCount()).isZero();
  }

  @Test
  void pageLocator_inATextWithFormFeeds_looksOnThatPage() {
    String text = "Page one tells of fees.\n\fPage two tells of patrols.\n\fPage three.\n";
    Case c =
        citing(
            evidence("p. 2", "It \"tells of patrols\"."),
            evidence("p. 1", "It \"tells of patrols\"."),
            evidence("p. 4", "It \"tells of patrols\"."));

    ProvenanceReport r = ProvenanceReport.of(c, ProvenanceCases.texts("sitrep.txt", text));

    assertThat(r.citations()).extracting(CitationCheck::status)
        .containsExactly(CitationStatus.QUOTES_VERIFIED, CitationStatus.QUOTE_NOT_FOUND, CitationStatus.LOCATOR_NOT_FOUND);
    assertThat(r.citations().get(1).quotes().get(0).foundIn()).contains("¶2 (p. 2)");
    assertThat(r.citations().get(2).locatorProblem()).contains("the text has 3 pages");
  }

  @Test
  void pageLocator_inATextWithoutPages_isNoProblem_andItsQuotesAreLookedForEverywhere() {
    Case c = citing(evidence("p. 12", "Its \"first concern\"."), evidence("p. 12", "No quote."));

    assertThat(report(c).citations()).extracting(CitationCheck::status)
        .containsExactly(CitationStatus.QUOTES_VERIFIED, CitationStatus.NOTHING_TO_CHECK);
  }

  @Test
  void sectionLocator_looksInTheWholeSection() {
    String text =
        """
        1 Trade

        Nine tenths of the imports cross the strait.

        2 Security

        2.1 Patrols

        The task force escorts ships.

        2.2 Mines

        Tarsk could lay mines.
        """;
    Case c =
        citing(
            evidence("section 2", "\"escorts ships\" and \"lay mines\""),
            evidence("section 2.2", "\"escorts ships\""),
            evidence("section 3", "\"escorts ships\""));

    ProvenanceReport r = ProvenanceReport.of(c, ProvenanceCases.texts("sitrep.txt", text));

    assertThat(r.citations()).extracting(CitationCheck::status)
        .containsExactly(CitationStatus.QUOTES_VERIFIED, CitationStatus.QUOTE_NOT_FOUND, CitationStatus.LOCATOR_NOT_FOUND);
    assertThat(r.citations().get(1).quotes().get(0).foundIn()).contains("¶2");
    assertThat(r.citations().get(2).locatorProblem()).contains("the sections are 1, 2, 2.1, 2.2");
  }

  @Test
  void markdownAndHtmlTexts_compareOnTheWords_notTheMarkup() {
    Case c = citing(evidence("para 1", "It is \"primarily driven by cyber\" concerns."));
    String md = "# Title\n\nNATO is *primarily* driven by [cyber](https://example.org) concerns.\n";
    String html = "<h1>Title</h1><p>NATO is <em>primarily</em> driven by <a href='#'>cyber</a>&nbsp;concerns.</p>";

    assertThat(ProvenanceReport.of(c, ProvenanceCases.texts("sitrep.md", md)).citations().get(0).status())
        .isEqualTo(CitationStatus.QUOTES_VERIFIED);
    assertThat(ProvenanceReport.of(c, ProvenanceCases.texts("sitrep.html", html)).citations().get(0).status())
        .isEqualTo(CitationStatus.QUOTES_VERIFIED);
  }

  @Test
  void headingsCounted_shiftTheParagraphs() {
    Case c = citing(evidence("para 2", "\"kept the Calder Strait open\""));
    SourceTexts counted =
        SourceTexts.builder()
            .put(ProvenanceCases.SITREP_ID,
                new org.briefkit.model.TextCopy("s.txt", Optional.empty(),
                    org.briefkit.model.TextCopy.Paragraphs.BLANK_LINES, org.briefkit.model.TextCopy.Headings.COUNTED),
                ProvenanceCases.SITREP)
            .build();

    assertThat(report(c).citations().get(0).quotes().get(0).foundIn()).contains("¶1");
    assertThat(ProvenanceReport.of(c, counted).citations().get(0).status()).isEqualTo(CitationStatus.QUOTES_VERIFIED);
  }

  @Test
  void counts_andSummary_countCitationsCheckedAndQuotesVerified() {
    Case c =
        citing(
            evidence("para 2", "Its \"first concern\" and \"energy imports\"."),
            evidence("para 4", "A \"sole partner\"."),
            evidence("para 1", "A paraphrase."),
            evidence("other", "para 1", "\"unchecked\""));

    ProvenanceReport r = report(c);

    assertThat(r.citationCount()).isEqualTo(4);
    assertThat(r.checkedCount()).isEqualTo(3);
    assertThat(r.quoteCount()).isEqualTo(3);
    assertThat(r.verifiedQuoteCount()).isEqualTo(2);
    assertThat(r.summary()).isEqualTo("3 of 4 citations checked against their source texts; 2 quotes verified");
  }

  @Test
  void status_ofEvidence_isLookedUpByValue() {
    Case c = citing(evidence("para 2", "Its \"first concern\"."), evidence("para 1", "A \"sole partner\"."));
    ProvenanceReport r = report(c);
    Evidence equal = Evidence.of(ProvenanceCases.SITREP_ID, Locator.paragraph(2), "Its \"first concern\".", EvidenceKind.ASSESSMENT);

    assertThat(r.status(equal)).isEqualTo(CitationStatus.QUOTES_VERIFIED);
    assertThat(r.status(c.motivations().get(0).evidence().get(1))).isEqualTo(CitationStatus.QUOTE_NOT_FOUND);
    assertThatThrownBy(() -> r.status(Evidence.of(ProvenanceCases.SITREP_ID, Locator.paragraph(3), "New.", EvidenceKind.FACT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidence (sitrep ¶3) is not in the case");
  }

  @Test
  void report_coversEventsTransfersAssumptionsAndAchItems_atTheirPointers() throws Exception {
    Case c =
        org.briefkit.model.io.CaseFiles.parse(
            """
            id: t
            title: T
            questions: [Why?]
            sources: [{id: sitrep, title: S}]
            stakeholders: [{id: a, name: A, question: Why?}]
            actors: [{id: x, name: X, kind: state}, {id: y, name: Y, kind: state}]
            motivations:
              - {id: m1, stakeholder: a, domain: diplomacy, claim: C}
            events:
              - {id: e1, title: E, kind: summit, evidence: [{source: sitrep, locator: para 1, text: T}]}
            transfers:
              - {id: t1, supplier: x, recipient: y, items: Z, status: planned, evidence: [{source: sitrep, locator: para 2, text: T}]}
            judgments:
              - {id: kj1, statement: S., confidence: low, supportedBy: [m1]}
            assumptions:
              - {id: as1, statement: S., status: solid, underpins: [kj1], evidence: [{source: sitrep, locator: para 3, text: T}]}
            ach:
              - id: q1
                hypotheses: [{id: h1, statement: One.}, {id: h2, statement: Two.}]
                items:
                  - {id: i0, kind: absence, text: Nothing., ratings: [C, I]}
                  - {id: i1, source: sitrep, locator: para 9, text: T, ratings: [C, I]}
            """,
            "t.yaml");

    ProvenanceReport r = report(c);

    assertThat(r.citations()).extracting(CitationCheck::pointer, CitationCheck::status)
        .containsExactly(
            tuple("/events/0/evidence/0", CitationStatus.LOCATOR_FOUND),
            tuple("/transfers/0/evidence/0", CitationStatus.LOCATOR_FOUND),
            tuple("/assumptions/0/evidence/0", CitationStatus.LOCATOR_FOUND),
            tuple("/ach/0/items/1", CitationStatus.LOCATOR_NOT_FOUND));
    assertThat(r.check(c.ach().get(0).items().get(1))).map(CitationCheck::pointer).contains("/ach/0/items/1");
    assertThat(r.check(c.ach().get(0).items().get(0))).isEmpty();
  }

  @Test
  void report_sameCaseAndTexts_equalReports() {
    Case c = citing(evidence("para 4", "Varnya is \"Tarsk's sole partner\"."));

    assertThat(report(c)).isEqualTo(report(c)).hasSameHashCodeAs(report(c));
  }

  @Test
  void searchesOutsideThePlaces_areBounded_pastTheBoundAQuoteIsOnlyNotInItsPlace() {
    Case c =
        citing(
            evidence("para 1", "Its \"first concern\"."),
            evidence("para 1", "Its \"only partner\"."),
            evidence("para 1", "Its \"sole partner\"."));
    long oneText = ProvenanceCases.sitrep().text(ProvenanceCases.SITREP_ID).orElseThrow().length();

    ProvenanceReport r = ProvenanceReport.of(c, ProvenanceCases.sitrep(), oneText);

    assertThat(r.citations()).extracting(k -> k.quotes().get(0).outcome())
        .containsExactly(QuoteCheck.Outcome.ELSEWHERE, QuoteCheck.Outcome.NOT_IN_PLACE, QuoteCheck.Outcome.NOT_IN_PLACE);
    assertThat(r.citations().get(2).quotes().get(0).closest()).isEmpty();
    assertThat(r.citations()).extracting(CitationCheck::status).containsOnly(CitationStatus.QUOTE_NOT_FOUND);
  }
}
