package org.briefkit.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same bytes: the command renders both samples in this JVM and in fresh JVMs with
 * other default locales, time zones and file encodings, and every PDF and workbook must have
 * the same SHA-256. Without {@code --timestamp}, the outputs carry the case's as-of date.
 */
class ReproducibilityTest {
  /** One forked JVM: its default locale, time zone and file encoding. */
  record Setting(String language, String country, String variant, String zone, String encoding) {
    List<String> properties() {
      return List.of(
          "-Duser.language=" + language,
          "-Duser.country=" + country,
          "-Duser.variant=" + variant,
          "-Duser.timezone=" + zone,
          "-Dfile.encoding=" + encoding,
          "-Dsun.stdout.encoding=" + encoding,
          "-Dsun.stderr.encoding=" + encoding);
    }

    String name() {
      return language + "_" + country + (variant.isEmpty() ? "" : "_" + variant) + " " + zone + " " + encoding;
    }
  }

  static final List<Setting> SETTINGS =
      List.of(
          new Setting("en", "US", "", "UTC", "UTF-8"),
          new Setting("tr", "TR", "", "Pacific/Kiritimati", "ISO-8859-9"),
          new Setting("hi", "IN", "", "America/Los_Angeles", "US-ASCII"),
          new Setting("ko", "KR", "", "Asia/Seoul", "EUC-KR"),
          new Setting("th", "TH", "TH", "Asia/Kolkata", "UTF-8"));

  @TempDir Path dir;

  @Test
  void render_forkedJvmsWithOtherLocalesZonesEncodings_sameBytes() throws Exception {
    Path reference = dir.resolve("in-process");
    List<String> args = new ArrayList<>(List.of("render"));
    Cli.samples().forEach(p -> args.add(p.toString()));
    args.addAll(List.of("-o", reference.toString()));
    Cli.Run r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, String> expected = hashes(reference);
    assertThat(expected).hasSize(2 * Cli.samples().size());

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Map<Setting, Future<Path>> forks = new LinkedHashMap<>();
      for (Setting s : SETTINGS) {
        forks.put(s, pool.submit(() -> fork(s, args)));
      }
      for (Map.Entry<Setting, Future<Path>> e : forks.entrySet()) {
        Path out = e.getValue().get(5, TimeUnit.MINUTES);
        assertThat(hashes(out)).as(e.getKey().name()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void render_withoutTimestamp_datesTheOutputsWithTheCaseAsOfDate() throws IOException {
    Path flagship = Cli.samples().stream().filter(p -> p.getFileName().toString().equals("korea-nato.yaml")).findFirst().orElseThrow();

    Cli.Run r = Cli.run("render", flagship.toString(), "-o", dir.toString());

    assertThat(r.code()).as(r.err()).isZero();
    String pdf = new String(Files.readAllBytes(dir.resolve("korea-nato-madrid-2022.pdf")), StandardCharsets.ISO_8859_1);
    assertThat(pdf).contains("/CreationDate(D:20220630000000Z").contains("/ModDate(D:20220630000000Z");
    byte[] xlsx = Files.readAllBytes(dir.resolve("korea-nato-madrid-2022.xlsx"));
    String core = entry(xlsx, "docProps/core.xml");
    assertThat(core)
        .contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2022-06-30T00:00:00Z</dcterms:created>")
        .contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2022-06-30T00:00:00Z</dcterms:modified>");
    assertThat(entryTimes(xlsx)).as("zip entry times do not follow the clock").hasSize(1);
  }

  @Test
  void render_pdfAWithoutTimestamp_xmpDatesAreTheCaseAsOfDate() throws IOException {
    Path flagship = Cli.samples().stream().filter(p -> p.getFileName().toString().equals("korea-nato.yaml")).findFirst().orElseThrow();

    Cli.Run r = Cli.run("render", flagship.toString(), "-o", dir.toString(), "--format", "pdf", "--pdfa");

    assertThat(r.code()).as(r.err()).isZero();
    String pdf = new String(Files.readAllBytes(dir.resolve("korea-nato-madrid-2022.pdf")), StandardCharsets.ISO_8859_1);
    assertThat(pdf)
        .contains("/CreationDate(D:20220630000000Z")
        .contains("CreateDate>2022-06-30T00:00:00Z<")
        .contains("ModifyDate>2022-06-30T00:00:00Z<");
  }

  @Test
  void render_explicitTimestamp_isWrittenInsteadOfTheAsOfDate() throws IOException {
    Path flagship = Cli.samples().stream().filter(p -> p.getFileName().toString().equals("korea-nato.yaml")).findFirst().orElseThrow();

    Cli.Run r = Cli.run("render", flagship.toString(), "-o", dir.toString(), "--timestamp", "2023-01-02T03:04:05Z");

    assertThat(r.code()).as(r.err()).isZero();
    String pdf = new String(Files.readAllBytes(dir.resolve("korea-nato-madrid-2022.pdf")), StandardCharsets.ISO_8859_1);
    assertThat(pdf).contains("/CreationDate(D:20230102030405Z");
    assertThat(entry(Files.readAllBytes(dir.resolve("korea-nato-madrid-2022.xlsx")), "docProps/core.xml"))
        .contains(">2023-01-02T03:04:05Z</dcterms:created>");
  }

  private Path fork(Setting s, List<String> args) throws IOException, InterruptedException {
    String id = s.name().replaceAll("[^A-Za-z0-9]+", "-");
    Path out = dir.resolve("fork-" + id);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(s.properties());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.briefkit.cli.Main");
    command.addAll(args.subList(0, args.size() - 1));
    command.add(out.toString());
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("TZ", s.zone());
    pb.environment().put("LANG", s.language() + "_" + s.country() + "." + s.encoding());
    pb.environment().remove("LC_ALL");
    Path log = dir.resolve("fork-" + id + ".log");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Process p = pb.start();
    if (!p.waitFor(4, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(s.name() + ": the forked render did not finish");
    }
    assertThat(p.exitValue()).as(s.name() + ": " + Files.readString(log, StandardCharsets.ISO_8859_1)).isZero();
    return out;
  }

  static Map<String, String> hashes(Path dir) throws IOException {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (String name : Cli.listing(dir)) {
      hashes.put(name, sha256(Files.readAllBytes(dir.resolve(name))));
    }
    return hashes;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no zip entry " + name);
  }

  private static java.util.Set<Long> entryTimes(byte[] zip) throws IOException {
    java.util.Set<Long> times = new java.util.TreeSet<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        times.add(e.getTime());
      }
    }
    return times;
  }
}
