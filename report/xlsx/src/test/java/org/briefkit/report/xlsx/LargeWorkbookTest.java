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
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(
        java.toString(), "-Xmx256m", "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + dir,
        // What the embedding guide tells an application without a Log4j provider to set.
        "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider",
        "-cp", System.getProperty("java.class.path"),
        LargeWorkbookMain.class.getName(), Integer.toString(MOTIVATIONS), out.toString()));
    Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile()).start();
    assertThat(p.waitFor(150, TimeUnit.SECONDS)).as("finished in time").isTrue();
    String stdout = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
    String stderr = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(stderr).isZero();
    // Nothing on stderr: in particular no Log4j "could not find a logging provider" notice,
    // which the setting above silences.
    assertThat(stderr).isEmpty();
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

    // Read back sheet by sheet, row by row: POI's whole-workbook model refused it (a record
    // longer than its 100,000,000-byte limit) and would not have fitted.
    List<String> read = new ArrayList<>(List.of(
        java.toString(), "-Xmx1g", "-Djava.io.tmpdir=" + dir,
        "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider",
        "-cp", System.getProperty("java.class.path"), LargeWorkbookReadMain.class.getName(), out.toString()));
    Process r = new ProcessBuilder(read).redirectOutput(dir.resolve("read-stdout.txt").toFile())
        .redirectError(dir.resolve("read-stderr.txt").toFile()).start();
    assertThat(r.waitFor(240, TimeUnit.SECONDS)).as("read in time").isTrue();
    String readOut = Files.readString(dir.resolve("read-stdout.txt"), StandardCharsets.UTF_8);
    String readErr = Files.readString(dir.resolve("read-stderr.txt"), StandardCharsets.UTF_8);
    assertThat(r.exitValue()).as(readErr).isZero();
    assertThat(readErr).isEmpty();
    assertThat(readOut).startsWith(MOTIVATIONS + " motivations read in ");
    Files.writeString(Path.of("target", "large-workbook-read.txt"), readOut, StandardCharsets.UTF_8);
  }

  @Test
  void roundTrip_generatedCase_readsBackEqual() throws IOException {
    var c = TestCases.large(500);
    assertThat(CaseWorkbook.read(new java.io.ByteArrayInputStream(TestCases.write(c)), "large.xlsx")).isEqualTo(c);
  }
}
