package org.briefkit.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.Case;
import org.briefkit.report.ReportOptions;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

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
    Rendered.Output out = Rendered.render(analysis, options);
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(out.bytes()), PDFAFlavour.PDFA_1_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
      ValidationResult result = validator.validate(parser);
      String failures = result.getTestAssertions().stream()
          .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
          .distinct()
          .collect(Collectors.joining("\n"));
      assertThat(failures).isEmpty();
      assertThat(result.isCompliant()).isTrue();
    }
  }
}
