package org.briefkit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.hash.Hashing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.data.DatasetException;
import org.briefkit.data.Datasets;
import org.briefkit.analysis.provenance.SourceTexts;
import org.briefkit.model.Case;
import org.briefkit.model.io.CaseFiles;
import org.briefkit.model.io.CaseFolder;
import org.briefkit.report.ReportOptions;
import org.briefkit.report.ReportOptions.FontOptions;
import org.briefkit.report.pdf.PdfBrief;
import org.briefkit.report.xlsx.ExcelWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the exact bytes of every sample's brief and workbook, so that work meant to change
 * nothing a reader sees (a restructuring, a faster path) is proved to change nothing.
 *
 * <p>When a change alters the output on purpose, look at the new outputs (render them, read
 * them, compare the pages), then record the new checksums with
 *
 * <pre>mvn -B -pl samples -am verify -Dtest=OutputChecksumTest -Dsurefire.failIfNoSpecifiedTests=false -Dbriefkit.updateChecksums=true</pre>
 *
 * and say in the commit message why the output changed. A change of layout also changes the
 * page images that {@link PageImagesTest} compares; record those with
 *
 * <pre>mvn -B -pl samples -am verify -Dtest=PageImagesTest -Dsurefire.failIfNoSpecifiedTests=false -Dbriefkit.updateVisuals=true</pre>
 *
 * <p>Fonts are fixed per variant: the bundled DejaVu Sans (same on every machine), and
 * NanumGothic where Debian's {@code fonts-nanum} is installed (as in CI).
 */
class OutputChecksumTest {
  private static final Path NANUM_GOTHIC = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
  private static final String FILE = "output-checksums.txt";

  enum Variant {
    BUNDLED_FONTS(FontOptions.bundledOnly(), false),
    NANUM(FontOptions.file(NANUM_GOTHIC), false),
    NANUM_PDFA(FontOptions.file(NANUM_GOTHIC), true);

    final FontOptions fonts;
    final boolean pdfA;

    Variant(FontOptions fonts, boolean pdfA) {
      this.fonts = fonts;
      this.pdfA = pdfA;
    }

    boolean available() {
      return this == BUNDLED_FONTS || Files.isRegularFile(NANUM_GOTHIC);
    }

    ReportOptions options() {
      return ReportOptions.builder().fonts(fonts).pdfA(pdfA).build();
    }
  }

  /**
   * The analysis of {@code sample} as the command makes it: read from its file in the
   * repository with the rows of its datasets, with the texts of its sources and its previous
   * version, which the file names.
   */
  static CaseAnalysis analysis(Sample sample) throws IOException {
    Path file = Path.of(sample.name() + ".yaml");
    CaseFolder folder = CaseFolder.ofCaseFile(file);
    Case c = withDatasets(CaseFiles.read(file), folder);
    CaseMaterials.Builder materials = CaseMaterials.builder().texts(SourceTexts.load(c, folder));
    if (c.previous().isPresent()) {
      materials.previous(withDatasets(CaseFiles.read(folder.resolve(c.previous().get())), folder));
    }
    return Analyzer.analyze(c, materials.build());
  }

  private static Case withDatasets(Case c, CaseFolder folder) {
    try {
      return Datasets.read(c, folder);
    } catch (DatasetException e) {
      throw new AssertionError("the sample's datasets cannot be read: " + e.problems(), e);
    }
  }

  static List<Object[]> outputs() {
    List<Object[]> out = new ArrayList<>();
    for (Sample s : Samples.all()) {
      for (Variant v : Variant.values()) {
        out.add(new Object[] {s, v});
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("outputs")
  void sampleOutputs_matchRecordedChecksums(Sample sample, Variant variant) throws IOException {
    assumeTrue(variant.available(), "NanumGothic is not installed");
    CaseAnalysis c = analysis(sample);
    Map<String, String> actual = new LinkedHashMap<>();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfBrief.with(variant.options()).render(c, pdf);
    actual.put(key(sample, variant, "pdf"), sha256(pdf.toByteArray()));
    // The workbook uses no fonts: one variant holds it.
    if (variant == Variant.BUNDLED_FONTS) {
      ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
      ExcelWorkbook.of(variant.options()).write(c, xlsx);
      actual.put(key(sample, variant, "xlsx"), sha256(xlsx.toByteArray()));
    }

    Map<String, String> recorded = recorded();
    if (Boolean.getBoolean("briefkit.updateChecksums")) {
      recorded.putAll(actual);
      write(recorded);
      return;
    }
    for (Map.Entry<String, String> e : actual.entrySet()) {
      assertThat(e.getValue())
          .as("%s: the output changed; if on purpose, see the class comment", e.getKey())
          .isEqualTo(recorded.get(e.getKey()));
    }
  }

  private static String key(Sample s, Variant v, String format) {
    return s.name() + " " + v.name().toLowerCase(java.util.Locale.ROOT) + " " + format;
  }

  private static String sha256(byte[] bytes) {
    return Hashing.sha256().hashBytes(bytes).toString();
  }

  private static Path file() {
    return Path.of(System.getProperty("briefkit.repo", "..")).resolve("samples/src/test/resources/org/briefkit/samples").resolve(FILE);
  }

  private static synchronized Map<String, String> recorded() throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    Path f = file();
    if (Files.exists(f)) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          int space = line.lastIndexOf(' ');
          m.put(line.substring(0, space), line.substring(space + 1));
        }
      }
    }
    return m;
  }

  private static synchronized void write(Map<String, String> checksums) throws IOException {
    StringBuilder b = new StringBuilder("# sample variant format sha-256; see OutputChecksumTest\n");
    checksums.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> b.append(e.getKey()).append(' ').append(e.getValue()).append('\n'));
    Files.createDirectories(file().getParent());
    Files.writeString(file(), b.toString(), StandardCharsets.UTF_8);
  }
}
