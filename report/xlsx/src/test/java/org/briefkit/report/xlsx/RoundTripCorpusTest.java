package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.model.Actor;
import org.briefkit.model.Case;
import org.briefkit.model.Confidence;
import org.briefkit.model.Evidence;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;
import org.briefkit.model.Salience;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The round-trip corpus: the samples' workbooks opened and saved by openpyxl (as pandas and
 * Python scripts do) and by LibreOffice, changing nothing, each read back to a case equal to the
 * sample; then edited with openpyxl the ways analysts edit — a row added under a table, a choice
 * changed, a judgment's confidence changed, a row deleted, rows reordered, a table sorted, a
 * sheet of their own notes added — each read back to the case the edit makes.
 *
 * <p>The tools are Debian's {@code /usr/bin/python3} with {@code python3-openpyxl} (the
 * {@code python3} of a pyenv does not see it) and LibreOffice's {@code soffice}. A tool that is
 * missing skips its tests, except when the environment variable {@code CI} is set, as
 * {@code .ci/run} sets it: then they fail. openpyxl runs once for every edit of both samples,
 * LibreOffice once for both samples, with a profile of its own.
 */
class RoundTripCorpusTest {
  /** One workbook of the corpus: a sample, how it was changed, and the case it must read back as. */
  private record Variant(String sample, String change, List<String> edits, Case expected) {
    String file() {
      return sample + "-" + change.replaceAll("[^a-z0-9]+", "-") + ".xlsx";
    }
  }

  private static Path dir;
  private static Map<String, Case> samples;
  private static List<Variant> edited;
  private static Optional<String> openpyxlDone;
  private static Optional<String> libreOfficeDone;

  @TestFactory
  Stream<DynamicTest> openpyxl_savedOrEdited_readsBackAsExpected() throws Exception {
    Tools.require("openpyxl", Tools.openpyxlMissing());
    prepare();
    if (openpyxlDone == null) {
      openpyxlDone = Optional.ofNullable(runOpenpyxl());
    }
    openpyxlDone.ifPresent(problem -> fail("openpyxl failed: " + problem));
    Stream<DynamicTest> read = edited.stream().map(v -> DynamicTest.dynamicTest(v.sample() + ": " + v.change(),
        () -> assertReadsBack(dir.resolve("openpyxl").resolve(v.file()), v.expected())));
    Stream<DynamicTest> links = samples.keySet().stream().map(name -> DynamicTest.dynamicTest(
        name + ": saved by openpyxl, keeps every link", () -> assertThat(poiLinks(
            dir.resolve("openpyxl").resolve(name + "-saved-unchanged.xlsx"))).isEqualTo(poiLinks(dir.resolve(name + ".xlsx")))));
    return Stream.concat(read, links);
  }

  @TestFactory
  Stream<DynamicTest> libreOffice_saved_readsBackEqual() throws Exception {
    Tools.require("LibreOffice (soffice)", libreOfficeMissing());
    prepare();
    if (libreOfficeDone == null) {
      libreOfficeDone = Optional.ofNullable(runLibreOffice());
    }
    libreOfficeDone.ifPresent(problem -> fail("LibreOffice failed: " + problem));
    Stream<DynamicTest> read = samples.entrySet().stream().map(e -> DynamicTest.dynamicTest(
        e.getKey() + ": saved by LibreOffice",
        () -> assertReadsBack(dir.resolve("libreoffice").resolve(e.getKey() + ".xlsx"), e.getValue())));
    // The links, as POI reads them and as openpyxl does (when it is here).
    Stream<DynamicTest> links = samples.keySet().stream().map(name -> DynamicTest.dynamicTest(
        name + ": saved by LibreOffice, keeps every link", () -> {
          Path original = dir.resolve(name + ".xlsx");
          Path saved = dir.resolve("libreoffice").resolve(name + ".xlsx");
          List<String> expected = poiLinks(original);
          assertThat(expected).hasSizeGreaterThan(50);
          assertThat(poiLinks(saved)).isEqualTo(expected);
          if (Tools.openpyxlMissing().isEmpty()) {
            assertThat(openpyxlLinks(saved)).isEqualTo(expected);
          }
        }));
    return Stream.concat(read, links);
  }

  /** The cell hyperlinks of a workbook as POI reads them: "Evidence!B2 -> Motivations!A2", in sheet order. */
  private static List<String> poiLinks(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      for (Sheet sheet : wb) {
        List<String> links = new ArrayList<>();
        for (var link : ((XSSFSheet) sheet).getHyperlinkList()) {
          links.add(sheet.getSheetName() + "!" + link.getCellRef() + " -> " + link.getLocation());
        }
        links.sort(Comparator.comparing((String l) -> new CellReference(l.substring(l.indexOf('!') + 1, l.indexOf(' ')))
            .getRow()).thenComparing(l -> l));
        out.addAll(links);
      }
    }
    return out;
  }

  /** The cell hyperlinks of a workbook as openpyxl reads them, as {@link #poiLinks}. */
  private static List<String> openpyxlLinks(Path file) throws Exception {
    Path tsv = Files.createTempFile(dir, "links", ".tsv");
    Path script = Path.of(RoundTripCorpusTest.class.getResource("corpus/edit.py").toURI());
    String problem = run(List.of(Tools.PYTHON.toString(), script.toString(), "--links", tsv.toString(), file.toString()), 60);
    assertThat(problem).isNull();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      out.add(f[1] + "!" + f[2] + " -> " + f[3]);
    }
    return out;
  }

  private static void assertReadsBack(Path file, Case expected) throws IOException {
    Case read;
    try {
      read = CaseWorkbook.read(file);
    } catch (InvalidWorkbookException e) {
      throw new AssertionError(file.getFileName() + " does not read back:\n" + e.getMessage(), e);
    }
    assertThat(read).as(file.getFileName().toString()).isEqualTo(expected);
  }

  private static Optional<String> libreOfficeMissing() {
    return soffice().isPresent() ? Optional.empty() : Optional.of("no soffice on the PATH (install libreoffice-calc-nogui)");
  }

  private static Optional<Path> soffice() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(d.isEmpty() ? "." : d, "soffice");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Writes both samples' workbooks, and lists the edits of each with the case they make. */
  private static synchronized void prepare() throws IOException {
    if (dir != null) {
      return;
    }
    // Left in target/ to be looked at; emptied first, so that no earlier run's output is read.
    Path d = Path.of("target", "round-trip-corpus");
    if (Files.exists(d)) {
      try (Stream<Path> files = Files.walk(d)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(d);
    samples = new LinkedHashMap<>();
    edited = new ArrayList<>();
    for (String path : TestCases.SAMPLES) {
      Case c = TestCases.sample(path);
      String name = Path.of(path).getFileName().toString().replace(".yaml", "");
      samples.put(name, c);
      Files.write(d.resolve(name + ".xlsx"), TestCases.workbook(c));
      // The edits name sheets and headers in English: a Korean workbook is saved unchanged.
      edited.addAll(TestCases.ENGLISH_SAMPLES.contains(path)
          ? variants(name, c) : List.of(new Variant(name, "saved unchanged", List.of(), c)));
    }
    dir = d;
  }

  /** The edits of one sample, each with the case it makes. */
  private static List<Variant> variants(String sample, Case c) {
    List<Variant> out = new ArrayList<>();
    out.add(new Variant(sample, "saved unchanged", List.of(), c));

    // A motivation typed under the table: what the analyst types, no formula (openpyxl fills none).
    Motivation added = Motivation.builder(MotivationId.of("m-added-in-python"), c.stakeholders().get(0).id(),
            c.domains().get(0).id())
        .salience(Salience.PRIMARY)
        .claim("A motivation an analyst added with openpyxl.")
        .build();
    out.add(new Variant(sample, "a motivation added under the table",
        List.of(edit("append", "Motivations", "values", map(
            "Id", added.id().value(), "Stakeholder", added.stakeholder().value(), "Domain", added.domain().value(),
            "Salience", "primary", "Claim", added.claim()))),
        with(c, "motivations", concat(c.motivations(), added))));

    // A choice changed.
    Motivation m = c.motivations().get(0);
    Salience other = m.salience() == Salience.PRIMARY ? Salience.SUBSIDIARY : Salience.PRIMARY;
    out.add(new Variant(sample, "a motivation's salience changed",
        List.of(edit("set", "Motivations", "row", m.id().value(), "header", "Salience", "value", other.key())),
        with(c, "motivations", replace(c.motivations(), 0, x -> x.toBuilder().salience(other).build()))));

    // A judgment's confidence changed.
    KeyJudgment j = c.judgments().get(0);
    Confidence lower = j.confidence() == Confidence.LOW ? Confidence.HIGH : Confidence.LOW;
    out.add(new Variant(sample, "a key judgment's confidence changed",
        List.of(edit("set", "Judgments", "row", j.id().value(), "header", "Confidence", "value", lower.key())),
        with(c, "judgments", replace(c.judgments(), 0, x -> x.toBuilder().confidence(lower).build()))));

    // The first evidence row deleted: its motivation's first item goes.
    TableRows.Nested<Evidence> first = TableRows.nested(c, CaseTables.EVIDENCE).get(0);
    assertThat(first.owner().table()).isSameAs(CaseTables.MOTIVATIONS);
    int owner = first.owner().index();
    out.add(new Variant(sample, "an evidence row deleted",
        List.of(edit("delete", "Evidence", "row", 2)),
        with(c, "motivations", replace(c.motivations(), owner,
            x -> with(CaseFormat.MOTIVATION, x, "evidence", x.evidence().subList(1, x.evidence().size()))))));

    // Rows reordered.
    List<Actor> reversed = new ArrayList<>(c.actors());
    java.util.Collections.reverse(reversed);
    out.add(new Variant(sample, "the actors' rows reversed",
        List.of(edit("reverse", "Actors")),
        with(c, "actors", reversed)));

    // A table sorted, as its filter button sorts it.
    List<Motivation> sorted = new ArrayList<>(c.motivations());
    sorted.sort(Comparator.comparing(Motivation::claim));
    assertThat(sorted).as("sorting changes the order").isNotEqualTo(c.motivations());
    out.add(new Variant(sample, "the motivations sorted by claim",
        List.of(edit("sort", "Motivations", "header", "Claim")),
        with(c, "motivations", sorted)));

    // A sheet of the analyst's own notes.
    out.add(new Variant(sample, "a sheet of notes added",
        List.of("{\"op\": \"add_sheet\", \"name\": \"My notes\", \"rows\": [[\"Call the desk about\", \"kj-1\"], [\"Weight\", 3]]}"),
        c));
    return out;
  }

  /** Runs openpyxl once over every variant of both samples; null when it succeeded, else why not. */
  private static String runOpenpyxl() throws IOException, InterruptedException, URISyntaxException {
    Path out = Files.createDirectories(dir.resolve("openpyxl"));
    List<String> jobs = new ArrayList<>();
    for (Variant v : edited) {
      jobs.add("{\"in\": " + json(dir.resolve(v.sample() + ".xlsx").toString()) + ", \"out\": "
          + json(out.resolve(v.file()).toString()) + ", \"edits\": [" + String.join(", ", v.edits()) + "]}");
    }
    Path jobFile = dir.resolve("openpyxl-jobs.json");
    Files.writeString(jobFile, "[\n" + String.join(",\n", jobs) + "\n]\n", StandardCharsets.UTF_8);
    Path script = Path.of(RoundTripCorpusTest.class.getResource("corpus/edit.py").toURI());
    return run(List.of(Tools.PYTHON.toString(), script.toString(), jobFile.toString()), 120);
  }

  /** Has LibreOffice open and save both samples' workbooks, in one run with a profile of its own. */
  private static String runLibreOffice() throws IOException, InterruptedException {
    Path out = Files.createDirectories(dir.resolve("libreoffice"));
    Path profile = Files.createTempDirectory("lo-corpus");
    try {
      List<String> command = new ArrayList<>(List.of(soffice().orElseThrow().toString(), "--headless", "--norestore",
          "-env:UserInstallation=" + profile.toUri(), "--convert-to", "xlsx", "--outdir", out.toString()));
      for (String name : samples.keySet()) {
        command.add(dir.resolve(name + ".xlsx").toAbsolutePath().toString());
      }
      String problem = run(command, 300);
      for (String name : samples.keySet()) {
        if (problem == null && !Files.isRegularFile(out.resolve(name + ".xlsx"))) {
          problem = "no " + name + ".xlsx written";
        }
      }
      return problem;
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Runs {@code command}; null when it exits with 0 in time, else what went wrong with its output. */
  private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "run", ".log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return command.get(0) + " did not finish in " + seconds + " s";
    }
    return p.exitValue() == 0 ? null
        : command.get(0) + " exited with " + p.exitValue() + ":\n" + Files.readString(log, StandardCharsets.UTF_8);
  }

  /** An edit for edit.py: the operation, the sheet, then names and values. */
  private static String edit(String op, String sheet, Object... pairs) {
    StringBuilder b = new StringBuilder("{\"op\": ").append(json(op)).append(", \"sheet\": ").append(json(sheet));
    for (int i = 0; i < pairs.length; i += 2) {
      b.append(", ").append(json((String) pairs[i])).append(": ").append(jsonValue(pairs[i + 1]));
    }
    return b.append('}').toString();
  }

  private static Map<String, String> map(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static String jsonValue(Object v) {
    if (v instanceof Number) {
      return v.toString();
    }
    if (v instanceof Map<?, ?> m) {
      List<String> entries = new ArrayList<>();
      m.forEach((k, x) -> entries.add(json((String) k) + ": " + jsonValue(x)));
      return "{" + String.join(", ", entries) + "}";
    }
    return json((String) v);
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> {
          if (ch < 0x20) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            b.append(ch);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /**
   * {@code c} with its list {@code field} holding {@code items}: a builder's list setters add to
   * the list {@code toBuilder()} copied, so lists are replaced through the format's declaration.
   */
  private static Case with(Case c, String field, List<?> items) {
    return with(CaseFormat.CASE, c, field, items);
  }

  @SuppressWarnings("unchecked") // a list field of the format holds a list
  private static <T, B> T with(Entity<T, B> entity, T item, String field, List<?> items) {
    Field<T, B, List<?>> f = (Field<T, B, List<?>>) entity.field(field).orElseThrow();
    return entity.with(item, f, ImmutableList.copyOf(items));
  }

  private static <T> List<T> concat(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

  private static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
    List<T> out = new ArrayList<>(list);
    out.set(index, change.apply(out.get(index)));
    return out;
  }
}
