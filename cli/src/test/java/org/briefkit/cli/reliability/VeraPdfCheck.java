package org.briefkit.cli.reliability;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDF files as PDF/A-1b with veraPDF, for {@code .ci/run} (Debian has no veraPDF
 * command). Prints one line per file; exits with 1 if any file is not compliant.
 */
public final class VeraPdfCheck {
  private VeraPdfCheck() {}

  /** Validates each file named in {@code args}. */
  public static void main(String[] args) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    int failed = 0;
    for (String name : args) {
      Path file = Path.of(name);
      try (InputStream in = Files.newInputStream(file);
          PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_1_B);
          PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
        ValidationResult result = validator.validate(parser);
        List<String> failures = result.getTestAssertions().stream()
            .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
            .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
            .distinct()
            .collect(Collectors.toList());
        if (result.isCompliant() && failures.isEmpty()) {
          System.out.println(file + ": PDF/A-1b compliant (veraPDF)");
        } else {
          failed++;
          System.out.println(file + ": NOT PDF/A-1b compliant:");
          failures.forEach(f -> System.out.println("  " + f));
        }
      }
    }
    System.exit(failed == 0 ? 0 : 1);
  }
}
