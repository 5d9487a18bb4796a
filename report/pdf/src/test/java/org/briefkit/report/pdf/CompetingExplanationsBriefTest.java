package org.briefkit.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.ach.Ach;
import org.briefkit.analysis.ach.AchAnalysis;
import org.briefkit.model.io.CaseFiles;
import org.briefkit.report.ReportOptions;
import org.junit.jupiter.api.Test;

/**
 * The competing explanations (ACH) in the brief, read back as a reader would: the section's
 * place and bookmarks, the hypotheses, the matrix row by row in the order of diagnosticity with
 * its scores, the chart, the sensitivity table and the findings. The fixtures' numbers are
 * worked out in the comments of ach-one.yaml and ach-two.yaml.
 */
class CompetingExplanationsBriefTest {
  private static final String Q1 = "Why does Ostmark lease its harbour to the Varn Company?";
  private static final String Q2 = "Why does the Varn Company want the harbour?";

  /**
   * The text of the section, in the order it is drawn, without white space; up to the annexes,
   * which start on a new page, since a page's tables are drawn after its paragraphs.
   */
  private static String section(Rendered.Output out) {
    String text = out.drawnCompact();
    int from = text.indexOf("Competingexplanations");
    assertThat(from).as("the section's heading").isPositive();
    return text.substring(from, text.indexOf("AnnexA.Actors", from));
  }

  @Test
  void section_betweenArmsTradeAndFindings_questionsBookmarkedUnderIt() throws IOException {
    try (PDDocument d = Rendered.Ach.TWO_PDF.open()) {
      List<PDOutlineItem> top = new ArrayList<>();
      d.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
      List<String> titles = Rendered.titles(top);

      assertThat(titles).containsSubsequence("Arms trade", "Competing explanations", "Findings");
      assertThat(titles.indexOf("Findings") - titles.indexOf("Competing explanations")).isEqualTo(1);
      PDOutlineItem section = top.get(titles.indexOf("Competing explanations"));
      assertThat(Rendered.titles(section.children())).containsExactly(Q1, Q2);
    }
  }

  @Test
  void section_oneMatrix_oneQuestionUnderTheHeading() throws IOException {
    try (PDDocument d = Rendered.Ach.ONE_PDF.open()) {
      List<PDOutlineItem> top = new ArrayList<>();
      d.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
      PDOutlineItem section = top.get(Rendered.titles(top).indexOf("Competing explanations"));

      assertThat(Rendered.titles(section.children())).containsExactly(Q1);
    }
  }

  @Test
  void section_caseWithoutMatrix_leftOut() {
    assertThat(Rendered.Tradecraft.ICD_PDF.text()).contains("Arms trade").doesNotContain("Competing explanations");
  }

  @Test
  void hypotheses_labelledH1ToH4_withTheirStatements() {
    assertThat(section(Rendered.Ach.ONE_PDF)).containsSubsequence(
        Rendered.compact(Q1),
        "H1Ostmarkleasedtheharbourforthehardcurrencytherentbringsin.",
        "H2Ostmarkleasedittosavetheharbour'sjobsastrafficfellaway.",
        "H3Ostmarkleaseditsothatthecompanyandnotitsnavywouldguardanddredgetheharbour.",
        "H4OstmarkgavewaytopressurefromtheVarnCompany'shomegovernment.");
  }

  @Test
  void matrix_rowsMostDiagnosticFirst_citationWeightsAndRatingLetters() {
    assertThat(section(Rendered.Ach.ONE_PDF)).containsSubsequence(
        "ItemSourceCredibilityRelevanceH1H2H3H4",
        "e-rentlinchpinTherentof40millionayearisfarabovewhattheharbourearnedbefore.[gazette¶2]highhigh"
            + "CC" + "C" + "N" + "I",
        "e-budgetThefinanceministrybookedthefirstyear'srentagainstthebudgetdeficit.[gazette¶3]highhigh"
            + "CC" + "N" + "I" + "N",
        "e-cutsThecompanycuttheharbour'sstaffbyathirdwithinayear,astheleaseallows.[annualp.12]highhigh"
            + "N" + "II" + "N" + "N",
        "e-clauseTheleaseleavestheharbour'sdefencetoOstmark'snavy.[gazette¶7]highhigh" + "N" + "N" + "II" + "N",
        "e-priceTherentisbelowwhattherivalportofKesselchargesforasmallerberth.[gazette¶4]highmedium"
            + "I" + "N" + "N" + "C",
        "e-unionsTheharbourunionsopposedthelease.[gazette¶6]highmedium" + "N" + "II" + "NA" + "N",
        "e-envoyAnenvoyofVarn'shomegovernmentmettheministertheweekbeforethesigning.[leak¶3]lowhigh"
            + "N" + "N" + "N" + "C",
        "a-auctionNorivalbidisonrecord,asanauctionforthebestrentwouldhavedrawn.absenceofevidencemediumlow"
            + "N" + "N" + "N" + "C",
        "k-navyOstmarkhasnomoneytodefendtheharbouritself.keyassumptionmediumlow" + "N" + "N" + "C" + "N",
        "Notdiagnostic:ratedalikeagainsteveryhypothesis",
        "e-voteParliamentapprovedtheleasebyawidemargin.[gazette¶5]highlow" + "C" + "C" + "C" + "C",
        "Weightedinconsistency");
  }

  @Test
  void matrix_orderIsTheAnalysisOrder() {
    AchAnalysis a = Ach.analyse(Rendered.Ach.ONE).get(0);
    String text = section(Rendered.Ach.ONE_PDF);
    String matrix = text.substring(text.indexOf("ItemSourceCredibilityRelevance"), text.indexOf("Weightedinconsistency"));

    List<String> ids = a.items().stream().map(i -> i.item().id().value()).toList();
    assertThat(ids).containsExactly("e-rent", "e-budget", "e-cuts", "e-clause", "e-price", "e-unions",
        "e-envoy", "a-auction", "k-navy", "e-vote");
    assertThat(matrix).containsSubsequence(ids.toArray(String[]::new));
  }

  @Test
  void matrix_footRows_scoresToTwoDecimalsWithMinus_andRanks() {
    assertThat(section(Rendered.Ach.ONE_PDF))
        .contains("Weightedinconsistency−1.41−6.83−6.00−2.00Rank(1=leastinconsistent)1432");
    assertThat(section(Rendered.Ach.TWO_PDF))
        .contains("Weightedinconsistency−2.83−3.83−5.00Rank(1=leastinconsistent)123");
  }

  @Test
  void matrix_legend_everyRatingWithItsMeaning() {
    assertThat(section(Rendered.Ach.ONE_PDF)).contains(
        "CCveryconsistentCconsistentNneutralIinconsistentIIveryinconsistentNAnotapplicable");
  }

  @Test
  void chart_onThePageOfItsCaption_barsLabelledWithScores_leaderNamed() {
    Rendered.Output out = Rendered.Ach.ONE_PDF;
    String caption = "WhydoesOstmarkleaseitsharbourtotheVarnCompany?Weightedinconsistencyofeachhypothesis"
        + "(thenearer0,thebetteritstands);H1leads.";
    int page = out.pageOf(caption);
    String text = Rendered.compact(out.pages().get(page - 1));

    assertThat(text).containsPattern("Figure\\d+\\." + java.util.regex.Pattern.quote(caption));
    // The chart's font may lack the minus sign; a hyphen stands in for it then.
    assertThat(text).containsPattern("[−-]1\\.41").containsPattern("[−-]6\\.83").containsPattern("[−-]6\\.00")
        .containsPattern("[−-]2\\.00")
        .contains("Weightedinconsistency(0=noinconsistentevidence)", "leastinconsistent(leads)", "otherhypotheses");
    assertThat(out.formsOn(page) - out.formsOn(1)).as("charts on the caption's page").isEqualTo(1);
  }

  @Test
  void chart_twoMatrices_oneFigureEach_inOrder() {
    assertThat(Rendered.Ach.TWO_PDF.compact()).containsPattern(
        "Figure(\\d+)\\.WhydoesOstmark.*H1leads\\..*Figure\\d+\\.WhydoestheVarnCompanywanttheharbour\\?"
            + "Weightedinconsistencyofeachhypothesis\\(thenearer0,thebetteritstands\\);H1leads\\.");
  }

  @Test
  void sensitivity_mostDiagnosticFive_leaderWithout_rankingAndLinchpin() {
    assertThat(section(Rendered.Ach.ONE_PDF)).containsSubsequence(
        "ItemleftoutLeadswithoutitRankingwithoutitLeaderchanges",
        "e-rentTherentof40millionayearisfarabovewhattheharbourearnedbefore.H4H40.00·H1−1.41·H3−6.00·H2−6.83yes:linchpin",
        "e-budgetThefinanceministrybookedthefirstyear'srentagainstthebudgetdeficit.H1H1−1.41·H4−2.00·H3−4.00·H2−6.83no",
        "e-cutsThecompanycuttheharbour'sstaffbyathirdwithinayear,astheleaseallows.H1H1−1.41·H4−2.00·H2−2.83·H3−6.00no",
        "e-clauseTheleaseleavestheharbour'sdefencetoOstmark'snavy.H1H1−1.41·H3−2.00·H4−2.00·H2−6.83no",
        "e-priceTherentisbelowwhattherivalportofKesselchargesforasmallerberth.H1H10.00·H4−2.00·H3−6.00·H2−6.83no");
    assertThat(section(Rendered.Ach.ONE_PDF)).doesNotContain("e-unionsTheharbourunionsopposedthelease.H1");
  }

  @Test
  void sensitivity_secondMatrix_linchpinsAndATie() {
    assertThat(section(Rendered.Ach.TWO_PDF)).containsSubsequence(
        "f-civilTheleasebarsmilitaryusewithouttheconsentofparliament.H3H3−1.00·H1−2.83·H2−3.83yes:linchpin",
        "f-routeTheharbourcutstwodaysfromthenorthernroute.H1H1−2.83·H2−3.83·H3−5.00no",
        "f-berthsRivalcarrierskepttheirberthsattheharbourafterthelease.H2H2−1.00·H1−2.83·H3−5.00yes:linchpin",
        "f-feesVarnchargesrivalcarriersthefeesitsownshipspay.H1andH2(tie)H1−2.83·H2−2.83·H3−5.00yes:linchpin");
  }

  @Test
  void findings_inPlainWords_asTheAnalysisStatesThem() {
    String text = Rendered.Ach.TWO_PDF.compact();

    assertThat(text).containsSubsequence("WHATTHEMATRIXSHOWS", Rendered.compact(
        "• H1 leads with the least weighted inconsistency, −1.41, ahead of H4 at −2.00 (a margin of 0.59)."
        + "• The lead turns on item e-rent (gazette ¶2): without it, H4 would lead or tie."),
        Rendered.compact("• Item e-vote (gazette ¶5) is rated alike against every hypothesis: "
            + "it does not help to choose between them."));
    for (AchAnalysis a : Ach.analyse(Rendered.Ach.TWO)) {
      assertThat(a.findings()).isNotEmpty();
      for (String f : a.findings()) {
        assertThat(text).contains(Rendered.compact(f));
      }
    }
  }

  @Test
  void documentId_followsTheMatrices() throws Exception {
    String file = java.nio.file.Files.readString(
        java.nio.file.Path.of(Rendered.class.getResource("ach-one.yaml").toURI()));
    String changed = file.replace("ratings: [CC, C, N, I],", "ratings: [CC, C, N, II],");
    assertThat(changed).isNotEqualTo(file);
    Rendered.Output other = Rendered.render(Analyzer.analyze(CaseFiles.parse(changed, "ach-one.yaml")),
        ReportOptions.builder().timestamp(Rendered.FIXED).build());

    try (PDDocument a = Rendered.Ach.ONE_PDF.open(); PDDocument b = other.open()) {
      assertThat(b.getDocument().getDocumentID().toString()).isNotEqualTo(a.getDocument().getDocumentID().toString());
    }
  }

  @Test
  void render_noFontWarnings() {
    assertThat(Rendered.Ach.ONE_PDF.result().warnings()).isEmpty();
    assertThat(Rendered.Ach.TWO_PDF.result().warnings()).isEmpty();
  }
}
