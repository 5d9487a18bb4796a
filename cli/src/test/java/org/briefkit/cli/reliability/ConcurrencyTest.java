package org.briefkit.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.Case;
import org.briefkit.model.io.CaseFiles;
import org.briefkit.report.ReportOptions;
import org.briefkit.report.pdf.PdfBrief;
import org.briefkit.report.xlsx.ExcelWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Renders 32 cases (the two samples and variations of them with their own ids and titles) one
 * by one, then all at once on 8 threads, and requires the same PDF and workbook bytes: no font
 * cache, random generator, chart theme or library setting may leak between renders.
 */
class ConcurrencyTest {
  private static final int CASES = 32;
  private static final int THREADS = 8;

  /** One render's output. */
  record Output(byte[] pdf, byte[] xlsx) {}

  @Test
  void render_32CasesOn8Threads_sameBytesAsOneByOne() throws Exception {
    List<CaseAnalysis> cases = variations();
    ReportOptions options = ReportOptions.defaults();
    List<Output> sequential = new ArrayList<>();
    for (CaseAnalysis a : cases) {
      sequential.add(render(a, options));
    }

    List<Output> parallel = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Output>> futures = new ArrayList<>();
      for (CaseAnalysis a : cases) {
        futures.add(pool.submit(() -> {
          start.await();
          return render(a, options);
        }));
      }
      start.countDown();
      for (Future<Output> f : futures) {
        parallel.add(f.get(5, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }

    for (int i = 0; i < CASES; i++) {
      String id = cases.get(i).theCase().id().value();
      assertThat(ReproducibilityTest.sha256(parallel.get(i).pdf())).as(id + ".pdf")
          .isEqualTo(ReproducibilityTest.sha256(sequential.get(i).pdf()));
      assertThat(ReproducibilityTest.sha256(parallel.get(i).xlsx())).as(id + ".xlsx")
          .isEqualTo(ReproducibilityTest.sha256(sequential.get(i).xlsx()));
    }
    assertThat(sequential.stream().map(o -> ReproducibilityTest.sha256(o.pdf())).distinct()).hasSize(CASES);
  }

  private static Output render(CaseAnalysis a, ReportOptions options) throws IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfBrief.with(options).render(a, pdf);
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    ExcelWorkbook.of(options).write(a, xlsx);
    return new Output(pdf.toByteArray(), xlsx.toByteArray());
  }

  /** The samples, then copies with their own id and title, alternating between the samples. */
  static List<CaseAnalysis> variations() throws IOException {
    List<Path> samples = Cli.samples();
    List<String> texts = new ArrayList<>();
    for (Path p : samples) {
      texts.add(Files.readString(p, StandardCharsets.UTF_8));
    }
    List<CaseAnalysis> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      String text = texts.get(i % texts.size());
      if (i >= texts.size()) {
        text = text.replaceFirst("(?m)^id: (.*)$", "id: $1-v" + i)
            .replaceFirst("(?m)^title: (.*)$", "title: $1 (variation " + i + ")");
      }
      Case c = CaseFiles.parse(text, samples.get(i % texts.size()).toString());
      cases.add(Analyzer.analyze(c));
    }
    return cases;
  }
}
