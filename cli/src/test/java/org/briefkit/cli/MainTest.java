package org.briefkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefkit.report.xlsx.CaseWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command in-process, as a user would from a shell, and checks what they see. */
class MainTest {
  private static final Path REPO = repositoryRoot();
  private static final Path FLAGSHIP = REPO.resolve("samples/madrid-2022/korea-nato.yaml");

  @TempDir Path dir;

  record Run(int code, String out, String err) {
    /**
     * Standard error without the tradecraft warnings the inputs may give: for the tests of
     * everything else the command prints there.
     */
    String problems() {
      return err.lines().filter(l -> !l.contains(": warning: [")).map(l -> l + "\n").collect(Collectors.joining());
    }
  }

  static Run run(String... args) {
    return run(RenderCommand.Briefs.PDF, args);
  }

  /** Runs the command with {@code briefs} drawing the PDF briefs. */
  static Run run(RenderCommand.Briefs briefs, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    BriefKitCommand top = new BriefKitCommand(new PrintWriter(out, true), new PrintWriter(err, true), false, briefs);
    int code = Main.run(top, args);
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * A brief renderer that writes part of a document and then fails as OpenPDF can midway: the
   * PDF module reports the library's DocumentException as an IOException that has nothing to
   * do with the output file.
   */
  static final RenderCommand.Briefs FAILING_MIDWAY =
      (options, analysis, out) -> {
        out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[50_000]);
        throw new IOException(
            "cannot render the brief of case " + analysis.theCase().id().value()
                + ": The document has no pages.");
      };

  /**
   * Runs the command in a JVM of its own through {@link Main#main}, as the {@code briefkit}
   * script does, so that what the libraries print on the process's standard error shows too.
   *
   * @param prefix what runs {@code java}, such as {@code prlimit} and its options; may be empty
   */
  static Run fork(List<String> prefix, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(args));
    Path logs = Files.createTempDirectory("briefkit-fork");
    try {
      Process p = new ProcessBuilder(command)
          .redirectOutput(logs.resolve("out").toFile())
          .redirectError(logs.resolve("err").toFile())
          .start();
      if (!p.waitFor(3, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("the forked command did not finish: " + command);
      }
      return new Run(
          p.exitValue(),
          Files.readString(logs.resolve("out"), StandardCharsets.UTF_8),
          Files.readString(logs.resolve("err"), StandardCharsets.UTF_8));
    } finally {
      for (String f : List.of("out", "err")) {
        Files.deleteIfExists(logs.resolve(f));
      }
      Files.delete(logs);
    }
  }

  /** Every file under the test's folder, temporary files included, by relative path. */
  private List<String> listing() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  static Path repositoryRoot() {
    String configured = System.getProperty("briefkit.repo");
    Path d = Paths.get(configured != null ? configured : "").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("samples"))) {
      d = d.getParent();
    }
    return d;
  }

  static Path fictional() throws IOException {
    try (Stream<Path> s = Files.walk(REPO.resolve("samples"))) {
      return s.filter(p -> p.toString().endsWith(".yaml") && !p.equals(FLAGSHIP))
          .filter(p -> !p.toString().contains("/target/"))
          .sorted()
          .findFirst()
          .orElseThrow();
    }
  }

  @Test
  void version_printsVersion_exit0() {
    Run r = run("--version");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("briefkit ");
  }

  @Test
  void help_listsSubcommands() {
    Run r = run("--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("render", "validate", "diff", "init", "schema", "generate-completion");
  }

  @Test
  void unknownOption_isUsageError_exit2() {
    Run r = run("render", "--colour", "red", FLAGSHIP.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("briefkit: Unknown option: '--colour'\nRun 'briefkit render --help' for usage.\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void validate_samples_ok() throws IOException {
    Run r = run("validate", FLAGSHIP.toString(), fictional().toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(FLAGSHIP + ": ok (2 stakeholders");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void validate_brokenFiles_printsOnlyLocatedErrors_exit2() throws IOException {
    Path a = dir.resolve("a.yaml");
    Files.writeString(a, "id: x\ntitle: T\nstakeholders:\n  - id: s\n    nam: S\n", StandardCharsets.UTF_8);
    Path b = dir.resolve("b.yaml");
    Files.writeString(b, "id: [unclosed\n", StandardCharsets.UTF_8);

    Run r = run("validate", a.toString(), b.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().filter(l -> !l.equals("2 of 2 files have problems")))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).matches("^.*[ab]\\.yaml:\\d+:\\d+: .+$"));
    assertThat(r.err()).contains(a + ":5:5: ").contains("did you mean \"name\"?");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void validate_missingFile_oneLine_exit2() {
    Run r = run("validate", dir.resolve("nope.yaml").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(dir.resolve("nope.yaml") + ": no such file\n");
  }

  @Test
  void validate_goesOnPastAnUnreadableFile() throws IOException {
    Path broken = Files.writeString(dir.resolve("b.yaml"), "id: [\n", StandardCharsets.UTF_8);

    Run r = run("validate", dir.resolve("nope.yaml").toString(), broken.toString(), FLAGSHIP.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.problems()).startsWith(dir.resolve("nope.yaml") + ": no such file\n" + broken + ":");
    assertThat(r.problems()).endsWith("2 of 3 files have problems\n");
    assertThat(r.out()).startsWith(FLAGSHIP + ": ok (2 stakeholders, 20 motivations, 17 events, 29 actors)").hasLineCount(1);
  }

  @Test
  void render_twoFilesWithOneCaseId_refusedBeforeWriting() throws IOException {
    Path copy = Files.copy(FLAGSHIP, dir.resolve("copy.yaml"));
    Path out = dir.resolve("out");

    Run r = run("render", FLAGSHIP.toString(), copy.toString(), "-o", out.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.problems()).isEqualTo(copy + ": has the same case id \"korea-nato-madrid-2022\" as " + FLAGSHIP + ", so their outputs would overwrite each other\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void schema_printsJsonSchema() {
    Run r = run("schema");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("{").contains("\"$schema\"").contains("2020-12");
  }

  @Test
  void init_writesStarterThatValidates_andRefusesToOverwrite() throws IOException {
    Path file = dir.resolve("my-case.yaml");

    Run first = run("init", file.toString());
    Run check = run("validate", "--strict", file.toString());
    Run again = run("init", file.toString());

    assertThat(first.code()).isZero();
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.err()).as("the starter passes every tradecraft rule").isEmpty();
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).isEqualTo("briefkit: " + file + " already exists (use --force to replace it)\n");
  }

  @Test
  void render_flagship_writesPdfAndWorkbookNamedAfterTheCase() throws IOException {
    Path out = dir.resolve("out");

    Run r = run("render", FLAGSHIP.toString(), "-o", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    Path pdf = out.resolve("korea-nato-madrid-2022.pdf");
    Path xlsx = out.resolve("korea-nato-madrid-2022.xlsx");
    assertThat(r.out()).contains("wrote " + pdf).contains("wrote " + xlsx);
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    assertThat(Files.readAllBytes(xlsx)).startsWith('P', 'K');
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void render_sameCaseTwice_sameBytes() throws IOException {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");

    assertThat(run("render", FLAGSHIP.toString(), "-o", one.toString()).code()).isZero();
    assertThat(run("render", FLAGSHIP.toString(), "-o", two.toString()).code()).isZero();

    for (String name : new String[] {"korea-nato-madrid-2022.pdf", "korea-nato-madrid-2022.xlsx"}) {
      assertThat(Files.readAllBytes(two.resolve(name))).as(name).isEqualTo(Files.readAllBytes(one.resolve(name)));
    }
  }

  @Test
  void render_onlyPdf_onLetterPaper() throws IOException {
    Run r = run("render", fictional().toString(), "-o", dir.toString(), "--format", "pdf", "--paper", "letter");

    assertThat(r.code()).as(r.err()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".pdf");
    }
  }

  @Test
  void render_brokenInput_writesNothing_exit2() throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "id: x\ntitle: T\nmotivations: 3\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    Run r = run("render", FLAGSHIP.toString(), broken.toString(), "-o", out.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.problems()).startsWith(broken + ":3:");
    assertThat(out).doesNotExist();
  }

  @Test
  void render_outputUnderAFile_failsCleanly_exit2() throws IOException {
    Path file = Files.writeString(dir.resolve("plain-file"), "x", StandardCharsets.UTF_8);

    Run r = run("render", FLAGSHIP.toString(), "-o", file.resolve("out").toString());
    Run onFile = run("render", FLAGSHIP.toString(), "-o", file.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.problems().lines()).singleElement().asString().startsWith("briefkit: cannot create output folder ");
    assertThat(onFile.code()).isEqualTo(2);
    assertThat(onFile.problems()).isEqualTo("briefkit: output folder " + file + " is a file, not a folder\n");
  }

  @Test
  void render_notAFont_isRefusedBeforeAnythingIsWritten() throws IOException {
    Path pdf = dir.resolve("korea-nato-madrid-2022.pdf");
    Files.writeString(pdf, "previous brief", StandardCharsets.UTF_8);
    Path notAFont = Files.writeString(dir.resolve("font.ttf"), "not a font", StandardCharsets.UTF_8);

    Run r = run("render", FLAGSHIP.toString(), "-o", dir.toString(), "--format", "pdf", "--font", notAFont.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("briefkit: --font " + notAFont + ": not a TrueType font file\n");
    assertThat(Files.readString(pdf, StandardCharsets.UTF_8)).isEqualTo("previous brief");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("korea-nato-madrid-2022.pdf", "font.ttf");
    }
  }

  @Test
  void command_cleanRender_printsNothingOnStderr() throws Exception {
    Run r = fork(List.of(), "render", fictional().toString(), "-o", dir.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(".pdf (").contains(".xlsx");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void render_rendererFailsMidway_isAnUnexpectedFailure_exit1_previousOutputKept() throws IOException {
    Path pdf = Files.writeString(dir.resolve("korea-nato-madrid-2022.pdf"), "previous brief", StandardCharsets.UTF_8);

    Run r = run(FAILING_MIDWAY, "render", FLAGSHIP.toString(), "-o", dir.toString(), "--format", "pdf");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.problems())
        .isEqualTo(
            "briefkit: unexpected failure: cannot render the brief of case korea-nato-madrid-2022:"
                + " The document has no pages.\nRun again with --verbose for the details.\n");
    assertThat(pdf).hasContent("previous brief");
    assertThat(listing()).containsExactly("korea-nato-madrid-2022.pdf");
  }

  @Test
  void render_rendererThrowsUnchecked_isAnUnexpectedFailure_exit1() throws IOException {
    RenderCommand.Briefs failing = (options, analysis, out) -> {
      out.write(new byte[10_000]);
      throw new IllegalStateException("simulated: the PDF library gave up");
    };

    Run r = run(failing, "render", FLAGSHIP.toString(), "-o", dir.toString(), "--format", "pdf");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.problems())
        .isEqualTo("briefkit: unexpected failure: simulated: the PDF library gave up\nRun again with --verbose for the details.\n");
    assertThat(listing()).isEmpty();
  }

  @Test
  void render_targetIsAFolder_isTheUsersToFix_exit2() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("korea-nato-madrid-2022.xlsx"));

    Run r = run("render", FLAGSHIP.toString(), "-o", dir.toString(), "--format", "xlsx");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.problems()).isEqualTo("briefkit: cannot write " + folder + ": it is a folder\n");
    assertThat(folder).isDirectory();
  }

  /** An escape sequence that turns a terminal's text red, then a right-to-left override. */
  private static final String HOSTILE = "\u001b[31mred\u202eftt.";
  private static final String HOSTILE_ESCAPED = "\\u001B[31mred\\u202Eftt.";

  @Test
  void render_missingFontWithControlCharactersInItsName_printsThemEscaped() {
    Path font = dir.resolve(HOSTILE + "ttf");

    Run r = run("render", FLAGSHIP.toString(), "-o", dir.toString(), "--font", font.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("briefkit: --font " + dir.resolve(HOSTILE_ESCAPED + "ttf") + ": no such file\n");
  }

  @Test
  void render_outputFolderIsAFileWithControlCharactersInItsName_printsThemEscaped() throws IOException {
    Path file = Files.writeString(dir.resolve(HOSTILE), "x", StandardCharsets.UTF_8);

    Run r = run("render", FLAGSHIP.toString(), "-o", file.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.problems()).isEqualTo("briefkit: output folder " + dir.resolve(HOSTILE_ESCAPED) + " is a file, not a folder\n");
  }

  @Test
  void unknownOptionWithControlCharacters_printsThemEscaped() {
    Run r = run("render", "--" + HOSTILE, FLAGSHIP.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("briefkit: Unknown option: '--" + HOSTILE_ESCAPED + "'\n");
  }

  @Test
  void render_unexpectedFailureQuotingTheInput_printsItEscaped() throws IOException {
    RenderCommand.Briefs failing = (options, analysis, out) -> {
      throw new IllegalStateException("cannot set \"" + HOSTILE + "\"");
    };

    Run r = run(failing, "render", FLAGSHIP.toString(), "-o", dir.toString(), "--format", "pdf");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.problems()).startsWith("briefkit: unexpected failure: cannot set \"" + HOSTILE_ESCAPED + "\"\n");
  }

  @Test
  void render_intoAFolderWithControlCharactersInItsName_printsTheOutputsEscaped() throws IOException {
    Path out = dir.resolve(HOSTILE);

    Run r = run("render", fictional().toString(), "-o", out.toString(), "--format", "xlsx");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("wrote " + dir.resolve(HOSTILE_ESCAPED) + "/");
  }

  /**
   * The command renders a small case, then the flagship, whose brief the system refuses to
   * write midway: the command runs under a limit on the size of the files it writes (90,000
   * bytes), as a nearly full disk would refuse it. The small case's brief and workbook are
   * written whole, the flagship's previous brief is kept, its workbook (under the limit) is
   * written all the same and said to be, and no temporary file is left.
   */
  @Test
  void render_failingMidway_keepsEarlierOutputsAndThePreviousBrief_leavesNoTemporaryFile() throws Exception {
    Path small = REPO.resolve("cli/src/test/resources/hostile/valid.yaml");
    Path flagshipPdf = Files.writeString(dir.resolve("korea-nato-madrid-2022.pdf"), "previous brief", StandardCharsets.UTF_8);
    // The bundled Latin font, named explicitly, so that the sizes do not depend on the fonts
    // installed: the small case's files stay well under the limit, the flagship's brief does not.
    Path font = REPO.resolve("report/pdf/src/main/resources/org/briefkit/report/fonts/DejaVuSans.ttf");

    Run r = fork(
        List.of("prlimit", "--fsize=90000"),
        "render", small.toString(), FLAGSHIP.toString(), "-o", dir.toString(), "--font", font.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out())
        .as("what the command wrote before it failed")
        .isEqualTo("wrote " + dir.resolve("my-case.pdf") + " (7 pages)\nwrote " + dir.resolve("my-case.xlsx") + "\n"
            + "wrote " + dir.resolve("korea-nato-madrid-2022.xlsx") + "\n");
    assertThat(r.problems()).isEqualTo("briefkit: cannot write " + flagshipPdf + ": File too large\n");
    assertThat(Files.readAllBytes(flagshipPdf)).asString(StandardCharsets.ISO_8859_1).isEqualTo("previous brief");
    assertThat(listing()).containsExactly("korea-nato-madrid-2022.pdf", "korea-nato-madrid-2022.xlsx", "my-case.pdf", "my-case.xlsx");
    String pdf = Files.readString(dir.resolve("my-case.pdf"), StandardCharsets.ISO_8859_1);
    assertThat(pdf).startsWith("%PDF-").endsWith("%%EOF\n");
    try (InputStream in = Files.newInputStream(dir.resolve("my-case.xlsx"))) {
      assertThat(CaseWorkbook.read(in, "my-case.xlsx")).isEqualTo(CaseInputs.load(small, new CaseLimits()).value());
    }
  }

  @Test
  void render_badTimestamp_isUsageError() {
    Run r = run("render", FLAGSHIP.toString(), "-o", dir.toString(), "--timestamp", "yesterday");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("briefkit: --timestamp yesterday: must be");
  }
}
