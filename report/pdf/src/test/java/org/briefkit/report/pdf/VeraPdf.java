package org.briefkit.report.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/** veraPDF for the brief's tests: what a PDF fails of a profile (PDF/A-1b, PDF/UA-1). */
final class VeraPdf {
  static final PDFAFlavour PDFA_1B = PDFAFlavour.PDFA_1_B;
  static final PDFAFlavour UA_1 = PDFAFlavour.fromString("ua1");

  private VeraPdf() {}

  /** The failed rules of {@code flavour}, one line each with its message and where; empty if none. */
  static String failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    return assertions(pdf, flavour).stream()
        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
            + " [" + a.getLocation().getContext() + "]")
        .distinct()
        .limit(40)
        .collect(Collectors.joining("\n"));
  }

  /** The ids of the failed rules of {@code flavour} ("7.1-3"). */
  static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
    return assertions(pdf, flavour).stream()
        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber())
        .distinct()
        .toList();
  }

  private static List<TestAssertion> assertions(byte[] pdf, PDFAFlavour flavour) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      return validator.validate(parser).getTestAssertions().stream()
          .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
          .toList();
    }
  }
}
