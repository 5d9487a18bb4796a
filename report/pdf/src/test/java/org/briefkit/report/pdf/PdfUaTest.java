package org.briefkit.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's PDF/UA-1 profile finds no failed rule in the briefs, whatever they hold. */
class PdfUaTest {
  @Test
  void flagship_passesPdfUa1() throws Exception {
    assertPdfUa1(Rendered.Madrid.PDF);
  }

  /** Links to named destinations (citations, what changed), badges in table cells, Cyrillic and Hangul names. */
  @Test
  void revisedWithTexts_passesPdfUa1() throws Exception {
    assertPdfUa1(Rendered.Revised.PDF);
  }

  @Test
  void tradecraft_passesPdfUa1() throws Exception {
    assertPdfUa1(Rendered.Tradecraft.PHIA_PDF);
  }

  @Test
  void competingExplanations_passesPdfUa1() throws Exception {
    assertPdfUa1(Rendered.Ach.TWO_PDF);
  }

  static void assertPdfUa1(Rendered.Output out) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    PDFAFlavour ua1 = PDFAFlavour.fromString("ua1");
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(out.bytes()), ua1);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(ua1, false)) {
      ValidationResult result = validator.validate(parser);
      String failures = result.getTestAssertions().stream()
          .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
              + " [" + a.getLocation().getContext() + "]")
          .distinct()
          .limit(40)
          .collect(Collectors.joining("\n"));
      assertThat(failures).isEmpty();
      assertThat(result.isCompliant()).isTrue();
    }
  }
}
