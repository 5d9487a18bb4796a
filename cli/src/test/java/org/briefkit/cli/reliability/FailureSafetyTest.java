package org.briefkit.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.io.AtomicFiles;
import org.briefkit.model.io.CaseFiles;
import org.briefkit.report.ReportOptions;
import org.briefkit.report.pdf.PdfBrief;
import org.briefkit.report.xlsx.ExcelWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No data is lost: a render that fails midway, or a process killed while it writes, leaves the
 * previous output whole. A killed process cannot remove its temporary file: at most one per
 * kill is left, a hidden file named after its target, which a later write of that target
 * removes once it is older than {@link AtomicFiles#STALE}.
 */
class FailureSafetyTest {
  private static final byte[] PREVIOUS = "the previous output".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  /** An output stream that fails once more than {@code limit} bytes have been written. */
  static final class FailingAfter extends FilterOutputStream {
    private long left;

    FailingAfter(OutputStream out, long limit) {
      super(out);
      this.left = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > left) {
        throw new IOException("No space left on device (simulated)");
      }
      left -= len;
      out.write(b, off, len);
    }
  }

  @Test
  void pdf_failingMidway_keepsPreviousOutput_noTemporaryFile() throws IOException {
    CaseAnalysis analysis = flagship();
    Path target = Files.write(dir.resolve("brief.pdf"), PREVIOUS);

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> PdfBrief.withDefaults().render(analysis, new FailingAfter(out, 20_000))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("simulated");

    assertThat(Files.readAllBytes(target)).isEqualTo(PREVIOUS);
    assertThat(Cli.listing(dir)).containsExactly("brief.pdf");
  }

  @Test
  void workbook_failingMidway_keepsPreviousOutput_noTemporaryFile() throws IOException {
    CaseAnalysis analysis = flagship();
    Path target = Files.write(dir.resolve("workbook.xlsx"), PREVIOUS);

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> ExcelWorkbook.withDefaults().write(analysis, new FailingAfter(out, 20_000))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("simulated");

    assertThat(Files.readAllBytes(target)).isEqualTo(PREVIOUS);
    assertThat(Cli.listing(dir)).containsExactly("workbook.xlsx");
  }

  @Test
  void writer_throwingUncheckedMidway_keepsPreviousOutput_noTemporaryFile() throws IOException {
    Path target = Files.write(dir.resolve("brief.pdf"), PREVIOUS);

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write(new byte[100_000]);
      throw new IllegalStateException("renderer bug");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(Files.readAllBytes(target)).isEqualTo(PREVIOUS);
    assertThat(Cli.listing(dir)).containsExactly("brief.pdf");
  }

  @Test
  void write_removesItsTargetsStaleTemporaryFiles_keepsRecentOnesAndOthers() throws IOException {
    FileTime old = FileTime.from(Instant.now().minus(AtomicFiles.STALE).minus(Duration.ofMinutes(5)));
    Path stale = Files.write(dir.resolve(".brief.pdf.123.tmp"), PREVIOUS);
    Files.write(dir.resolve(".brief.pdf.456.tmp"), PREVIOUS);
    Path otherTarget = Files.write(dir.resolve(".other.pdf.789.tmp"), PREVIOUS);
    Path notATemporaryFile = Files.write(dir.resolve(".brief.pdf.notes.tmp"), PREVIOUS);
    for (Path p : List.of(stale, otherTarget, notATemporaryFile)) {
      Files.setLastModifiedTime(p, old);
    }

    AtomicFiles.write(dir.resolve("brief.pdf"), out -> out.write(PREVIOUS));

    assertThat(Cli.listing(dir))
        .containsExactly(".brief.pdf.456.tmp", ".brief.pdf.notes.tmp", ".other.pdf.789.tmp", "brief.pdf");
  }

  @Test
  void command_targetIsAFolder_exit2_keepsIt_noTemporaryFile() throws IOException {
    Path flagship = flagshipFile();
    Path blocker = Files.createDirectories(dir.resolve("korea-nato-madrid-2022.pdf"));
    Files.write(blocker.resolve("keep.txt"), PREVIOUS);

    Cli.Run r = Cli.run("render", flagship.toString(), "-o", dir.toString(), "--format", "pdf");

    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.problems()).startsWith("briefkit: cannot write " + blocker).doesNotContain("\tat ");
    assertThat(Cli.listing(dir)).containsExactly("korea-nato-madrid-2022.pdf/keep.txt");
  }

  /**
   * A JVM renders the flagship into the same two files in a loop; while it runs, the files are
   * read at random moments, and then it is killed with SIGKILL at a random moment, three times
   * over. Every read must give the bytes of a complete render (renders are reproducible, so
   * each complete file has the same bytes).
   */
  @Test
  void killedWhileWriting_targetIsAlwaysWholeOrPrevious() throws Exception {
    Path flagship = flagshipFile();
    CaseAnalysis analysis = flagship();
    Path pdf = dir.resolve("korea-nato-madrid-2022.pdf");
    Path xlsx = dir.resolve("korea-nato-madrid-2022.xlsx");
    PdfBrief.withDefaults().write(analysis, pdf);
    ExcelWorkbook.withDefaults().write(analysis, xlsx);
    String pdfHash = ReproducibilityTest.sha256(Files.readAllBytes(pdf));
    String xlsxHash = ReproducibilityTest.sha256(Files.readAllBytes(xlsx));
    Random random = new Random(20220630);
    int reads = 0;
    for (int kill = 0; kill < 3; kill++) {
      Process p = startLoop(flagship);
      try {
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).isEqualTo("ready");
        for (int i = 0; i < 5; i++) {
          Thread.sleep(random.nextInt(250));
          assertThat(ReproducibilityTest.sha256(Files.readAllBytes(pdf))).isEqualTo(pdfHash);
          assertThat(ReproducibilityTest.sha256(Files.readAllBytes(xlsx))).isEqualTo(xlsxHash);
          reads++;
        }
        Thread.sleep(random.nextInt(1_000));
      } finally {
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(ReproducibilityTest.sha256(Files.readAllBytes(pdf))).isEqualTo(pdfHash);
      assertThat(ReproducibilityTest.sha256(Files.readAllBytes(xlsx))).isEqualTo(xlsxHash);
    }
    List<String> left = new ArrayList<>(Cli.listing(dir));
    left.removeAll(List.of("korea-nato-madrid-2022.pdf", "korea-nato-madrid-2022.xlsx"));
    assertThat(left)
        .as("after %d reads and 3 kills, only temporary files of the killed writes may remain", reads)
        .hasSizeLessThanOrEqualTo(3)
        .allSatisfy(name -> assertThat(name).matches("\\.korea-nato-madrid-2022\\.(pdf|xlsx)\\.[0-9]+\\.tmp"));
  }

  /**
   * Stopped with SIGTERM (as by Ctrl-C or {@code kill}) while writing, the JVM removes its
   * temporary files on the way out, and the targets stay whole.
   */
  @Test
  void terminatedWhileWriting_targetWhole_noTemporaryFileLeft() throws Exception {
    Path flagship = flagshipFile();
    Path pdf = dir.resolve("korea-nato-madrid-2022.pdf");
    PdfBrief.withDefaults().write(flagship(), pdf);
    String pdfHash = ReproducibilityTest.sha256(Files.readAllBytes(pdf));
    Random random = new Random(20220629);
    for (int stop = 0; stop < 2; stop++) {
      Process p = startLoop(flagship);
      try {
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).isEqualTo("ready");
        Thread.sleep(200 + random.nextInt(800));
      } finally {
        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(ReproducibilityTest.sha256(Files.readAllBytes(pdf))).isEqualTo(pdfHash);
      assertThat(Cli.listing(dir)).containsExactlyInAnyOrder("korea-nato-madrid-2022.pdf", "korea-nato-madrid-2022.xlsx");
    }
  }

  private Process startLoop(Path flagship) throws IOException {
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1",
        "-Djava.awt.headless=true",
        "-cp", System.getProperty("java.class.path"),
        RenderLoop.class.getName(), flagship.toString(), dir.toString());
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static Path flagshipFile() {
    return Cli.samples().stream().filter(p -> p.getFileName().toString().equals("korea-nato.yaml")).findFirst().orElseThrow();
  }

  private static CaseAnalysis flagship() throws IOException {
    return Analyzer.analyze(CaseFiles.read(flagshipFile()));
  }
}
