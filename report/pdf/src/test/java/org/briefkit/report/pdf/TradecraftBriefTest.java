package org.briefkit.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.briefkit.analysis.Analyzer;
import org.briefkit.model.Case;
import org.briefkit.model.KeyJudgment;
import org.briefkit.report.ReportOptions;
import org.junit.jupiter.api.Test;

/**
 * The tradecraft in the brief, read back as a reader would: the badges of each key judgment,
 * the box of what would change the assessment, the key assumptions table, the tradecraft annex
 * with its chart, and the grades in the sources and coverage annexes.
 */
class TradecraftBriefTest {
  private static final Case ICD = Rendered.Tradecraft.ICD;
  /** A case with no tradecraft: no grades, assumptions, indicators or waivers. */
  private static final Rendered.Output PLAIN = Rendered.render(
      Analyzer.analyze(Fixtures.korea()), ReportOptions.builder().timestamp(Rendered.FIXED).build());

  /**
   * The text of key judgment {@code n} (from 1), from its statement to the next one's, without
   * white space, in the order it is drawn: the box's left column before its right.
   */
  private static String judgment(Case c, Rendered.Output out, int n) {
    String text = out.drawnCompact();
    List<KeyJudgment> js = c.judgments();
    int from = text.indexOf(Rendered.compact(js.get(n - 1).statement()));
    int to = n < js.size()
        ? text.indexOf(Rendered.compact(js.get(n).statement()), from)
        : text.indexOf("Context", from);
    assertThat(from).as("judgment %d", n).isPositive();
    assertThat(to).as("end of judgment %d", n).isGreaterThan(from);
    return text.substring(from, to);
  }

  @Test
  void keyJudgments_withLikelihood_confidenceBadgeThenTermAndRangeBadge() {
    Rendered.Output out = Rendered.Tradecraft.ICD_PDF;

    assertThat(judgment(ICD, out, 1)).contains("moderateconfidencelikely·55–80%restson2motivations");
    assertThat(judgment(ICD, out, 3)).contains("lowconfidencealmostcertain·95–99%restson1motivation");
    assertThat(judgment(ICD, out, 4)).contains("lowconfidenceveryunlikely·5–20%");
    assertThat(judgment(ICD, out, 6)).contains("moderateconfidenceroughlyevenchance·45–55%");
  }

  @Test
  void keyJudgments_withoutLikelihood_confidenceBadgeOnly_noMadeUpTerm() {
    String second = judgment(ICD, Rendered.Tradecraft.ICD_PDF, 2);

    assertThat(second).contains("highconfidencerestson2motivations").doesNotContain("%");
  }

  @Test
  void keyJudgments_phiaCase_badgesInThePhiaTerms() {
    Case phia = Rendered.Tradecraft.PHIA;
    Rendered.Output out = Rendered.Tradecraft.PHIA_PDF;

    assertThat(judgment(phia, out, 3)).contains("lowconfidenceremotechance·≤5%");
    assertThat(judgment(phia, out, 5)).contains("highconfidencehighlylikely·80–90%");
    assertThat(judgment(phia, out, 6)).contains("moderateconfidencerealisticpossibility·40–50%");
  }

  @Test
  void keyJudgments_withIndicators_boxNamesWhatWouldStrengthenAndWhatWouldWeaken() {
    String first = judgment(ICD, Rendered.Tradecraft.ICD_PDF, 1);

    assertThat(first).containsSubsequence(
        "Whatwouldchangeourassessment",
        "Wouldstrengthenit", "Ostmarkopenstalksonrenewalbefore2065.",
        "Wouldweakenit", "Theoppositionwinstheelectionandpromisestoreviewthelease.");
  }

  @Test
  void keyJudgments_indicatorStatus_observedWithItsDateAndLapsed() {
    Rendered.Output out = Rendered.Tradecraft.ICD_PDF;

    assertThat(judgment(ICD, out, 3))
        .contains("Varnfilesplanstodredgetheouterbasin.observed2030-11")
        .contains("Wouldweakenit" + "Nonenamed.");
    assertThat(judgment(ICD, out, 2))
        .contains("Wouldstrengthenit" + "Nonenamed.")
        .contains("Ostmarkraisesitsdefencebudgettopayforharbourpatrols.lapsed");
    assertThat(judgment(ICD, out, 4))
        .contains("Aforeignfrigatecallsattheharbour.observed")
        .doesNotContain("observed20");
  }

  @Test
  void keyJudgments_withoutIndicators_noBox() {
    Rendered.Output out = Rendered.Tradecraft.ICD_PDF;

    assertThat(judgment(ICD, out, 5)).doesNotContain("Whatwouldchange");
    assertThat(PLAIN.compact()).doesNotContain("Whatwouldchange");
  }

  @Test
  void keyAssumptions_tableRows_statementStatusJudgmentNumbersAndCitations() {
    String text = Rendered.Tradecraft.ICD_PDF.compact();
    int from = text.indexOf("Keyassumptions");
    String section = text.substring(from, text.indexOf("Context", from));

    assertThat(section).containsSubsequence(
        "AssumptionStatusUnderpinsEvidence",
        "Shippingpricesstayhighenoughforthenorthernroutetopay.SolidKJ1,5[annualp.4]",
        "Ostmark'sgovernmentkeepsitsmajoritythroughthenextelection.CaveatedKJ1[gazette¶5]",
        "Ostmarkhasnomoneytodefendtheharbouritself.UnsupportedKJ2,4none");
    assertThat(section).containsOnlyOnce("[annualp.4]");
  }

  @Test
  void keyAssumptions_betweenKeyJudgmentsAndContext_inTheBookmarks() throws IOException {
    try (PDDocument d = Rendered.Tradecraft.ICD_PDF.open()) {
      assertThat(Rendered.titles(d.getDocumentCatalog().getDocumentOutline().children()))
          .containsSubsequence("Key judgments", "Key assumptions", "Context");
    }
  }

  @Test
  void keyAssumptions_caseWithout_sectionLeftOut() {
    assertThat(PLAIN.compact()).contains("Keyjudgments").doesNotContain("Keyassumptions");
  }

  @Test
  void tradecraftAnnex_namesAndCitesTheScale_chartWithCaptionAndLegend() {
    Rendered.Output out = Rendered.Tradecraft.ICD_PDF;
    int page = out.pageOf("AnnexE.Tradecraft");
    String annex = Rendered.compact(out.pages().get(page - 1));

    assertThat(annex).containsSubsequence(
        "ICD203(USIntelligenceCommunity)",
        "OfficeoftheDirectorofNationalIntelligence,IntelligenceCommunityDirective203",
        "almostcertain(95–99%)", "likely(55–80%)", "almostnochance(1–5%)",
        "highconfidence", "moderateconfidence", "lowconfidence", "notermonthisscale",
        "Estimativescale:ICD203(USIntelligenceCommunity),withthekeyjudgmentsplacedonitbylikelihoodandconfidence.",
        "Keyjudgment2statesnolikelihoodandisnotplacedonthescale.");
    assertThat(annex).containsPattern("Figure\\d+\\.Estimativescale:");
    assertThat(out.formsOn(page) - out.formsOn(1)).as("charts on the annex's page").isEqualTo(1);
  }

  @Test
  void tradecraftAnnex_phiaCase_phiaBandsAndTheirGaps() {
    Rendered.Output out = Rendered.Tradecraft.PHIA_PDF;
    String annex = Rendered.compact(out.pages().get(out.pageOf("AnnexE.Tradecraft") - 1));

    assertThat(annex).contains(
        "PHIAprobabilityyardstick(UK)", "remotechance(≤5%)", "highlyunlikely(10–20%)",
        "realisticpossibility(40–50%)", "almostcertain(95–100%)", "notermonthisscale",
        "Thescaleholdsthesetermsequal:“probably”for“likely”.");
  }

  @Test
  void tradecraftAnnex_waivers_ruleAndReason() {
    String text = Rendered.Tradecraft.ICD_PDF.text();

    assertThat(text).contains("Rules switched off")
        .contains("single-source — The company's annual report is the only public account of its routes, and it is audited.");
    assertThat(PLAIN.text()).contains("Annex E. Tradecraft").doesNotContain("Rules switched off");
  }

  @Test
  void tradecraftAnnex_check_listsEachWeakness_orSaysTheCasePasses() {
    String warned = Rendered.compact(Rendered.Tradecraft.ICD_PDF.text());
    String plain = Rendered.compact(PLAIN.text());

    assertThat(warned).contains(
        "Tradecraftcheck.BriefKit'stradecraftrulesfind4weaknessesthatthereadershouldweigh"
            + "(source-text-missing,locator-not-foundandquote-not-founddidnotrun,asnosourcenamesatext,"
            + "nordidchange-without-reason,asthecasenamesnopreviousversion):",
        "•unsupported-assumption—assumptionas-no-navyisunsupportedbutunderpinshigh-confidencejudgmentkj-revenue");
    assertThat(plain).contains("Tradecraftcheck.BriefKit'stradecraftrulesfind6weaknesses",
        "•no-key-assumption—high-confidencejudgmentj1restsonnokeyassumption");
  }

  @Test
  void tradecraftAnnex_lastAnnexBeforeTheFigureData_inTheBookmarks() throws IOException {
    try (PDDocument d = Rendered.Tradecraft.ICD_PDF.open()) {
      List<PDOutlineItem> top = new ArrayList<>();
      d.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
      // the list of figures closes the brief, after the annexes
      assertThat(top.get(top.size() - 1).getTitle()).isEqualTo("List of figures");
      PDOutlineItem annexes = top.get(top.size() - 2);
      assertThat(annexes.getTitle()).isEqualTo("Annexes");
      assertThat(Rendered.titles(annexes.children()))
          .endsWith("Annex D. Sources", "Annex E. Tradecraft", "Annex F. Figure data");
    }
  }

  @Test
  void sourcesAnnex_reliabilityLetterAndMeaning_onlyWhereGraded() {
    String text = Rendered.Tradecraft.ICD_PDF.text();
    int from = text.indexOf("Annex D. Sources");
    String annex = text.substring(from, text.indexOf("Annex E. Tradecraft", from));

    assertThat(annex).contains("Reliability B (usually reliable).", "Reliability E (unreliable).",
        "Reliability F (reliability cannot be judged).");
    String annual = annex.substring(annex.indexOf("[annual]"));
    assertThat(annual).doesNotContain("Reliability");
  }

  @Test
  void coverageAnnex_countsByCredibilityGrade_andFlagsLowGradedItems() {
    String text = Rendered.Tradecraft.ICD_PDF.compact();
    int from = text.indexOf("AnnexC.Evidencecoverage");
    String annex = text.substring(from, text.indexOf("AnnexD.Sources", from));

    assertThat(annex).contains(
        "Grades.Ofthe6itemsofevidence,5aregradedforcredibility:1(confirmedbyothersources)×1,"
            + "2(probablytrue)×1,3(possiblytrue)×1,5(improbable)×1,6(truthcannotbejudged)×1.",
        "3itemsarelow-graded(fromasourcegradedEorF,orgraded5or6),behind3motivations.");
  }

  @Test
  void coverageAnnex_noGradesInTheCase_noGradesParagraph() {
    String text = PLAIN.compact();
    int from = text.indexOf("AnnexC.Evidencecoverage");

    assertThat(text.substring(from, text.indexOf("AnnexD.Sources", from))).doesNotContain("Grades.");
  }
}
