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
 * Validates PDF files with veraPDF, for {@code .ci/run} (Debian has no veraPDF command): as
 * PDF/A-1b, or with {@code --flavour ua1} first, as PDF/UA-1. Prints one line per file and
 * each failed rule; exits with 1 if any file is not compliant.
 */
public final class VeraPdfCheck {
  private VeraPdfCheck() {}

  /** Validates each file named in {@code args}, after an optional {@code --flavour 1b|ua1}. */
  public static void main(String[] args) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    PDFAFlavour flavour = PDFAFlavour.PDFA_1_B;
    List<String> files = List.of(args);
    if (args.length >= 2 && args[0].equals("--flavour")) {
      flavour = PDFAFlavour.fromString(args[1]);
      files = files.subList(2, files.size());
    }
    String name = flavour == PDFAFlavour.PDFA_1_B ? "PDF/A-1b" : "PDF/UA-1";
    int failed = 0;
    for (String file : files) {
      failed += validate(Path.of(file), flavour, name) ? 0 : 1;
    }
    System.exit(failed == 0 ? 0 : 1);
  }

  private static boolean validate(Path file, PDFAFlavour flavour, String name) throws Exception {
    try (InputStream in = Files.newInputStream(file);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failures = result.getTestAssertions().stream()
          .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
          .distinct()
          .collect(Collectors.toList());
      if (result.isCompliant() && failures.isEmpty()) {
        System.out.println(file + ": " + name + " compliant (veraPDF)");
        return true;
      }
      System.out.println(file + ": NOT " + name + " compliant:");
      failures.forEach(f -> System.out.println("  " + f));
      return false;
    }
  }
}
