package org.briefkit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.briefkit.report.ReportOptions;
import org.briefkit.report.ReportOptions.FontOptions;
import org.briefkit.report.pdf.PdfBrief;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A visual guard over both samples' briefs: every page, rendered to a small greyscale image by
 * poppler's {@code pdftoppm}, is compared with the reference image committed beside this test,
 * so that a change of layout is seen when it is made rather than found later. A pixel differs
 * when its grey differs by more than {@value #PIXEL_THRESHOLD} of 255; a page fails when more
 * than {@value #PAGE_TOLERANCE} of its pixels differ, and a brief when its number of pages
 * changed. On failure the page's image as rendered now and an image of the differences (the
 * differing pixels in red over the faded reference) are written under
 * {@code samples/target/page-images/}, and the message names the page.
 *
 * <p>The briefs are set in the bundled fonts, which are the same on every machine. Without
 * {@code pdftoppm} (Debian's {@code poppler-utils}) the test is skipped, except when the
 * environment variable {@code CI} is set, as {@code .ci/run} sets it: then it fails.
 *
 * <p>When a change alters the pages on purpose, look at them, then record new references with
 *
 * <pre>mvn -B -pl samples -am verify -Dtest=PageImagesTest -Dsurefire.failIfNoSpecifiedTests=false -Dbriefkit.updateVisuals=true</pre>
 */
class PageImagesTest {
  /** Resolution of the page images, in dots per inch: enough to see a block move, small to keep. */
  static final int DPI = 50;
  /** How far (of 255) a pixel's grey may move before it counts as changed: anti-aliasing moves a little. */
  static final int PIXEL_THRESHOLD = 48;
  /** The share of a page's pixels that may change before the page fails. */
  static final double PAGE_TOLERANCE = 0.002;

  /** Grey levels kept in a reference image. */
  static final int LEVELS = 16;

  private static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

  static Stream<Sample> samples() {
    return Samples.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void samplePages_lookAsRecorded(Sample sample) throws Exception {
    require();
    Path work = Path.of("target", "page-images", stem(sample));
    clear(work);
    Files.createDirectories(work);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfBrief.with(ReportOptions.builder().fonts(FontOptions.bundledOnly()).build())
        .render(OutputChecksumTest.analysis(sample), pdf);
    Path file = work.resolve("brief.pdf");
    Files.write(file, pdf.toByteArray());
    List<Path> current = render(file, work.resolve("render"));

    Path references = references(sample);
    if (Boolean.getBoolean("briefkit.updateVisuals")) {
      clear(references);
      Files.createDirectories(references);
      for (int i = 0; i < current.size(); i++) {
        writeReference(ImageIO.read(current.get(i).toFile()), references.resolve(pageName(i + 1)));
      }
      return;
    }
    List<Path> recorded = pages(references);
    assertThat(current.size())
        .as("%s: number of pages (references in %s; if the change is meant, see PageImagesTest's class comment)",
            sample.name(), references)
        .isEqualTo(recorded.size());
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < current.size(); i++) {
      String problem = compare(ImageIO.read(recorded.get(i).toFile()), ImageIO.read(current.get(i).toFile()),
          work.resolve(pageName(i + 1).replace(".png", "-diff.png")));
      if (problem != null) {
        Path now = work.resolve(pageName(i + 1).replace(".png", "-current.png"));
        Files.copy(current.get(i), now);
        failures.add(sample.name() + " page " + (i + 1) + ": " + problem + "; see " + now.toAbsolutePath()
            + " and its -diff.png");
      }
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures)
          + "\nIf the change is meant, look at the pages and record new references (see PageImagesTest's class comment).");
    }
  }

  /**
   * Null when {@code current} looks like {@code reference} within the tolerance, else what
   * differs; the image of the differences is written to {@code diff} when they differ.
   */
  static String compare(BufferedImage reference, BufferedImage current, Path diff) throws IOException {
    if (reference.getWidth() != current.getWidth() || reference.getHeight() != current.getHeight()) {
      return "the page image is " + current.getWidth() + "×" + current.getHeight() + " pixels, not "
          + reference.getWidth() + "×" + reference.getHeight();
    }
    BufferedImage marked = new BufferedImage(reference.getWidth(), reference.getHeight(), BufferedImage.TYPE_INT_RGB);
    long differing = 0;
    for (int y = 0; y < reference.getHeight(); y++) {
      for (int x = 0; x < reference.getWidth(); x++) {
        int a = grey(reference, x, y);
        int b = grey(current, x, y);
        if (Math.abs(a - b) > PIXEL_THRESHOLD) {
          differing++;
          marked.setRGB(x, y, 0xE00000);
        } else {
          int faded = 255 - (255 - a) / 4;
          marked.setRGB(x, y, faded << 16 | faded << 8 | faded);
        }
      }
    }
    double share = (double) differing / ((long) reference.getWidth() * reference.getHeight());
    if (share <= PAGE_TOLERANCE) {
      return null;
    }
    ImageIO.write(marked, "png", diff.toFile());
    return String.format(Locale.ROOT, "%.2f %% of the pixels differ (%d), more than the %.2f %% allowed",
        share * 100, differing, PAGE_TOLERANCE * 100);
  }

  /**
   * The grey (0 black, 255 white) of a pixel: a grey image's sample as stored (getRGB would
   * convert it from a linear grey), or the luma of a colour pixel (pdftoppm writes RGB).
   */
  static int grey(BufferedImage image, int x, int y) {
    if (image.getRaster().getNumBands() == 1) {
      return image.getRaster().getSample(x, y, 0);
    }
    int rgb = image.getRGB(x, y);
    return ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
  }

  /**
   * Writes {@code page} as a reference: one grey channel in {@value #LEVELS} levels, which
   * keeps the file small and stays well within {@link #PIXEL_THRESHOLD}.
   */
  private static void writeReference(BufferedImage page, Path file) throws IOException {
    BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    int step = 255 / (LEVELS - 1);
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        grey.getRaster().setSample(x, y, 0, Math.round(grey(page, x, y) / (float) step) * step);
      }
    }
    ImageIO.write(grey, "png", file.toFile());
  }

  /** Skips without pdftoppm, or fails in CI, where it must be there. */
  private static void require() {
    if (Files.isExecutable(PDFTOPPM)) {
      return;
    }
    String problem = PDFTOPPM + " not found (install poppler-utils)";
    String ci = System.getenv("CI");
    if (ci != null && !ci.isEmpty()) {
      fail("pdftoppm is missing in CI: " + problem);
    }
    Assumptions.abort(problem);
  }

  /** Renders every page of {@code pdf} into {@code dir}, in page order. */
  private static List<Path> render(Path pdf, Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Process p = new ProcessBuilder(PDFTOPPM.toString(), "-gray", "-r", Integer.toString(DPI), "-png",
        pdf.toString(), dir.resolve("page").toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError("pdftoppm failed on " + pdf + ":\n" + out);
    }
    return pages(dir);
  }

  /** The page images in {@code dir}, in page order (pdftoppm pads the numbers to one width). */
  private static List<Path> pages(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().matches("page-\\d+\\.png")).sorted().toList();
    }
  }

  private static String pageName(int page) {
    return String.format(Locale.ROOT, "page-%02d.png", page);
  }

  private static String stem(Sample sample) {
    return sample.name().replace('/', '-');
  }

  private static Path references(Sample sample) {
    return Path.of(System.getProperty("briefkit.repo", ".."))
        .resolve("samples/src/test/resources/org/briefkit/samples/pages").resolve(stem(sample));
  }

  private static void clear(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
