package org.briefkit.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.analysis.provenance.SourceTexts;
import org.briefkit.model.Case;
import org.briefkit.model.io.CaseFiles;
import org.briefkit.model.io.CaseFolder;
import org.briefkit.report.ReportOptions;

/** Renders briefs once per test run and reads them back with PDFBox. */
final class Rendered {
  static final Path NANUM = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
  static final Instant FIXED = Instant.parse("2022-07-01T09:30:00Z");

  private Rendered() {}

  static Case sample(String file) {
    try {
      return CaseFiles.read(sampleFile(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final class Madrid {
    static final Case CASE = sample("madrid-2022/korea-nato.yaml");
    static final CaseAnalysis ANALYSIS = Analyzer.analyze(CASE);
    static final ReportOptions OPTIONS =
        ReportOptions.builder().timestamp(FIXED).fonts(ReportOptions.FontOptions.file(NANUM)).build();
    static final Output PDF = render(ANALYSIS, OPTIONS);
  }

  /** The flagship's Korean edition, in NanumGothic. */
  static final class Korean {
    static final Path FILE = sampleFile("madrid-2022/korea-nato-ko.yaml");
    static final Case CASE = sample("madrid-2022/korea-nato-ko.yaml");
    static final CaseAnalysis ANALYSIS = Analyzer.analyze(CASE);
    static final Output PDF = render(ANALYSIS, Madrid.OPTIONS);
  }

  static final class Calder {
    static final Case CASE = sample("fictional/calder-strait.yaml");
    static final Output PDF = render(Analyzer.analyze(CASE), ReportOptions.builder().timestamp(FIXED).build());
  }

  /**
   * The fictional sample with what it names beyond itself, as the command gives it: its sources'
   * texts (under samples/fictional/texts/) and its previous version (calder-strait-v1.yaml), in
   * the bundled fonts and in NanumGothic.
   */
  static final class Revised {
    static final Path FILE = sampleFile("fictional/calder-strait.yaml");
    static final Case CASE = sample("fictional/calder-strait.yaml");
    static final Case PREVIOUS = sample("fictional/calder-strait-v1.yaml");
    static final CaseAnalysis ANALYSIS = analyze(CASE, FILE, PREVIOUS);
    static final Output PDF = render(ANALYSIS, bundled());
    static final Output NANUM_PDF = nanumInstalled()
        ? render(ANALYSIS, ReportOptions.builder().timestamp(FIXED).fonts(ReportOptions.FontOptions.file(NANUM)).build())
        : null;
  }

  /** The analysis of {@code c}, read from {@code file}, with its sources' texts and {@code previous}. */
  static CaseAnalysis analyze(Case c, Path file, Case previous) {
    return Analyzer.analyze(c, CaseMaterials.builder()
        .texts(SourceTexts.load(c, CaseFolder.ofCaseFile(file)))
        .previous(previous)
        .build());
  }

  /** Options with the bundled fonts alone, at the fixed time. */
  static ReportOptions bundled() {
    return ReportOptions.builder().timestamp(FIXED).fonts(ReportOptions.FontOptions.bundledOnly()).build();
  }

  /** A file of the repository's samples folder. */
  static Path sampleFile(String file) {
    return Path.of(System.getProperty("briefkit.repo", "../..")).resolve("samples").resolve(file);
  }

  /**
   * The tradecraft fixtures of this module's tests: the same made-up case on the ICD 203 scale
   * and on the PHIA yardstick, with graded sources and evidence, key assumptions, indicators
   * and a waiver.
   */
  static final class Tradecraft {
    static final Case ICD = fixture("tradecraft-icd.yaml");
    static final Case PHIA = fixture("tradecraft-phia.yaml");
    static final Output ICD_PDF = render(Analyzer.analyze(ICD), ReportOptions.builder().timestamp(FIXED).build());
    static final Output PHIA_PDF = render(Analyzer.analyze(PHIA), ReportOptions.builder().timestamp(FIXED).build());
  }

  /**
   * The ACH fixtures: the Ostmark harbour case with one matrix of four hypotheses and ten items
   * (a linchpin, a non-diagnostic item), and with a second question and matrix whose lead turns
   * on three items (one of them leaves a tie). Their worked scores are in the files' comments.
   */
  static final class Ach {
    static final Case ONE = fixture("ach-one.yaml");
    static final Case TWO = fixture("ach-two.yaml");
    static final Output ONE_PDF = render(Analyzer.analyze(ONE), ReportOptions.builder().timestamp(FIXED).build());
    static final Output TWO_PDF = render(Analyzer.analyze(TWO), ReportOptions.builder().timestamp(FIXED).build());
  }

  /** A case file of this module's test resources. */
  static Case fixture(String name) {
    try {
      return CaseFiles.read(Path.of(Rendered.class.getResource(name).toURI()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bytes of a rendering and the result. */
  record Output(byte[] bytes, PdfBrief.Result result) {
    PDDocument open() {
      try {
        return Loader.loadPDF(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The text of the whole document, lines joined by spaces. */
    String text() {
      try (PDDocument d = open()) {
        PDFTextStripper t = new PDFTextStripper();
        t.setSortByPosition(true);
        return flat(t.getText(d));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The text of the whole document in the order it is drawn, without white space: the cells
     * of a table row one after the other, where {@link #text()} reads across them line by line.
     */
    String drawnCompact() {
      try (PDDocument d = open()) {
        return Rendered.compact(new PDFTextStripper().getText(d));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The text of the whole document without white space. */
    String compact() {
      return Rendered.compact(text());
    }

    /** The number (from 1) of the first page whose text, without white space, holds {@code compact}. */
    int pageOf(String compact) {
      List<String> pages = pages();
      for (int i = 0; i < pages.size(); i++) {
        if (Rendered.compact(pages.get(i)).contains(compact)) {
          return i + 1;
        }
      }
      throw new AssertionError("no page holds " + compact);
    }

    /**
     * The form XObjects drawn on page {@code n}: each vector chart is one, and so is the page
     * number in the footer of every page.
     */
    int formsOn(int n) {
      try (PDDocument d = open()) {
        PDPage page = d.getPage(n - 1);
        int forms = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDFormXObject) {
            forms++;
          }
        }
        return forms;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The lines of page {@code n} (from 1), read by position. */
    List<String> lines(int n) {
      try (PDDocument d = open()) {
        PDFTextStripper t = new PDFTextStripper();
        t.setSortByPosition(true);
        t.setStartPage(n);
        t.setEndPage(n);
        return List.of(t.getText(d).split("\\R"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The text of each page. */
    List<String> pages() {
      try (PDDocument d = open()) {
        List<String> out = new ArrayList<>();
        PDFTextStripper t = new PDFTextStripper();
        t.setSortByPosition(true);
        for (int i = 1; i <= d.getNumberOfPages(); i++) {
          t.setStartPage(i);
          t.setEndPage(i);
          out.add(flat(t.getText(d)));
        }
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /** The text without any white space: robust to line breaks and to how PDF text is spaced. */
  static String compact(String text) {
    return text.replaceAll("\\s+", "");
  }

  static Output render(CaseAnalysis a, ReportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfBrief.Result r = PdfBrief.with(options).render(a, out);
      return new Output(out.toByteArray(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> titles(Iterable<PDOutlineItem> items) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.getTitle()));
    return out;
  }

  static boolean nanumInstalled() {
    boolean installed = Files.isRegularFile(NANUM);
    // Tests that need it are skipped without it, but not in CI, which installs fonts-nanum.
    if (!installed && System.getenv("CI") != null) {
      throw new AssertionError(NANUM + " is missing, and CI must run the tests that need it (.ci/run installs fonts-nanum)");
    }
    return installed;
  }
}
