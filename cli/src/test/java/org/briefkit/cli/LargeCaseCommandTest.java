package org.briefkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefkit.cli.MainTest.Run;
import org.briefkit.model.Case;
import org.briefkit.model.io.CaseFiles;
import org.briefkit.report.xlsx.ExcelWorkbook;
import org.briefkit.samples.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What BriefKit writes, the command reads, at every size: seeded synthetic cases written as a
 * case file and as a workbook read back to an equal case through the command's own loading
 * ({@link CaseInputs}, with the default limits) and validate. 10⁵ motivations is the benchmark
 * harness's (docs/performance.md).
 */
class LargeCaseCommandTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} motivations")
  @ValueSource(ints = {100, 10_000})
  void caseFileAndWorkbook_readBackEqual_withTheDefaultLimits(int motivations) throws IOException {
    Case c = SyntheticCase.generate(42, SyntheticCase.Sizes.forMotivations(motivations));
    Path yaml = dir.resolve("synthetic.yaml");
    Path xlsx = dir.resolve("synthetic.xlsx");
    CaseFiles.write(c, yaml);
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      ExcelWorkbook.withDefaults().write(c, out);
    }

    assertThat(CaseInputs.load(yaml, new CaseLimits()).value()).isEqualTo(c);
    assertThat(CaseInputs.load(xlsx, new CaseLimits()).value()).isEqualTo(c);
    for (Path file : new Path[] {yaml, xlsx}) {
      Run r = MainTest.run("validate", file.toString());
      assertThat(r.problems()).as(file.toString()).isEmpty();
      assertThat(r.out()).startsWith(file + ": ok (").contains(" " + motivations + " motivations, ");
      assertThat(r.code()).isZero();
    }
  }

  @Test
  void largerThanTheLimits_isRefusedNamingTheOptionThatRaisesThem() throws IOException {
    Case c = SyntheticCase.generate(42, SyntheticCase.Sizes.forMotivations(1_000));
    Path yaml = dir.resolve("synthetic.yaml");
    CaseFiles.write(c, yaml);
    long size = Files.size(yaml);

    Run small = MainTest.run("validate", "--max-case-size", "100KiB", yaml.toString());
    Run few = MainTest.run("validate", "--max-case-values", "1000", yaml.toString());
    Run raised = MainTest.run("validate", "--max-case-size", "100KiB", "--max-case-values", "1000000", yaml.toString());

    assertThat(small.code()).isEqualTo(2);
    assertThat(small.err()).isEqualTo(yaml + ":1:1: the file is " + size + " bytes ("
        + String.format(java.util.Locale.ROOT, "%.1f", size / 1024.0) + " KiB), over the limit of 100 KiB (102400"
        + " bytes); raise the limit with --max-case-size " + (size + (1 << 20) - 1) / (1 << 20) + "MiB\n");
    assertThat(few.code()).isEqualTo(2);
    assertThat(few.err()).matches(yaml.toString().replace("\\", "\\\\")
        + ":[0-9]+:[0-9]+: the file holds ([0-9]+) values \\(scalars, lists and mappings, keys included\\), over the"
        + " limit of 1000; raise the limit with --max-case-values \\1\n");
    assertThat(raised.err()).contains("over the limit of 100 KiB");
    assertThat(MainTest.run("validate", "--max-case-size", "1MiB", "--max-case-values", "100000", yaml.toString())
        .code()).isZero();
  }

  @Test
  void badLimitOptions_areUsageErrors() {
    Run size = MainTest.run("validate", "--max-case-size", "lots", "x.yaml");
    Run values = MainTest.run("validate", "--max-case-values", "0", "x.yaml");

    assertThat(size.err()).contains("--max-case-size lots: must be a size such as 20MiB, 500KiB or 1048576 (bytes)");
    assertThat(values.err()).contains("--max-case-values 0: must be at least 1");
    assertThat(size.code()).isEqualTo(2);
    assertThat(values.code()).isEqualTo(2);
  }
}
