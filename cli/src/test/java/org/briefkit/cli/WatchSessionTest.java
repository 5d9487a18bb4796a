package org.briefkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --watch} with real saves on a temporary folder: an edit, a broken edit and its
 * fix, an atomic save, a delete and re-create, a file the case names, and Ctrl-C in a JVM of
 * its own. Every wait polls up to a generous limit, for a loaded machine.
 */
class WatchSessionTest {
  private static final long LIMIT_MILLIS = 90_000;

  @TempDir Path dir;
  private Path caseFile;
  private Path out;
  private Path pdf;
  private String starter;

  @BeforeEach
  void starterCase() throws IOException {
    caseFile = dir.resolve("case.yaml");
    assertThat(MainTest.run("init", caseFile.toString()).code()).isZero();
    starter = Files.readString(caseFile);
    out = dir.resolve("out");
    pdf = out.resolve("my-case.pdf");
  }

  @Test
  void watch_edit_rendersAgainWithThePlainRendersBytes() throws Exception {
    try (Watching w = new Watching(out, caseFile.toString())) {
      w.awaitWatching();
      byte[] first = Files.readAllBytes(pdf);

      Files.writeString(caseFile, retitled("Edited once"));
      w.awaitWrote(2);

      byte[] second = Files.readAllBytes(pdf);
      assertThat(second).isNotEqualTo(first);
      Path plain = dir.resolve("plain");
      assertThat(MainTest.run("render", caseFile.toString(), "-o", plain.toString(), "--format", "pdf").code()).isZero();
      assertThat(second).isEqualTo(Files.readAllBytes(plain.resolve("my-case.pdf")));
      assertThat(w.out()).matches("(?s)wrote " + java.util.regex.Pattern.quote(pdf.toString()) + " \\(\\d+ pages\\) in \\d+ ms\n.*");
      assertThat(w.err()).contains("briefkit: watching " + caseFile + " (Ctrl-C to stop)");
      assertThat(w.stop()).isEqualTo(WatchSession.STOPPED);
    }
  }

  @Test
  void watch_brokenEdit_printsTheProblemsAsRenderDoesAndKeepsTheBrief_thenTheFixRendersAgain() throws Exception {
    try (Watching w = new Watching(out, caseFile.toString())) {
      w.awaitWatching();
      byte[] good = Files.readAllBytes(pdf);
      FileTime written = Files.getLastModifiedTime(pdf);

      String broken = starter.replace("asOf: 2026-01 ", "asOf: someday ");
      Files.writeString(caseFile, broken);
      w.awaitErr("nothing written");

      MainTest.Run plain = MainTest.run("render", caseFile.toString(), "-o", dir.resolve("plain").toString());
      assertThat(plain.code()).isEqualTo(2);
      assertThat(w.err()).contains(plain.err());
      assertThat(w.err()).contains(
          plain.err() + "briefkit: nothing written, the outputs are as they were; watching for the next save\n");
      assertThat(Files.readAllBytes(pdf)).isEqualTo(good);
      assertThat(Files.getLastModifiedTime(pdf)).isEqualTo(written);

      Files.writeString(caseFile, retitled("Fixed"));
      w.awaitWrote(2);
      assertThat(Files.readAllBytes(pdf)).isNotEqualTo(good);
      assertThat(w.stop()).isEqualTo(WatchSession.STOPPED);
    }
  }

  @Test
  void watch_atomicSaveAndDeleteThenCreate_eachRendersAgain() throws Exception {
    try (Watching w = new Watching(out, caseFile.toString())) {
      w.awaitWatching();

      // As vim and most IDEs save: a temporary file beside the case, renamed over it.
      Path temp = dir.resolve(".case.yaml.swp");
      Files.writeString(temp, retitled("Saved atomically"));
      Files.move(temp, caseFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      w.awaitWrote(2);

      // Deleted, then written again a moment later: the moment without it is no problem.
      Files.delete(caseFile);
      Thread.sleep(150);
      Files.writeString(caseFile, retitled("Deleted and created"));
      w.awaitWrote(3);

      assertThat(w.err()).doesNotContain("no such file").doesNotContain("nothing written");
      assertThat(w.stop()).isEqualTo(WatchSession.STOPPED);
    }
  }

  @Test
  void watch_aFileTheCaseNames_isWatchedOnceNamed_andItsChangesRenderAgain() throws Exception {
    try (Watching w = new Watching(out, caseFile.toString())) {
      w.awaitWatching();

      Files.writeString(caseFile, starter.replace("    date: 2025-12\n", "    date: 2025-12\n    textFile: texts/report.txt\n"));
      w.awaitWrote(2);
      w.awaitErr("briefkit: watching " + caseFile + " and 1 file it names (Ctrl-C to stop)");

      // Its folder does not exist yet: found by looking, not by an event.
      Files.createDirectories(dir.resolve("texts"));
      Files.writeString(dir.resolve("texts/report.txt"), "The first paragraph.\n");
      w.awaitWrote(3);

      Files.writeString(dir.resolve("texts/report.txt"), "The first paragraph, revised.\n");
      w.awaitWrote(4);
      assertThat(w.stop()).isEqualTo(WatchSession.STOPPED);
    }
  }

  @Test
  void watch_twoCases_aSaveWritesTheOutputsOfTheCaseItConcerns() throws Exception {
    Path other = Files.writeString(dir.resolve("other.yaml"), starter.replace("id: my-case", "id: other-case"));
    Path otherPdf = out.resolve("other-case.pdf");
    try (Watching w = new Watching(out, caseFile.toString(), other.toString())) {
      w.awaitWatching();
      FileTime otherWritten = Files.getLastModifiedTime(otherPdf);

      Files.writeString(caseFile, retitled("Only this one"));
      w.awaitWrote(2);

      assertThat(w.out().lines().toList().get(1)).startsWith("wrote " + pdf + " (").doesNotContain("other-case");
      assertThat(Files.getLastModifiedTime(otherPdf)).isEqualTo(otherWritten);
      assertThat(w.err()).contains("briefkit: watching " + caseFile + ", " + other + " (Ctrl-C to stop)");
      assertThat(w.stop()).isEqualTo(WatchSession.STOPPED);
    }
  }

  @Test
  void watch_workbook_rendersAgainWhenTheWorkbookIsReplaced() throws Exception {
    Path books = dir.resolve("books");
    assertThat(MainTest.run("render", caseFile.toString(), "-o", books.toString(), "--format", "xlsx").code()).isZero();
    try (Watching w = new Watching(out, books.resolve("my-case.xlsx").toString())) {
      w.awaitWatching();
      byte[] first = Files.readAllBytes(pdf);

      Files.writeString(caseFile, retitled("Edited in the workbook"));
      assertThat(MainTest.run("render", caseFile.toString(), "-o", books.toString(), "--format", "xlsx").code()).isZero();
      w.awaitWrote(2);

      assertThat(Files.readAllBytes(pdf)).isNotEqualTo(first);
      assertThat(w.stop()).isEqualTo(WatchSession.STOPPED);
    }
  }

  @Test
  void watch_caseNotThere_isRefusedAtOnce() {
    MainTest.Run r = MainTest.run("render", "--watch", dir.resolve("missing.yaml").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(dir.resolve("missing.yaml") + ": no such file\n");
  }

  /**
   * Ctrl-C in a JVM of its own, as a user stops it: while it watches, or as here in the middle
   * of writing the brief after a save when the timing allows. It exits with 130, prints no stack
   * trace and leaves no temporary file; the brief is whole.
   */
  @Test
  void watch_ctrlC_exits130WithoutTraceOrTemporaryFiles() throws Exception {
    Path logs = Files.createDirectories(dir.resolve("logs"));
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1",
            "-Djava.awt.headless=true",
            "-cp", System.getProperty("java.class.path"),
            // Both outputs: the workbook is written on a thread of its own, which Ctrl-C must stop too.
            Main.class.getName(), "render", "--watch", caseFile.toString(), "-o", out.toString(), "--format", "pdf,xlsx")
        .redirectOutput(logs.resolve("out").toFile())
        .redirectError(logs.resolve("err").toFile())
        .start();
    try {
      await(() -> read(logs.resolve("err")).contains("Ctrl-C to stop"), () -> read(logs.resolve("err")));
      Files.writeString(caseFile, retitled("Stopped midway"));
      // Stop it once it writes the new brief, or after its render if that was too quick to see.
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (System.nanoTime() < end && temporaryFiles().isEmpty() && !read(logs.resolve("out")).contains(" ms\nwrote")) {
        Thread.onSpinWait();
      }
      new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();

      assertThat(p.waitFor(LIMIT_MILLIS, TimeUnit.MILLISECONDS)).as("stopped by SIGINT").isTrue();
      assertThat(p.exitValue()).isEqualTo(130);
      String err = read(logs.resolve("err"));
      assertThat(err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("unexpected failure");
      assertThat(temporaryFiles()).isEmpty();
      byte[] brief = Files.readAllBytes(pdf);
      assertThat(new String(brief, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
      assertThat(new String(brief, StandardCharsets.ISO_8859_1).stripTrailing()).endsWith("%%EOF");
      Path workbook = out.resolve(pdf.getFileName().toString().replace(".pdf", ".xlsx"));
      try (java.util.zip.ZipFile whole = new java.util.zip.ZipFile(workbook.toFile())) {
        assertThat(whole.getEntry("xl/workbook.xml")).as("the workbook is whole").isNotNull();
      }
    } finally {
      p.destroyForcibly();
    }
  }

  private List<Path> temporaryFiles() throws IOException {
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  private String retitled(String title) {
    return starter.replace("title: Why does Atlantis seek a partnership with the Northern Alliance?", "title: " + title);
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void await(BooleanSupplier condition, java.util.function.Supplier<String> what) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LIMIT_MILLIS);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("gave up waiting; so far: " + what.get());
      }
      Thread.sleep(10);
    }
  }

  /** {@code render --watch CASE... -o DIR --format pdf} running in a thread of this JVM. */
  private static final class Watching implements AutoCloseable {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Thread thread;
    private volatile int code = -1;

    Watching(Path dir, String... cases) {
      BriefKitCommand top =
          new BriefKitCommand(new PrintWriter(out, true), new PrintWriter(err, true), false, RenderCommand.Briefs.PDF);
      List<String> args = new ArrayList<>(List.of("render", "--watch"));
      args.addAll(List.of(cases));
      args.addAll(List.of("-o", dir.toString(), "--format", "pdf"));
      thread = new Thread(() -> code = Main.run(top, args.toArray(String[]::new)), "render-watch");
      thread.start();
    }

    String out() {
      return out.toString();
    }

    String err() {
      return err.toString();
    }

    /** Waits for the first render and for the watch to start. */
    void awaitWatching() throws InterruptedException {
      awaitWrote(1);
      awaitErr("(Ctrl-C to stop)");
    }

    void awaitWrote(int renders) throws InterruptedException {
      await(() -> out().split("wrote ", -1).length - 1 >= renders, () -> "out: " + out() + "err: " + err());
    }

    void awaitErr(String text) throws InterruptedException {
      await(() -> err().contains(text), () -> "out: " + out() + "err: " + err());
    }

    /** Stops it as Ctrl-C does in the command, and returns its exit code. */
    int stop() throws InterruptedException {
      thread.interrupt();
      thread.join(LIMIT_MILLIS);
      assertThat(thread.isAlive()).as("the watch stopped").isFalse();
      return code;
    }

    @Override
    public void close() {
      thread.interrupt();
      try {
        thread.join(LIMIT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
