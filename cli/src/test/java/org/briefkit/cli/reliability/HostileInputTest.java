package org.briefkit.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefkit.model.io.CaseFiles;
import org.briefkit.report.xlsx.ExcelWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs broken and hostile inputs through {@code briefkit render}: each must end with exit
 * code 2, located messages only (no stack trace, no raw control characters), nothing on
 * standard output, no output file, and within generous bounds of time and allocation.
 *
 * <p>The small case files live in {@code src/test/resources/hostile/cases}, each with the
 * first message it must produce in {@code hostile/expected.tsv}; big, binary and workbook
 * inputs are generated here.
 */
class HostileInputTest {
  /**
   * A safety net against runaway work, not a benchmark: each input takes well under a second of
   * CPU time. Measured as the thread's CPU time, so that a busy machine does not make it flaky;
   * the wall-clock limit only catches hangs.
   */
  private static final Duration CPU_LIMIT = Duration.ofSeconds(5);

  private static final Duration WALL_LIMIT = Duration.ofSeconds(60);

  /** A safety net against unbounded allocation (a 32 MiB input may be read a few times). */
  private static final long ALLOCATION_LIMIT = 1L << 30;

  private static final Path CORPUS = Cli.repositoryRoot().resolve("cli/src/test/resources/hostile");

  @TempDir static Path dir;

  @TestFactory
  Stream<DynamicTest> render_hostileInput_exit2_locatedMessagesOnly_writesNothing() throws IOException {
    Map<String, String> expected = expectedFirstLines();
    Map<String, Path> inputs = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(CORPUS.resolve("cases"))) {
      s.sorted().forEach(p -> inputs.put(p.getFileName().toString(), p));
    }
    assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(inputs.keySet());
    Path generated = Files.createDirectories(dir.resolve("generated"));
    byte[] workbook = validWorkbook();
    inputs.putAll(generatedCaseFiles(generated, workbook));
    inputs.putAll(HostileWorkbooks.create(workbook, generated));
    assertThat(inputs).hasSizeGreaterThanOrEqualTo(60);
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Path> e : inputs.entrySet()) {
      tests.add(DynamicTest.dynamicTest(e.getKey(), () -> check(e.getValue(), expected.get(e.getKey()))));
    }
    return tests.stream();
  }

  private static void check(Path input, String expectedFirstLine) throws IOException {
    Path out = dir.resolve("out-" + input.getFileName());
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long cpuBefore = threads.getCurrentThreadCpuTime();

    Cli.Run r = Cli.run("render", input.toString(), "-o", out.toString());

    Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuBefore);
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isNotEmpty().doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.err().chars().filter(HostileInputTest::drivesTerminal))
        .as("raw control characters reach the terminal: %s", r.err())
        .isEmpty();
    Pattern located = locatedLine(input);
    assertThat(r.err().lines()).allSatisfy(line -> assertThat(line).matches(located));
    if (expectedFirstLine != null) {
      assertThat(r.err().lines().findFirst().orElseThrow()).isEqualTo(input + ":" + expectedFirstLine);
    }
    assertThat(out).doesNotExist();
    assertThat(cpu).isLessThan(CPU_LIMIT);
    assertThat(Duration.ofNanos(r.nanos())).isLessThan(WALL_LIMIT);
    assertThat(allocated).isLessThan(ALLOCATION_LIMIT);
  }

  /** Control characters (but the line feed) and bidirectional overrides. */
  private static boolean drivesTerminal(int ch) {
    return ch < 0x20 && ch != '\n' || ch >= 0x7f && ch < 0xa0 || ch >= 0x202a && ch <= 0x202e || ch >= 0x2066 && ch <= 0x2069;
  }

  /**
   * {@code file:line:column: message} for case files; {@code file.xlsx:Sheet!C12: message},
   * {@code file.xlsx:Sheet: message} or {@code file.xlsx: message} for workbooks.
   */
  private static Pattern locatedLine(Path input) {
    String file = Pattern.quote(input.toString());
    if (input.toString().endsWith(".xlsx")) {
      return Pattern.compile(file + "(:('[^'!]+'|[A-Za-z]+)(![A-Z]{1,3}[0-9]+)?)?: \\S.*");
    }
    return Pattern.compile(file + ":[1-9][0-9]*:[1-9][0-9]*: \\S.*");
  }

  private static Map<String, String> expectedFirstLines() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] parts = line.split("\t", 2);
        expected.put(parts[0], parts[1]);
      }
    }
    return expected;
  }

  private static byte[] validWorkbook() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ExcelWorkbook.withDefaults().write(CaseFiles.read(CORPUS.resolve("valid.yaml")), bytes);
    return bytes.toByteArray();
  }

  /** Inputs too big, too deep or too binary to keep in the source tree. */
  private static Map<String, Path> generatedCaseFiles(Path dir, byte[] workbook) throws IOException {
    byte[] valid = Files.readAllBytes(CORPUS.resolve("valid.yaml"));
    String text = new String(valid, StandardCharsets.UTF_8);
    Map<String, byte[]> made = new LinkedHashMap<>();
    made.put("over-size-limit.yaml", ("title: " + "x".repeat(33 << 20) + "\n").getBytes(StandardCharsets.US_ASCII));
    // Within the limits, one scalar as long as they allow: the scanner must not take quadratic time.
    made.put("one-huge-scalar.yaml", ("title: " + "x".repeat(31 << 20) + "\n").getBytes(StandardCharsets.US_ASCII));
    made.put("deep-flow-nesting.yaml", ("id: x\ntitle: " + "[".repeat(100_000) + "\n").getBytes(StandardCharsets.US_ASCII));
    made.put("deep-flow-nesting.json", ("{\"id\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.US_ASCII));
    StringBuilder block = new StringBuilder("id: x\ntitle: t\nsummary:\n");
    for (int i = 0; i < 1_000; i++) {
      block.append(" ".repeat(i + 1)).append("k:\n");
    }
    made.put("deep-block-nesting.yaml", block.toString().getBytes(StandardCharsets.US_ASCII));
    StringBuilder keys = new StringBuilder(text);
    for (int i = 0; i < 50_000; i++) {
      keys.append("unknown").append(i).append(": ").append(i).append('\n');
    }
    made.put("fifty-thousand-unknown-keys.yaml", keys.toString().getBytes(StandardCharsets.UTF_8));
    made.put("invalid-utf8-continuation.yaml", replaceTitle(valid, new byte[] {'a', (byte) 0x80, 'b'}));
    made.put("invalid-utf8-overlong.yaml", replaceTitle(valid, new byte[] {'a', (byte) 0xC0, (byte) 0xAF}));
    made.put("invalid-utf8-surrogate.yaml", replaceTitle(valid, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
    made.put("invalid-utf8-truncated-at-end.yaml", concat(valid, new byte[] {'#', ' ', (byte) 0xE2, (byte) 0x82}));
    made.put("latin1-encoded.yaml", text.replace("Your organisation", "Organisation française").getBytes(StandardCharsets.ISO_8859_1));
    made.put("binary-random.yaml", HostileWorkbooks.random(64 * 1024, 7));
    made.put("png-header.yaml", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, HostileWorkbooks.random(4096, 3)));
    made.put("nul-bytes.yaml", new byte[1 << 20]);
    made.put("zip-as-case.yaml", workbook);
    Map<String, Path> files = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : made.entrySet()) {
      files.put(e.getKey(), Files.write(dir.resolve(e.getKey()), e.getValue()));
    }
    return files;
  }

  private static byte[] replaceTitle(byte[] valid, byte[] insert) {
    byte[] marker = "title: ".getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(valid, marker) + marker.length;
    byte[] out = Arrays.copyOf(valid, valid.length + insert.length);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(valid, at, out, at + insert.length, valid.length - at);
    return out;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("marker not found");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
