package org.briefkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.report.ReportOptions;
import org.briefkit.samples.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseOutputsTest {
  private static final CaseAnalysis ANALYSIS =
      Analyzer.analyze(SyntheticCase.generate(7, SyntheticCase.Sizes.forMotivations(40)));
  private static final ReportOptions OPTIONS = ReportOptions.defaults();
  private static final Set<RenderCommand.Format> BOTH = EnumSet.of(RenderCommand.Format.PDF, RenderCommand.Format.XLSX);

  @TempDir Path dir;

  private List<String> write(boolean concurrent, RenderCommand.Briefs briefs, Path folder) throws IOException {
    List<String> told = new ArrayList<>();
    new CaseOutputs(OPTIONS, briefs, concurrent).write(ANALYSIS, BOTH, folder, w -> told.add(folder.relativize(w.file()) + " " + w.pages()));
    return told;
  }

  @Test
  void atOnceAndInTurn_sameFiles_briefToldFirst() throws IOException {
    Path atOnce = Files.createDirectory(dir.resolve("at-once"));
    Path inTurn = Files.createDirectory(dir.resolve("in-turn"));
    String id = ANALYSIS.theCase().id().value();

    List<String> a = write(true, RenderCommand.Briefs.PDF, atOnce);
    List<String> b = write(false, RenderCommand.Briefs.PDF, inTurn);

    assertThat(a).isEqualTo(b);
    assertThat(a.get(0)).startsWith(id + ".pdf OptionalInt[");
    assertThat(a.get(1)).isEqualTo(id + ".xlsx OptionalInt.empty");
    for (String name : List.of(id + ".pdf", id + ".xlsx")) {
      assertThat(Files.readAllBytes(atOnce.resolve(name))).isEqualTo(Files.readAllBytes(inTurn.resolve(name)));
    }
  }

  /** The brief waits for the workbook to be in place: it can finish only if both are written at once. */
  @Test
  void atOnce_briefFinishingAfterTheWorkbook_stillToldFirst() throws IOException {
    String id = ANALYSIS.theCase().id().value();
    RenderCommand.Briefs late = (options, analysis, out) -> {
      long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(dir.resolve(id + ".xlsx"))) {
        if (System.nanoTime() > end) {
          throw new IOException("the workbook was not written while the brief was");
        }
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          throw new java.io.InterruptedIOException();
        }
      }
      return RenderCommand.Briefs.PDF.render(options, analysis, out);
    };

    List<String> told = write(true, late, dir);

    assertThat(told).hasSize(2);
    assertThat(told.get(0)).startsWith(id + ".pdf ");
    assertThat(told.get(1)).startsWith(id + ".xlsx ");
  }

  @Test
  void briefFails_workbookWrittenAndToldAllTheSame_thenTheFailure() throws IOException {
    RenderCommand.Briefs failing = (options, analysis, out) -> {
      out.write("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      throw new IOException("the PDF library gave up");
    };
    for (boolean concurrent : new boolean[] {true, false}) {
      Path folder = Files.createDirectory(dir.resolve("c" + concurrent));
      List<String> told = new ArrayList<>();

      assertThatThrownBy(() -> new CaseOutputs(OPTIONS, failing, concurrent)
              .write(ANALYSIS, BOTH, folder, w -> told.add(w.file().getFileName().toString())))
          .isInstanceOf(IOException.class)
          .hasMessage("the PDF library gave up");

      String id = ANALYSIS.theCase().id().value();
      assertThat(told).containsExactly(id + ".xlsx");
      try (var files = Files.list(folder)) {
        assertThat(files.map(f -> f.getFileName().toString())).containsExactly(id + ".xlsx");
      }
    }
  }

  @Test
  void bothFail_theBriefsFailureWithTheWorkbooksSuppressed() throws IOException {
    String id = ANALYSIS.theCase().id().value();
    Files.createDirectory(dir.resolve(id + ".xlsx")); // a folder where the workbook should go
    RenderCommand.Briefs failing = (options, analysis, out) -> {
      throw new IOException("the PDF library gave up");
    };

    assertThatThrownBy(() -> write(true, failing, dir))
        .isInstanceOf(IOException.class)
        .hasMessage("the PDF library gave up")
        .satisfies(e -> assertThat(e.getSuppressed())
            .singleElement()
            .isInstanceOf(UserException.class)
            .extracting(Throwable::getMessage)
            .isEqualTo("cannot write " + dir.resolve(id + ".xlsx") + ": it is a folder"));
  }
}
