package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.analysis.ach.Ach;
import org.briefkit.analysis.ach.AchAnalysis;
import org.briefkit.analysis.ach.HypothesisScore;
import org.briefkit.analysis.ach.ScoredItem;
import org.briefkit.model.AchId;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchItemId;
import org.briefkit.model.AchItemKind;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.AssumptionId;
import org.briefkit.model.Case;
import org.briefkit.model.Credibility;
import org.briefkit.model.Hypothesis;
import org.briefkit.model.HypothesisId;
import org.briefkit.model.Rating;
import org.briefkit.model.Relevance;
import org.briefkit.model.Source;
import org.briefkit.model.SourceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ACH sheets' formulas give the analysis' numbers: each item's credibility level and weight,
 * each hypothesis' score (to 10⁻⁹) and rank, computed by POI's evaluator and by LibreOffice, on
 * the workbook as written and after an analyst's edits (a rating, a relevance, a grade typed as
 * a number, a source's reliability on the Sources sheet), compared with the analysis of the case
 * read back from the edited workbook.
 */
class AchFormulasTest {
  private static final double SCORE_TOLERANCE = 1e-9;

  /**
   * {@link TestCases#tradecraft()} with sources of every reliability and a matrix whose items
   * cover every source (ungraded, so that the source's reliability counts), every grade (from a
   * source graded E, so that the grade wins), an ungraded assumption and a graded absence, every
   * relevance and every rating; and the three matrices of {@link TestCases#ach()}.
   */
  static Case graded() {
    Case.Builder b = TestCases.tradecraft().toBuilder();
    List<SourceId> sources = new ArrayList<>(List.of(SourceId.of("csis-2022"), SourceId.of("note")));
    for (Source.Reliability r : List.of(Source.Reliability.A, Source.Reliability.C, Source.Reliability.D,
        Source.Reliability.E, Source.Reliability.F)) {
      SourceId id = SourceId.of("s-" + r.key().toLowerCase(java.util.Locale.ROOT));
      b.sources(Source.builder(id, "Graded " + r.key()).reliability(r).build());
      sources.add(id);
    }
    Rating[] ratings = Rating.values();
    Relevance[] relevances = Relevance.values();
    List<AchItem> items = new ArrayList<>();
    for (int i = 0; i < sources.size() + Credibility.values().length + 2; i++) {
      AchItem.Builder item = AchItem.builder().id(AchItemId.of("i" + i)).text("Item " + i)
          .relevance(relevances[i % 3])
          .ratings(ratings[i % 6], ratings[(i * 5 + 3) % 6], ratings[(i * 7 + 4) % 6], ratings[(i + 2) % 5 + 1]);
      if (i < sources.size()) {
        item.source(sources.get(i));
      } else if (i < sources.size() + Credibility.values().length) {
        item.source(SourceId.of("s-e")).credibility(Credibility.values()[i - sources.size()]);
      } else if (i == sources.size() + Credibility.values().length) {
        item.kind(AchItemKind.ASSUMPTION).assumption(AssumptionId.of("ka-seoul"));
      } else {
        item.kind(AchItemKind.ABSENCE).credibility(Credibility.IMPROBABLE);
      }
      items.add(item.build());
    }
    AchMatrix graded = AchMatrix.builder().id(AchId.of("graded")).question(2)
        .hypotheses(hypothesis("h-a"), hypothesis("h-b"), hypothesis("h-c"), hypothesis("h-d"))
        .items(items).build();
    return b.ach(graded).ach(TestCases.achMatrices()).build();
  }

  private static Hypothesis hypothesis(String id) {
    return new Hypothesis(HypothesisId.of(id), "Hypothesis " + id + ".");
  }

  /** What an analyst changes: a rating, a relevance, a grade typed as a number, a source's reliability. */
  private static byte[] edited(byte[] written) throws IOException {
    return TestCases.edit(written, wb -> {
      Sheet s = wb.getSheet("ACH graded");
      AchSheet.Rows rows = new AchSheet.Rows(4, 0);
      Row first = s.getRow(rows.item(0));
      first.createCell(AchSheet.ratingColumn(1)).setCellValue("II");
      s.getRow(rows.item(2)).createCell(AchSheet.index("relevance")).setCellValue("high");
      // Item 4 cites s-d (D: medium), item 3 s-c, whose grade goes from C (medium) to B (high).
      s.getRow(rows.item(4)).createCell(AchSheet.index("credibility")).setCellValue(5);
      Sheet sources = wb.getSheet(Layout.SOURCES);
      int reliability = CaseTables.SOURCES.index("reliability");
      for (Row r : sources) {
        if (PoiCells.text(r.getCell(0)).equals("s-c")) {
          r.createCell(reliability).setCellValue("b");
        }
      }
    });
  }

  private static Case read(byte[] bytes) throws IOException {
    return CaseWorkbook.read(new ByteArrayInputStream(bytes), "case.xlsx");
  }

  // ------------------------------------------------------------------ POI's evaluator

  @Test
  void poiEvaluator_givesTheAnalysisNumbers_asWritten() throws IOException {
    Case c = graded();

    assertEvaluated(TestCases.workbook(c), c);
  }

  @Test
  void poiEvaluator_givesTheAnalysisNumbers_afterEdits() throws IOException {
    // given
    Case c = graded();
    byte[] edited = edited(TestCases.workbook(c));
    Case read = read(edited);

    // then: the edits change the scores, and the formulas follow
    assertThat(Ach.analyse(read).get(0).scores()).extracting(HypothesisScore::inconsistency)
        .isNotEqualTo(Ach.analyse(c).get(0).scores().stream().map(HypothesisScore::inconsistency).toList());
    assertEvaluated(edited, read);
  }

  private static void assertEvaluated(byte[] bytes, Case c) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      assertMatches(wb, c, cell -> {
        CellValue v = ev.evaluate(cell);
        return v.getCellType() == CellType.NUMERIC ? Double.toString(v.getNumberValue()) : v.getStringValue();
      });
    }
  }

  /**
   * Checks every ACH sheet of {@code wb} against the analysis of {@code c}: the levels, weights,
   * scores and ranks, as {@code value} gives a formula cell's result (a number as its decimal text).
   */
  private static void assertMatches(XSSFWorkbook wb, Case c, Function<Cell, String> value) {
    List<AchAnalysis> analyses = Ach.analyse(c);
    List<String> sheets = AchSheet.sheetNames(c.ach());
    assertThat(analyses).hasSize(sheets.size()).isNotEmpty();
    for (int m = 0; m < sheets.size(); m++) {
      Sheet s = wb.getSheet(sheets.get(m));
      AchAnalysis a = analyses.get(m);
      AchSheet.Rows rows = AchSheet.Rows.of(c.ach().get(m));
      String where = sheets.get(m);
      for (ScoredItem item : a.items()) {
        Row r = s.getRow(rows.item(item.number() - 1));
        assertThat(value.apply(r.getCell(AchSheet.index(AchSheet.LEVEL))))
            .as(where + " level of " + item.item().id()).isEqualTo(item.credibility().key());
        assertThat(Double.parseDouble(value.apply(r.getCell(AchSheet.index(AchSheet.WEIGHT)))))
            .as(where + " weight of " + item.item().id()).isCloseTo(item.weight(), within(1e-12));
      }
      for (HypothesisScore h : a.ranking()) {
        int col = AchSheet.ratingColumn(h.number() - 1);
        assertThat(Double.parseDouble(value.apply(s.getRow(rows.score()).getCell(col))))
            .as(where + " score of " + h.hypothesis().id()).isCloseTo(h.inconsistency(), within(SCORE_TOLERANCE));
        assertThat(Double.parseDouble(value.apply(s.getRow(rows.rank()).getCell(col))))
            .as(where + " rank of " + h.hypothesis().id()).isEqualTo(h.rank());
      }
    }
  }

  // ------------------------------------------------------------------ LibreOffice

  @Test
  void libreOffice_recalculated_givesTheAnalysisNumbers_asWrittenAndAfterEdits(@TempDir Path dir)
      throws IOException, InterruptedException {
    assumeFalse(Boolean.getBoolean("briefkit.skipExternal"), "briefkit.skipExternal is set: LibreOffice not run");
    Optional<Path> soffice = soffice();
    assumeTrue(soffice.isPresent(), "soffice (LibreOffice) is not installed: the recalculation is not checked");

    // given
    Case c = graded();
    byte[] written = TestCases.workbook(c);
    byte[] edited = edited(written);
    Files.write(dir.resolve("written.xlsx"), written);
    Files.write(dir.resolve("edited.xlsx"), edited);

    // when: LibreOffice opens both, recalculating every formula, and saves them
    Path out = recalculate(soffice.get(), dir, "written.xlsx", "edited.xlsx");

    // then: the values it saved are the analysis' of each case
    try (XSSFWorkbook wb = open(out.resolve("written.xlsx"))) {
      assertMatches(wb, c, AchFormulasTest::cached);
    }
    try (XSSFWorkbook wb = open(out.resolve("edited.xlsx"))) {
      assertMatches(wb, read(edited), AchFormulasTest::cached);
    }
  }

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  /** A formula cell's saved result, a number as its decimal text. */
  private static String cached(Cell cell) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return type == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue()) : cell.getStringCellValue();
  }

  /**
   * Converts {@code files} in {@code dir} to .xlsx with LibreOffice, in a profile of its own that
   * recalculates every formula on loading (its default keeps the values saved in the file, which
   * would test nothing); returns the directory of the results.
   */
  private static Path recalculate(Path soffice, Path dir, String... files) throws IOException, InterruptedException {
    Path profile = dir.resolve("profile");
    Files.createDirectories(profile.resolve("user"));
    Files.writeString(profile.resolve("user/registrymodifications.xcu"), String.join("\n",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">",
        "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\""
            + " oor:op=\"fuse\"><value>0</value></prop></item>",
        "</oor:items>"), StandardCharsets.UTF_8);
    Path out = dir.resolve("recalculated");
    List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
        "-env:UserInstallation=" + profile.toUri(), "--convert-to", "xlsx", "--outdir", out.toString()));
    for (String f : files) {
      command.add(dir.resolve(f).toString());
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile())
        .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not finish converting in 5 minutes");
    }
    for (String f : files) {
      assertThat(out.resolve(f)).as("LibreOffice's conversion (log: " + Files.readString(dir.resolve("soffice.log"))
          + ")").isRegularFile();
    }
    return out;
  }

  /** The soffice command on the PATH, if LibreOffice is installed. */
  static Optional<Path> soffice() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "soffice");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  @Test
  void graded_coversEveryGradeReliabilityRelevanceAndRating() {
    AchMatrix m = graded().ach().get(0);

    assertThat(m.items()).extracting(i -> i.credibility().orElse(null)).contains(Credibility.values());
    assertThat(m.items()).flatExtracting(AchItem::ratings).contains(Rating.values());
    assertThat(m.items()).extracting(AchItem::relevance).contains(Relevance.values());
    assertThat(m.items()).extracting(AchItem::kind).contains(AchItemKind.values());
    assertThat(Ach.analyse(graded()).get(0).items()).extracting(i -> i.credibility())
        .contains(org.briefkit.analysis.ach.Level.values());
  }
}
