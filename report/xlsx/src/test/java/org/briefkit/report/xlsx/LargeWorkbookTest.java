package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-motivation workbook written in a JVM limited to 256 MiB of heap, and read back in
 * one limited to 1 GiB.
 */
class LargeWorkbookTest {
  private static final int MOTIVATIONS = 100_000;

  @Test
  void writeAndRead_100000Motivations_fitIn256MiBAnd1GiBWithQuietStderr(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("large.xlsx");
    String stdout = runJava(dir, "write", "-Xmx256m", 150, LargeWorkbookMain.class,
        Integer.toString(MOTIVATIONS), out.toString());
    assertThat(stdout).startsWith(MOTIVATIONS + " motivations written in ");
    Files.writeString(Path.of("target", "large-workbook.txt"), stdout, StandardCharsets.UTF_8);

    String motivationsTable = null;
    int charts = 0;
    try (InputStream in = Files.newInputStream(out); ZipInputStream zip = new ZipInputStream(in)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.getName().startsWith("xl/tables/")) {
          String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
          if (xml.contains("name=\"Motivations\"")) {
            motivationsTable = xml;
          }
        } else if (e.getName().startsWith("xl/charts/chart")) {
          charts++;
        }
      }
    }
    assertThat(motivationsTable).contains("ref=\"A1:K" + (MOTIVATIONS + 1) + "\"");
    assertThat(charts).isEqualTo(2);

    // Read back sheet by sheet, row by row, to an equal case: POI's whole-workbook model refused
    // it (a record longer than its 100,000,000-byte limit) and would not have fitted.
    String readOut = runJava(dir, "read", "-Xmx1g", 240, LargeWorkbookReadMain.class, out.toString(),
        Integer.toString(MOTIVATIONS));
    assertThat(readOut).startsWith(MOTIVATIONS + " motivations read in ");
    Files.writeString(Path.of("target", "large-workbook-read.txt"), readOut, StandardCharsets.UTF_8);
  }

  /**
   * Runs {@code main} with {@code args} in a fresh JVM of heap {@code xmx}, as an embedding
   * application would (headless, the Log4j provider the embedding guide says to set); checks it
   * finished in time, exited with 0 and printed nothing on stderr (in particular no Log4j
   * "could not find a logging provider" notice). Returns what it printed.
   */
  private static String runJava(Path dir, String name, String xmx, int seconds, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), xmx, "-Djava.awt.headless=true",
        "-Djava.io.tmpdir=" + dir, "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider",
        "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Path stdout = dir.resolve(name + "-stdout.txt");
    Path stderr = dir.resolve(name + "-stderr.txt");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).as(name + " finished in time").isTrue();
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(err).as(name + ": stderr").isEmpty();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  @Test
  void roundTrip_generatedCase_readsBackEqual() throws IOException {
    var c = TestCases.large(500);
    assertThat(CaseWorkbook.read(new java.io.ByteArrayInputStream(TestCases.write(c)), "large.xlsx")).isEqualTo(c);
  }
}
