package org.briefkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Collectors;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.Finding;
import org.briefkit.analysis.MatrixCell;
import org.briefkit.analysis.tradecraft.Tradecraft;
import org.briefkit.analysis.tradecraft.TradecraftWarning;
import org.briefkit.model.Case;
import org.briefkit.model.DomainId;
import org.briefkit.model.LocatedCase;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.io.CaseReader;
import org.briefkit.report.ReportOptions;
import org.briefkit.report.pdf.PdfBrief;
import org.briefkit.report.xlsx.CaseWorkbook;
import org.briefkit.report.xlsx.ExcelWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/embedding.md honest: the example below is compiled and run with the tests, and
 * the page must contain it word for word.
 */
class EmbeddingExampleTest {
  private static final Path REPO = MainTest.repositoryRoot();

  @Test
  void example_runs() throws IOException {
    try (InputStream in = Files.newInputStream(REPO.resolve("samples/madrid-2022/korea-nato.yaml"))) {
      Result r = example(in);

      assertThat(r.pdf()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
      assertThat(r.roundTrip()).isEqualTo(r.original());
      assertThat(r.cyberWeight()).isPositive();
    }
  }

  record Result(byte[] pdf, Case original, Case roundTrip, int cyberWeight) {}

  static Result example(InputStream caseFile) throws IOException {
    // EMBEDDING-EXAMPLE-BEGIN
    // Read a case file (YAML or JSON); problems come back all at once, with line and column.
    LocatedCase located = CaseReader.standard().readLocated(caseFile, "korea-nato.yaml");
    Case aCase = located.value();

    // Check its tradecraft: advice, not errors, each at its place (korea-nato.yaml:41:18).
    for (TradecraftWarning warning : Tradecraft.check(aCase)) {
      System.err.println(warning.format(located.locator()));
    }

    // Analyse it: pure, deterministic, immutable results.
    CaseAnalysis analysis = Analyzer.analyze(aCase);
    MatrixCell cell = analysis.matrix().cell(StakeholderId.of("nato"), DomainId.of("cyber"));
    for (Finding finding : analysis.findings()) {
      System.out.println(finding.text());
    }

    // Render both deliverables to any OutputStream (an HTTP response, a blob store...).
    ReportOptions options =
        ReportOptions.builder().timestamp(Instant.parse("2022-07-01T00:00:00Z")).build();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfBrief.Result brief = PdfBrief.with(options).render(analysis, pdf);
    brief.warnings().forEach(System.err::println);
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    ExcelWorkbook.of(options).write(analysis, xlsx);

    // An analyst's edited workbook reads back into a case.
    Case fromWorkbook =
        CaseWorkbook.read(new ByteArrayInputStream(xlsx.toByteArray()), "korea-nato.xlsx");
    // EMBEDDING-EXAMPLE-END
    return new Result(pdf.toByteArray(), aCase, fromWorkbook, cell.weight());
  }

  @Test
  void embeddingGuide_containsTheExampleVerbatim() throws IOException {
    String source =
        Files.readString(
            REPO.resolve("cli/src/test/java/org/briefkit/cli/EmbeddingExampleTest.java"),
            StandardCharsets.UTF_8);
    String begin = "// EMBEDDING-EXAMPLE-BEGIN\n";
    String example =
        source
            .substring(source.indexOf(begin) + begin.length(), source.indexOf("    // EMBEDDING-EXAMPLE-END"))
            .lines()
            .map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
            .collect(Collectors.joining("\n"));
    String guide = Files.readString(REPO.resolve("docs/embedding.md"), StandardCharsets.UTF_8);

    assertThat(guide).contains(example);
  }
}
