package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.model.Case;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.Source;
import org.briefkit.model.io.CaseFiles;
import org.junit.jupiter.api.Test;

/**
 * Workbooks of earlier formats still read, and workbooks with columns a newer BriefKit added
 * are refused rather than read with those columns dropped.
 */
class WorkbookFormatsTest {
  /** The fictional sample's workbook as the first released format wrote it (no column list, no grades). */
  private static final String FORMAT_1 = "format-1/calder-strait-2040.xlsx";

  /**
   * The fictional sample as it stood when the format-1 workbook was its workbook (until
   * 1c6eaa4), with the grades of its sources: the sample has changed since.
   */
  private static final String FORMAT_1_CASE = "format-1/calder-strait.yaml";

  /**
   * {@link TestCases#rich()} as the last version before the tradecraft tables wrote it (format
   * 2, commit b1d8be7): its column list has no Credibility and no Assumptions, Indicators or
   * Waivers tables, and it has no such sheets nor an Estimative scale row.
   */
  private static final String FORMAT_2 = "format-2/rich-case.xlsx";

  private static Case read(byte[] bytes) throws IOException {
    return CaseWorkbook.read(new ByteArrayInputStream(bytes), "case.xlsx");
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = WorkbookFormatsTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static String customProperty(byte[] bytes, String name) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      return wb.getProperties().getCustomProperties().getProperty(name).getLpwstr();
    }
  }


  private static String problems(byte[] bytes) {
    InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class, () -> read(bytes));
    assertThat(e).as("the workbook must be refused").isNotNull();
    return e.getMessage();
  }

  @Test
  void formatOneWorkbook_readsWithoutTheColumnsAddedSince() throws IOException {
    Case now = CaseFiles.parse(new String(resource(FORMAT_1_CASE), StandardCharsets.UTF_8), "calder-strait.yaml");

    Case old = read(resource(FORMAT_1));

    assertThat(old.motivations()).isEqualTo(now.motivations());
    assertThat(old.events()).isEqualTo(now.events());
    assertThat(old.judgments()).isEqualTo(now.judgments());
    assertThat(old.sources()).extracting(Source::title).isEqualTo(now.sources().stream().map(Source::title).toList());
    assertThat(old.sources()).allSatisfy(s -> assertThat(s.reliability()).isEmpty());
    assertThat(old.scale()).isEqualTo(EstimativeScale.standard());
    assertThat(old.assumptions()).isEmpty();
    assertThat(old.indicators()).isEmpty();
    assertThat(old.waivers()).isEmpty();
    assertThat(old.ach()).isEmpty();
  }

  @Test
  void formatTwoWorkbookOfThePreviousVersion_readsAsACaseWithoutTradecraft() throws IOException {
    // when
    Case old = read(resource(FORMAT_2));

    // then: all it held, no assumption, indicator or waiver, no grade, the default scale, no
    // ACH matrix
    assertThat(old).isEqualTo(TestCases.rich());
    assertThat(old.ach()).isEmpty();
  }

  @Test
  void formatTwoWorkbookOfThePreviousVersion_takesTheNewTablesAddedByHand() throws IOException {
    // given: the tables of this version's workbook copied into the older one, as an analyst
    // might; the older one's column list does not name them
    byte[] old = resource(FORMAT_2);
    Case now = TestCases.tradecraft();
    byte[] added = TestCases.edit(old, wb -> {
      try (XSSFWorkbook current = new XSSFWorkbook(new ByteArrayInputStream(TestCases.workbook(now)))) {
        for (String sheet : List.of(Layout.ASSUMPTIONS, Layout.INDICATORS, Layout.WAIVERS)) {
          copyValues(current.getSheet(sheet), wb.createSheet(sheet));
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    // when
    Case read = read(added);

    // then: assumptions without their evidence (the older Evidence sheet has none of theirs)
    assertThat(read.assumptions()).extracting(a -> a.id().value()).containsExactly("ka-china", "ka-seoul", "ka-markets");
    assertThat(read.assumptions()).allSatisfy(a -> assertThat(a.evidence()).isEmpty());
    assertThat(read.indicators()).isEqualTo(now.indicators());
    assertThat(read.waivers()).isEqualTo(now.waivers());
  }

  private static void copyValues(Sheet from, Sheet to) {
    for (Row r : from) {
      Row copy = to.createRow(r.getRowNum());
      for (var c : r) {
        copy.createCell(c.getColumnIndex()).setCellValue(PoiCells.text(c));
      }
    }
  }

  @Test
  void tableRecordedButItsSheetDeleted_isReported_notReadAsEmpty() throws IOException {
    byte[] deleted =
        TestCases.edit(TestCases.workbook(TestCases.tradecraft()), wb -> wb.removeSheetAt(wb.getSheetIndex(Layout.ASSUMPTIONS)));

    // The evidence of its assumptions names them: counted in its line, not listed.
    assertThat(problems(deleted)).isEqualTo("case.xlsx:Assumptions: sheet is missing, and 3 references to its rows");
  }

  @Test
  void write_recordsTheColumnsOfEveryTable() throws IOException {
    String columns = customProperty(TestCases.workbook(TestCases.rich()), WorkbookColumns.PROPERTY);

    assertThat(columns)
        .contains("Sources: Id, Title, Authors, Publisher, Date, URL, Accessed, Reliability")
        .contains("Evidence: For, Item, Source, Locator, Kind, Credibility, Text")
        .contains("Assumptions: Id, Status, Underpins, Statement;")
        .contains("Indicators: Id, Strengthens, Weakens, Status, Observed, Statement;")
        .endsWith("Waivers: Rule, Reason")
        .doesNotContain("Weight", "Chart colour", "Evidence items");
  }

  @Test
  void write_recordsTheAchParts_onlyWhenTheCaseHasMatrices() throws IOException {
    String with = customProperty(TestCases.workbook(TestCases.ach()), WorkbookColumns.PROPERTY);
    String without = customProperty(TestCases.workbook(TestCases.tradecraft()), WorkbookColumns.PROPERTY);

    // A BriefKit from before ACH refuses the first (tables it does not know) and reads the second.
    assertThat(with).isEqualTo(without + "; ACH matrix: Id, Question; ACH hypotheses: Hypothesis, Id, Statement;"
        + " ACH items: Id, Kind, Source, Locator, Assumption, Credibility, Relevance, Text");
    assertThat(without).doesNotContain("ACH");
  }

  @Test
  void achColumnOfANewerBriefKit_isRefused_notDropped() throws IOException {
    byte[] newer =
        TestCases.edit(TestCases.workbook(TestCases.ach()), wb -> {
          var p = wb.getProperties().getCustomProperties().getProperty(WorkbookColumns.PROPERTY);
          p.setLpwstr(p.getLpwstr().replace("Relevance, Text", "Relevance, Text, Date")
              .replace("Hypothesis, Id, Statement", "Hypothesis, Id, Statement, Prior"));
        });

    assertThat(problems(newer))
        .isEqualTo("case.xlsx: written by a newer BriefKit: its tables have columns this version does"
            + " not read (ACH hypotheses: Prior; ACH items: Date); read it with the BriefKit that wrote it or a"
            + " newer one");
  }

  @Test
  void achSheetInAWorkbookThatRecordedNone_isRead_itsMissingColumnsBlank() throws IOException {
    // given: ACH sheets in a workbook whose column list names no ACH part, as when an analyst
    // copies them into one written without matrices; and a column renamed in one of them
    Case ach = TestCases.ach();
    byte[] unrecorded =
        TestCases.edit(TestCases.workbook(ach), wb -> {
          var p = wb.getProperties().getCustomProperties().getProperty(WorkbookColumns.PROPERTY);
          p.setLpwstr(WorkbookColumns.describe(TestCases.tradecraft()));
          wb.getSheet("ACH why-invited").getRow(13).createCell(6).setCellValue("Grade");
        });

    // when
    Case read = read(unrecorded);

    // then: the matrices, the renamed column read as blank (the written workbook never said it had one)
    assertThat(read.ach()).hasSize(3);
    assertThat(read.ach().get(0).items()).allSatisfy(i -> assertThat(i.credibility()).isEmpty());
    assertThat(read.ach().subList(1, 3)).isEqualTo(ach.ach().subList(1, 3));
  }

  @Test
  void achRecorded_allItsSheetsDeleted_readsAsACaseWithoutMatrices() throws IOException {
    // Deleting an ACH sheet deletes a matrix, as deleting a row deletes an element: no problem.
    byte[] deleted =
        TestCases.edit(TestCases.workbook(TestCases.ach()), wb -> {
          for (String sheet : List.of("ACH why-invited", "ACH why-closer", "ACH a-matrix-whose-id-is-longer")) {
            wb.removeSheetAt(wb.getSheetIndex(sheet));
          }
        });

    assertThat(read(deleted)).isEqualTo(TestCases.tradecraft());
  }

  @Test
  void columnOfANewerBriefKit_isRefused_notDropped() throws IOException {
    byte[] newer =
        TestCases.edit(TestCases.workbook(TestCases.rich()), wb -> {
          var p = wb.getProperties().getCustomProperties().getProperty(WorkbookColumns.PROPERTY);
          p.setLpwstr(p.getLpwstr().replace("Reliability", "Reliability, Grade"));
          Sheet s = wb.getSheet(Layout.SOURCES);
          Row header = s.getRow(0);
          header.createCell(header.getLastCellNum()).setCellValue("Grade");
        });

    assertThat(problems(newer))
        .isEqualTo("case.xlsx: written by a newer BriefKit: its tables have columns this version does"
            + " not read (Sources: Grade); read it with the BriefKit that wrote it or a newer one");
  }

  @Test
  void tableOfANewerBriefKit_isRefused_notDropped() throws IOException {
    // This is how the version before the tradecraft tables refuses a workbook that has them.
    byte[] newer =
        TestCases.edit(TestCases.workbook(TestCases.rich()), wb -> {
          var p = wb.getProperties().getCustomProperties().getProperty(WorkbookColumns.PROPERTY);
          p.setLpwstr(p.getLpwstr() + "; Scenarios: Id, Statement");
          wb.createSheet("Scenarios").createRow(0).createCell(0).setCellValue("Id");
        });

    assertThat(problems(newer))
        .isEqualTo("case.xlsx: written by a newer BriefKit: its tables have columns this version does"
            + " not read (Scenarios: Id, Statement); read it with the BriefKit that wrote it or a newer one");
  }

  @Test
  void recordedColumnMissing_isReported_evenWhenItsFieldIsOptional() throws IOException {
    // A workbook that says it was written with a Reliability column, but has none (renamed or
    // deleted by hand): its grades would otherwise be lost without a word.
    String columns = customProperty(resource(FORMAT_2), WorkbookColumns.PROPERTY);
    byte[] lacking =
        TestCases.edit(resource(FORMAT_1), wb -> wb.getProperties().getCustomProperties()
            .addProperty(WorkbookColumns.PROPERTY, columns));

    assertThat(problems(lacking))
        .isEqualTo("case.xlsx:Sources!H1: no column \"Reliability\" (columns read by header; add one headed \"Reliability\")");
  }

  @Test
  void recordedCredibilityColumnMissing_isReported() throws IOException {
    byte[] renamed =
        TestCases.edit(TestCases.workbook(TestCases.tradecraft()), wb -> wb.getSheet(Layout.EVIDENCE).getRow(0).createCell(6).setCellValue("Grade"));

    assertThat(problems(renamed))
        .isEqualTo("case.xlsx:Evidence!G1: no column \"Credibility\"; found \"Grade\" in its place (columns read by"
            + " header; rename it back to \"Credibility\")");
  }

  @Test
  void blankChoiceCell_isAProblem_notTheDefault() throws IOException {
    byte[] cleared =
        TestCases.edit(TestCases.workbook(TestCases.rich()), wb -> wb.getSheet(Layout.MOTIVATIONS).getRow(1).getCell(4).setBlank());

    assertThat(problems(cleared)).isEqualTo("case.xlsx:Motivations!E2: Salience must not be empty");
  }

  @Test
  void analystsOwnColumn_isIgnored() throws IOException {
    Case rich = TestCases.rich();
    byte[] annotated =
        TestCases.edit(TestCases.workbook(rich), wb -> {
          Row header = wb.getSheet(Layout.MOTIVATIONS).getRow(0);
          header.createCell(header.getLastCellNum() + 1).setCellValue("My notes");
        });

    assertThat(read(annotated)).isEqualTo(rich);
  }
}
