package org.briefkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.briefkit.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code validate} and {@code render} print about tradecraft, and the exit codes: warnings
 * on standard error in the compiler's form after loading, exit 0 with warnings only, exit 2 and
 * nothing written with {@code --strict}.
 */
class TradecraftOutputTest {
  /** A valid case with three warnings: kj1 is moderate, unsupported by assumptions or indicators, and says "likely". */
  private static final String WARNED =
      """
      id: warned
      title: Tradecraft
      sources:
        - id: s1
          title: One
      stakeholders:
        - id: a
          name: A
          question: Why?
      motivations:
        - id: m1
          stakeholder: a
          domain: diplomacy
          claim: First
      judgments:
        - id: kj1
          statement: Talks will likely fail.
          confidence: moderate
          supportedBy: [m1]
      """;

  /** The same case without a warning: the judgment is held with low confidence and says no term. */
  private static final String CLEAN =
      WARNED.replace("id: warned", "id: clean").replace("will likely fail", "will fail").replace("moderate", "low");

  @TempDir Path dir;

  private Path write(String name, String yaml) throws IOException {
    return Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
  }

  private static String warnings(Path file) {
    return file + ":16:9: warning: [no-key-assumption] moderate-confidence judgment kj1 rests on no key"
        + " assumption: list what it takes for granted under assumptions, with underpins: [kj1]\n"
        + file + ":16:9: warning: [no-indicator] moderate-confidence judgment kj1 has no indicator: name under"
        + " indicators what would strengthen or weaken it\n"
        + file + ":17:27: warning: [term-without-likelihood] statement says \"likely\" (55–80 %) but the"
        + " judgment has no likelihood: add likelihood: likely\n";
  }

  @Test
  void validate_warningsOnly_printsThemAndOk_exit0() throws IOException {
    Path file = write("warned.yaml", WARNED);

    Run r = MainTest.run("validate", file.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo(warnings(file));
    assertThat(r.out()).isEqualTo(file + ": ok (1 stakeholders, 1 motivations, 0 events, 0 actors) with 3 warnings\n");
  }

  @Test
  void validate_strictWithWarnings_fails_exit2() throws IOException {
    Path file = write("warned.yaml", WARNED);

    Run r = MainTest.run("validate", "--strict", file.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(warnings(file) + file + ": fails --strict with 3 warnings\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void validate_strictWithoutWarnings_isOk_exit0() throws IOException {
    Path file = write("clean.yaml", CLEAN);

    Run r = MainTest.run("validate", "--strict", file.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(file + ": ok (1 stakeholders, 1 motivations, 0 events, 0 actors)\n");
  }

  @Test
  void validate_strictSeveralFiles_countsTheWarnedOne() throws IOException {
    Path clean = write("clean.yaml", CLEAN);
    Path warned = write("warned.yaml", WARNED);

    Run r = MainTest.run("validate", "--strict", clean.toString(), warned.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEqualTo(clean + ": ok (1 stakeholders, 1 motivations, 0 events, 0 actors)\n");
    assertThat(r.err())
        .isEqualTo(warnings(warned) + warned + ": fails --strict with 3 warnings\n1 of 2 files have problems\n");
  }

  @Test
  void validate_oneWarning_saysWarning() throws IOException {
    Path file = write("one.yaml", CLEAN.replace("will fail", "will likely fail"));

    Run r = MainTest.run("validate", file.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err().lines()).singleElement().asString().startsWith(file + ":17:27: warning: [term-without-likelihood] ");
    assertThat(r.out()).endsWith(" with 1 warning\n");
  }

  @Test
  void validate_fileNameWithControlCharacters_printsTheWarningsEscaped() throws IOException {
    Path file = write("\u001b[31mred.yaml", WARNED);

    Run r = MainTest.run("validate", file.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err().lines())
        .hasSize(3)
        .allSatisfy(l -> assertThat(l).startsWith(dir.resolve("\\u001B[31mred.yaml") + ":").doesNotContain("\u001b"));
  }

  @Test
  void render_warningsOnly_printsThemAndWrites_exit0() throws IOException {
    Path file = write("warned.yaml", WARNED);
    Path out = dir.resolve("out");

    Run r = MainTest.run("render", file.toString(), "-o", out.toString(), "--format", "xlsx");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo(warnings(file));
    assertThat(r.out()).isEqualTo("wrote " + out.resolve("warned.xlsx") + "\n");
    assertThat(out.resolve("warned.xlsx")).isRegularFile();
  }

  @Test
  void render_strictWithWarnings_writesNothing_exit2() throws IOException {
    Path clean = write("clean.yaml", CLEAN);
    Path warned = write("warned.yaml", WARNED);
    Path out = dir.resolve("out");

    Run r = MainTest.run("render", "--strict", clean.toString(), warned.toString(), "-o", out.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(warnings(warned) + "briefkit: 3 warnings and --strict: nothing written\n");
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void render_strictWithoutWarnings_writes_exit0() throws IOException {
    Path clean = write("clean.yaml", CLEAN);

    Run r = MainTest.run("render", "--strict", clean.toString(), "-o", dir.toString(), "--format", "xlsx");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(dir.resolve("clean.xlsx")).isRegularFile();
  }

  @Test
  void render_problemAndWarnings_printsBothInInputOrder_writesNothing_exit2() throws IOException {
    Path warned = write("warned.yaml", WARNED);
    Path broken = write("broken.yaml", "id: x\ntitle: T\nmotivations: 3\n");
    Path out = dir.resolve("out");

    Run r = MainTest.run("render", warned.toString(), broken.toString(), "-o", out.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith(warnings(warned) + broken + ":3:14: ");
    assertThat(out).doesNotExist();
  }

  @Test
  void validate_workbook_locatesWarningsAtTheirCells() throws IOException {
    Path file = write("warned.yaml", WARNED);
    assertThat(MainTest.run("render", file.toString(), "-o", dir.toString(), "--format", "xlsx").code()).isZero();
    Path workbook = dir.resolve("warned.xlsx");

    Run r = MainTest.run("validate", workbook.toString());

    assertThat(r.code()).as(r.err()).isZero();
    try (Stream<String> lines = r.err().lines()) {
      assertThat(lines.map(l -> l.substring(0, l.indexOf(": warning: "))))
          .containsExactly(workbook + ":Judgments!A2", workbook + ":Judgments!A2", workbook + ":Judgments!B2");
    }
  }
}
