package org.briefkit.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.Case;
import org.briefkit.report.ReportOptions;
import org.junit.jupiter.api.Test;

class PdfATest {
  /** The flagship sample: Hangul in NanumGothic, Cyrillic from the DejaVu fallback, charts. */
  @Test
  void render_pdfA_passesVeraPdf1b() throws Exception {
    assertPdfA1b(Rendered.sample("madrid-2022/korea-nato.yaml"));
  }

  /**
   * A case with every piece of tradecraft: badges and boxes with fills, the scale chart with
   * the shaded gaps of the PHIA yardstick (a JFreeChart marker, translucent unless told).
   */
  @Test
  void render_pdfA_tradecraft_passesVeraPdf1b() throws Exception {
    assertPdfA1b(Rendered.Tradecraft.PHIA);
  }

  /** The competing explanations: rating cells and the scores chart, all opaque. */
  @Test
  void render_pdfA_competingExplanations_passesVeraPdf1b() throws Exception {
    assertPdfA1b(Rendered.Ach.TWO);
  }

  /**
   * The fictional sample with its texts and previous version: the What changed table (badges in
   * a table's cells, links to named destinations) and the ✓ of verified citations, from DejaVu.
   */
  @Test
  void render_pdfA_revisedWithTexts_passesVeraPdf1b() throws Exception {
    assertPdfA1b(Rendered.Revised.ANALYSIS);
  }

  private static void assertPdfA1b(Case c) throws Exception {
    assertPdfA1b(Analyzer.analyze(c));
  }

  private static void assertPdfA1b(CaseAnalysis analysis) throws Exception {
    ReportOptions options = ReportOptions.builder().pdfA(true).timestamp(Rendered.FIXED).build();
    assertThat(VeraPdf.failures(Rendered.render(analysis, options).bytes(), VeraPdf.PDFA_1B)).isEmpty();
  }
}
