package org.briefkit.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.tradecraft.Tradecraft;
import org.briefkit.model.Case;
import org.briefkit.model.io.CaseFiles;
import org.junit.jupiter.api.Test;

/**
 * The citations checked against their sources' texts, as a reader of the brief sees them: the
 * mark of a verified citation, the Checked column and the Provenance paragraph of the coverage
 * annex, and the tradecraft rules counted as run. The fictional sample with its texts is the
 * case; rendered without them, its brief says nothing of texts.
 */
class ProvenanceBriefTest {
  private static final Rendered.Output REVISED = Rendered.Revised.PDF;
  private static final Rendered.Output PLAIN =
      Rendered.render(Analyzer.analyze(Rendered.Revised.CASE), Rendered.bundled());

  private static String c(String text) {
    return Rendered.compact(text);
  }

  private static long count(String text, String part) {
    return (text.length() - text.replace(part, "").length()) / part.length();
  }

  @Test
  void citations_quotesVerified_carryTheMark_othersNot() {
    String text = REVISED.compact();

    assertThat(text).contains(c("[sitrep ¶4 ✓] Compact officials say a permanent task force is \"the only credible deterrent\"."))
        .contains(c("[sitrep ¶13 ✓] Sorokov called the declaration \"a hostile act\"."))
        .contains(c("[varnya-bulletin ¶2 ✓] The bulletin presents the declaration as aimed at Varnya"))
        .contains(c("[sitrep ¶3] Closure of the strait is the Compact's first concern."));
    // The seven citations whose quotes were verified, each once in the body.
    assertThat(count(text, "✓]")).isEqualTo(7);
  }

  @Test
  void citations_mark_shownInTheBundledFontsAndInNanumGothic() {
    assumeTrue(Rendered.nanumInstalled(), "NanumGothic is not installed");
    // NanumGothic has no ✓: the bundled DejaVu Sans, which every brief carries, sets it.
    for (Rendered.Output out : List.of(REVISED, Rendered.Revised.NANUM_PDF)) {
      assertThat(out.compact()).contains(c("[sitrep ¶17 ✓] State media describe the task force as an “occupation fleet”."));
    }
    // The bundled fonts leave out the sample's Hangul, and say so; nothing else.
    assertThat(REVISED.result().warnings()).singleElement().asString().startsWith("No TrueType font covering Hangul")
        .doesNotContain("✓");
    assertThat(Rendered.Revised.NANUM_PDF.result().warnings()).isEmpty();
  }

  @Test
  void coverageAnnex_withTexts_checkedColumn_countsEachMotivationsItemsChecked() {
    String annex = REVISED.drawnCompact();

    assertThat(annex).contains("MotivationStakeholderItemsSourcesCheckedFactsClaimsAssessments")
        // Items, sources, checked, facts, claims, assessments.
        .contains("KeepHaedooutoftheCompact'sorbit.Varnya222020")
        .contains("KeeptheCalderStraitopentoallshipping.Compact111001");
  }

  @Test
  void coverageAnnex_withTexts_provenanceParagraph_withTheCounts() {
    assertThat(REVISED.compact()).contains(c("Provenance. All 62 citations (of motivations, events, transfers, "
        + "assumptions and competing hypotheses) were checked against the texts of their sources: 62 places "
        + "found, 7 quotes verified. ✓ marks a citation whose quoted words were found in the cited place of the "
        + "source's text."));
  }

  @Test
  void coverageAnnex_citationsTheTextsContradict_countedAndReferredToTheTradecraftCheck() throws IOException {
    // A paragraph the report does not have, and a quote that is not in its paragraph.
    String yaml = Files.readString(Rendered.Revised.FILE)
        .replace("{source: sitrep, locator: para 3, kind: assessment, text: Closure",
            "{source: sitrep, locator: para 99, kind: assessment, text: Closure")
        .replace("Compact officials say a permanent task force is \"the only credible deterrent\"",
            "Compact officials say a task force is \"the only deterrent that works\"");
    Case wrong = CaseFiles.parse(yaml, "calder-strait.yaml");

    Rendered.Output out = Rendered.render(
        Rendered.analyze(wrong, Rendered.Revised.FILE, Rendered.Revised.PREVIOUS), Rendered.bundled());

    assertThat(out.compact()).contains(c("Provenance. All 62 citations (of motivations, events, transfers, "
        + "assumptions and competing hypotheses) were checked against the texts of their sources: 61 places "
        + "found, 1 place not found, 6 of 7 quotes verified. The tradecraft check (Annex E) lists the 2 "
        + "citations that do not match their texts. ✓ marks a citation"));
    assertThat(out.compact()).contains(c("[sitrep ¶4] Compact officials say a task force is"))
        .contains(c("[sitrep ¶99] Closure of the strait"));
    assertThat(out.compact()).contains("•locator-not-found—", "•quote-not-found—");
  }

  @Test
  void coverageAnnex_withoutTexts_asBefore_noColumnNoParagraphNoMark() {
    String text = PLAIN.text();

    assertThat(PLAIN.drawnCompact()).contains("MotivationStakeholderItemsSourcesFactsClaimsAssessments");
    assertThat(text).doesNotContain("Provenance.").doesNotContain("✓").doesNotContain("Checked");
  }

  @Test
  void tradecraftAnnex_withTextsAndPreviousVersion_countsEveryRule() {
    assertThat(REVISED.compact()).contains(c("Tradecraft check. The case passes all " + Tradecraft.RULES.size()
        + " of BriefKit's tradecraft rules in force (estimative language, sourcing of high-confidence judgments, "
        + "key assumptions, indicators, citations checked against their sources' texts and reasons for changed "
        + "judgments)."));
  }

  @Test
  void tradecraftAnnex_withoutTextsOrPreviousVersion_countsTheRulesThatRan_andSaysWhyTheOthersDidNot() {
    // The case names its texts and its previous version, but neither was read.
    assertThat(PLAIN.compact()).contains(c("Tradecraft check. The case passes all " + (Tradecraft.RULES.size() - 4)
        + " of BriefKit's tradecraft rules in force (estimative language, sourcing of high-confidence judgments, "
        + "key assumptions and indicators); source-text-missing, locator-not-found and quote-not-found did not "
        + "run, as no source's text was read, nor did change-without-reason, as the previous version was not read."));
  }

  @Test
  void tradecraftAnnex_withPreviousVersionOnly_onlyTheCitationRulesDidNotRun() {
    Rendered.Output out = Rendered.render(
        Analyzer.analyze(Rendered.Revised.CASE,
            org.briefkit.analysis.CaseMaterials.builder().previous(Rendered.Revised.PREVIOUS).build()),
        Rendered.bundled());

    assertThat(out.compact()).contains(c("passes all " + (Tradecraft.RULES.size() - 3)
        + " of BriefKit's tradecraft rules in force (estimative language, sourcing of high-confidence judgments, "
        + "key assumptions, indicators and reasons for changed judgments); source-text-missing, locator-not-found "
        + "and quote-not-found did not run, as no source's text was read."));
  }
}
