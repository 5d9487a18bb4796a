package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input meant to exhaust or confuse the reader is refused quickly, with one located problem. */
class HostileInputTest {
  private static final Duration QUICKLY = Duration.ofSeconds(1);

  @TempDir Path dir;

  /** Times the input, not the loading of the reader's classes. */
  @BeforeAll
  static void warmUp() throws Exception {
    CaseFiles.parse("id: warm\ntitle: Warm up\n", "warm.yaml");
  }

  private interface Read {
    void run() throws Exception;
  }

  private static List<String> refused(Read read) {
    CaseFileException e =
        assertTimeoutPreemptively(
            QUICKLY, () -> catchThrowableOfType(CaseFileException.class, read::run));
    assertThat(e).as("expected a CaseFileException").isNotNull();
    return e.problems().stream().map(CaseFileProblem::toString).toList();
  }

  private static List<String> refusedBytes(byte[] bytes) {
    return refused(() -> CaseReader.standard().read(new ByteArrayInputStream(bytes), "h.yaml"));
  }

  /** Nine levels of ten aliases each: a billion strings if anything expanded them. */
  static String billionLaughs() {
    StringBuilder b = new StringBuilder("id: bomb\ntitle: Bomb\nsummary: &a0 lol\n");
    for (int level = 1; level <= 9; level++) {
      b.append("l").append(level).append(": &a").append(level).append(" [");
      for (int i = 0; i < 10; i++) {
        b.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
      }
      b.append("]\n");
    }
    return b.toString();
  }

  @Test
  void read_aliasBomb_isRefusedAtTheFirstAnchor() {
    assertThat(refused(() -> CaseFiles.parse(billionLaughs(), "bomb.yaml")))
        .containsExactly("bomb.yaml:3:10: anchors and aliases are not allowed in case files (found anchor &a0)");
  }

  @Test
  void read_withTheLimitsRaisedFarAboveAnyCase_hostileFilesAreStillRefusedAtOnce() {
    CaseReader raised = CaseReader.builder().maxBytes(1L << 30).maxNodes(Integer.MAX_VALUE).build();
    String deep = "id: x\ntitle: T\nquestions: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    byte[] binary = "id: x\ntitle: T\u0000\n".getBytes(StandardCharsets.UTF_8);

    assertThat(refused(() -> raised.parse(billionLaughs(), "bomb.yaml")))
        .containsExactly("bomb.yaml:3:10: anchors and aliases are not allowed in case files (found anchor &a0)");
    assertThat(refused(() -> raised.parse(deep, "deep.yaml")))
        .containsExactly("deep.yaml:3:75: nesting is deeper than the limit of 64 levels");
    assertThat(refused(() -> raised.read(new ByteArrayInputStream(binary), "bin.yaml")))
        .singleElement().asString().startsWith("bin.yaml:2:9: the file is binary");
  }

  /** Bytes the current thread allocates while {@code read} runs (HotSpot's thread counters). */
  private static long allocatedBy(Read read) throws Exception {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    try {
      read.run();
    } catch (CaseFileException expected) {
      // refused, as it should be
    }
    return threads.getThreadAllocatedBytes(id) - before;
  }

  @Test
  void read_aliasBomb_allocatesLittle() throws Exception {
    String bomb = billionLaughs();

    assertThat(allocatedBy(() -> CaseFiles.parse(bomb, "bomb.yaml"))).isLessThan(4L * 1024 * 1024);
  }

  @Test
  void read_endlessStream_allocatesAboutTheLimit() throws Exception {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'x';
          }
        };
    CaseReader reader = CaseReader.builder().maxBytes(1024 * 1024).build();

    assertThat(allocatedBy(() -> reader.read(endless, "endless.yaml"))).isLessThan(8L * 1024 * 1024);
  }

  @Test
  void read_aliasWithoutAnchorOnAScalar_isRefusedAtTheAlias() {
    assertThat(refused(() -> CaseFiles.parse("id: x\ntitle: *t\n", "a.yaml")))
        .containsExactly("a.yaml:2:8: anchors and aliases are not allowed in case files (found alias *t)");
  }

  @Test
  void read_deepFlowNesting_isRefusedAtTheLimit() {
    String deep = "id: x\ntitle: T\nquestions: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

    assertThat(refused(() -> CaseFiles.parse(deep, "deep.yaml")))
        .containsExactly("deep.yaml:3:75: nesting is deeper than the limit of 64 levels");
  }

  @Test
  void read_deepBlockNesting_isRefusedAtTheLimit() {
    StringBuilder b = new StringBuilder("id: x\ntitle: T\n");
    for (int i = 0; i < 200; i++) {
      b.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    b.append(" ".repeat(200)).append("v\n");

    assertThat(refused(() -> CaseReader.builder().maxDepth(10).build().parse(b.toString(), "d.yaml")))
        .containsExactly("d.yaml:13:11: nesting is deeper than the limit of 10 levels");
  }

  @Test
  void read_endlessStream_stopsAtTheSizeLimit() {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'x';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
          }
        };
    CaseReader reader = CaseReader.builder().maxBytes(1024 * 1024).build();

    assertThat(refused(() -> reader.read(endless, "endless.yaml")))
        .containsExactly("endless.yaml:1:1: the file is larger than the limit of 1 MiB (1048576 bytes)");
  }

  @Test
  void read_fileOverTheDefaultLimit_isRefusedWithoutReadingIt() throws Exception {
    Path file = dir.resolve("huge.yaml");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(CaseReader.DEFAULT_MAX_BYTES + 1); // sparse: no time spent writing it
    }

    assertThat(refused(() -> CaseFiles.read(file)))
        .containsExactly(file + ":1:1: the file is 33554433 bytes (32.0 MiB), over the limit of 32 MiB (33554432 bytes)");
  }

  @Test
  void read_moreValuesThanTheLimit_isRefusedAtTheFirstOneOver_countingThemAll() {
    String many = "id: x\ntitle: T\nquestions: [" + "q, ".repeat(5000) + "q]\n";

    CaseFileException e = catchThrowableOfType(CaseFileException.class,
        () -> CaseReader.builder().maxNodes(1000).build().parse(many, "many.yaml"));

    // The root mapping, two keys and their values, the key questions, its list and its 5001 items.
    assertThat(e.problems()).extracting(Object::toString).containsExactly(
        "many.yaml:3:2992: the file holds 5008 values (scalars, lists and mappings, keys included), over the limit"
            + " of 1000");
    assertThat(e.exceeded()).contains(new LimitExceeded(LimitExceeded.Limit.VALUES, 5008, true, 1000));
  }

  @Test
  void read_moreValuesThanTheLimitThenASyntaxError_saysAtLeast() {
    String many = "id: x\ntitle: T\nquestions: [" + "q, ".repeat(5000) + "q]\n  bad: [\n";

    CaseFileException e = catchThrowableOfType(CaseFileException.class,
        () -> CaseReader.builder().maxNodes(1000).build().parse(many, "many.yaml"));

    assertThat(e.problems()).extracting(Object::toString).singleElement().asString()
        .startsWith("many.yaml:3:2992: the file holds at least ")
        .endsWith(" values (scalars, lists and mappings, keys included), over the limit of 1000");
    assertThat(e.exceeded().orElseThrow().exact()).isFalse();
  }

  @Test
  void read_otherProblems_carryNoLimit() {
    CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> CaseFiles.parse("id: x\n", "x.yaml"));

    assertThat(e.exceeded()).isEmpty();
  }

  @Test
  void read_endlessReader_stopsAtTheSizeLimit() {
    Reader endless =
        new Reader() {
          @Override
          public int read(char[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, 'x');
            return len;
          }

          @Override
          public void close() {}
        };

    assertThat(refused(() -> CaseReader.builder().maxBytes(1000).build().read(endless, "r.yaml")))
        .containsExactly("r.yaml:1:1: the file is larger than the limit of 1000 bytes");
  }

  @Test
  void read_fileOverTheConfiguredLimit_isRefusedBeforeReading() throws Exception {
    Path file = dir.resolve("big.yaml");
    Files.writeString(file, "id: x\ntitle: T\nsummary: " + "y".repeat(3000) + "\n");
    CaseReader reader = CaseReader.builder().maxBytes(2048).build();

    CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> reader.read(file));

    assertThat(e.problems()).extracting(Object::toString)
        .containsExactly(file + ":1:1: the file is 3025 bytes (3.0 KiB), over the limit of 2 KiB (2048 bytes)");
    assertThat(e.exceeded()).contains(new LimitExceeded(LimitExceeded.Limit.SIZE, 3025, true, 2048));
  }

  @Test
  void read_invalidUtf8_pointsAtTheBadByte() {
    byte[] bytes = "id: x\ntitle: café (\u00ff)\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(refusedBytes(bytes))
        .containsExactly(
            "h.yaml:2:11: the file is not valid UTF-8 (byte 0xE9 cannot be decoded); save it as UTF-8");
  }

  @Test
  void read_truncatedUtf8AtTheEnd_isRefused() {
    byte[] bytes = {'i', 'd', ':', ' ', (byte) 0xE2, (byte) 0x82};

    assertThat(refusedBytes(bytes))
        .containsExactly(
            "h.yaml:1:5: the file is not valid UTF-8 (byte 0xE2 cannot be decoded); save it as UTF-8");
  }

  @Test
  void read_binaryFile_isRefusedAtTheFirstNul() {
    byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    assertThat(refusedBytes(bytes))
        .containsExactly("h.yaml:3:1: the file is binary, not text (it contains a NUL byte)");
  }

  @Test
  void read_utf16File_isRefused() {
    byte[] bytes = "\uFEFFid: x\n".getBytes(StandardCharsets.UTF_16BE);

    assertThat(refusedBytes(bytes)).containsExactly("h.yaml:1:1: the file is UTF-16 text; case files must be UTF-8");
  }

  @Test
  void read_utf8Bom_isSkipped() throws Exception {
    byte[] bytes = "\uFEFFid: x\ntitle: T\n".getBytes(StandardCharsets.UTF_8);

    assertThat(CaseReader.standard().read(new ByteArrayInputStream(bytes), "bom.yaml").title()).isEqualTo("T");
  }

  @Test
  void read_emptyFile_isRefused() {
    assertThat(refusedBytes(new byte[0]))
        .containsExactly("h.yaml:1:1: the file is empty: a case file is a YAML mapping with at least id and title");
  }

  @Test
  void read_onlyComments_isRefused() {
    assertThat(refused(() -> CaseFiles.parse("# nothing yet\n\n# still nothing\n", "c.yaml")))
        .containsExactly("c.yaml:1:1: the file is empty: a case file is a YAML mapping with at least id and title");
  }

  @Test
  void read_customTag_isRefused() {
    assertThat(refused(() -> CaseFiles.parse("id: x\ntitle: !!binary aGVsbG8=\n", "t.yaml")))
        .containsExactly("t.yaml:2:8: YAML tags are not allowed in case files (found !!binary)");
  }

  @Test
  void read_twoDocuments_isRefusedAtTheSecond() {
    assertThat(refused(() -> CaseFiles.parse("id: x\ntitle: T\n---\nid: y\n", "two.yaml")))
        .containsExactly("two.yaml:3:1: a case file holds one YAML document, but a second one starts here");
  }
}
