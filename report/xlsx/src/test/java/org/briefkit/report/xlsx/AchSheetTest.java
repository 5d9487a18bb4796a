package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.analysis.ach.Ach;
import org.briefkit.analysis.ach.AchAnalysis;
import org.briefkit.model.AchId;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchItemId;
import org.briefkit.model.AchItemKind;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Case;
import org.briefkit.model.Hypothesis;
import org.briefkit.model.HypothesisId;
import org.briefkit.model.Rating;
import org.junit.jupiter.api.Test;

/**
 * The ACH sheets: one per matrix, laid out as {@link AchSheet} says, read back as written and as
 * an analyst edits them, every problem at its cell.
 *
 * <p>The first matrix of {@link TestCases#ach()} ({@code why-invited}: three hypotheses, five
 * items) lies on its sheet as follows: A4 and B4 its id, A5 to C5 its question; the hypotheses'
 * header on row 8 and H1 to H3 on rows 9 to 11; the hypotheses' ids over the rating columns on
 * row 13; the matrix' header on row 14 (A Id, B Kind, C Source, D Source reliability, E Locator,
 * F Assumption, G Credibility, H Relevance, I Text, J Credibility level, K Weight, L to N H1 to
 * H3); the items on rows 15 to 19, row 20 empty, the scores on row 21 and the ranks on row 22.
 */
class AchSheetTest {
  private static final String SHEET = "ACH why-invited";

  private static Case read(byte[] bytes) throws IOException {
    return CaseWorkbook.read(new ByteArrayInputStream(bytes), "case.xlsx");
  }

  private static String problems(byte[] bytes) {
    InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class, () -> read(bytes));
    assertThat(e).as("the workbook must be refused").isNotNull();
    return e.getMessage();
  }

  /** Writes {@code value} into a new cell, as a spreadsheet application writes what is typed. */
  private static void set(XSSFWorkbook wb, String sheet, String cell, String value) {
    CellReference ref = new CellReference(cell);
    Sheet s = wb.getSheet(sheet);
    Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
    row.createCell(ref.getCol()).setCellValue(value);
  }

  private static Cell cell(Sheet s, String ref) {
    CellReference r = new CellReference(ref);
    return s.getRow(r.getRow()) == null ? null : s.getRow(r.getRow()).getCell(r.getCol());
  }

  private static String text(Sheet s, String ref) {
    return PoiCells.text(cell(s, ref));
  }

  private static byte[] edited(java.util.function.Consumer<XSSFWorkbook> change) throws IOException {
    return TestCases.edit(TestCases.workbook(TestCases.ach()), change);
  }

  private static AchMatrix first(Case c) {
    return c.ach().get(0);
  }

  // ------------------------------------------------------------------ round trips

  @Test
  void roundTrip_caseWithMatrices_readsBackEqual() throws IOException {
    // given: three matrices, items of every kind, every rating, NA among them
    Case original = TestCases.ach();
    byte[] bytes = TestCases.workbook(original);
    Files.write(TestCases.outputDir().resolve("ach-case.xlsx"), bytes);

    // when
    Case once = read(bytes);

    // then
    assertThat(once).isEqualTo(original);
    assertThat(once.ach()).hasSize(3);
    assertThat(read(TestCases.write(once))).isEqualTo(original);
  }

  @Test
  void roundTrip_matrixWithoutItems_readsBackEqual() throws IOException {
    Case original = TestCases.tradecraft().toBuilder()
        .ach(AchMatrix.builder().id(AchId.of("empty")).hypotheses(
            new Hypothesis(HypothesisId.of("h1"), "One."), new Hypothesis(HypothesisId.of("h2"), "Two.")).build())
        .build();

    assertThat(read(TestCases.write(original))).isEqualTo(original);
  }

  @Test
  void roundTrip_caseWithoutMatrices_hasNoAchSheet() throws IOException {
    byte[] bytes = TestCases.workbook(TestCases.tradecraft());

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      List<String> sheets = new ArrayList<>();
      wb.forEach(s -> sheets.add(s.getSheetName()));
      // Nor a Changes sheet: the case was not compared with a previous version.
      assertThat(sheets).isEqualTo(Layout.SHEETS.stream().filter(n -> !n.equals(Layout.CHANGES)).toList());
    }
    assertThat(read(bytes).ach()).isEmpty();
  }

  // ------------------------------------------------------------------ the sheets as written

  @Test
  void write_aSheetPerMatrix_afterTheIndicators_namedWithinExcelsLimit() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TestCases.workbook(TestCases.ach())))) {
      List<String> sheets = new ArrayList<>();
      wb.forEach(s -> sheets.add(s.getSheetName()));

      assertThat(sheets.subList(sheets.indexOf(Layout.INDICATORS) + 1, sheets.indexOf(Layout.SOURCES)))
          .containsExactly("ACH why-invited", "ACH why-closer", "ACH a-matrix-whose-id-is-longer");
      assertThat("ACH a-matrix-whose-id-is-longer").hasSize(31);
    }
  }

  @Test
  void sheetNames_idsAlikeOnceShortened_orOnlyInCase_areNumbered() {
    List<AchMatrix> matrices = new ArrayList<>();
    for (String id : List.of("a-matrix-whose-id-is-longer-than-a-sheet-name", "a-matrix-whose-id-is-longer-than-that",
        "Why", "why")) {
      matrices.add(AchMatrix.builder().id(AchId.of(id)).build());
    }

    assertThat(AchSheet.sheetNames(matrices))
        .containsExactly("ACH a-matrix-whose-id-is-longer", "ACH a-matrix-whose-id-is-lo (2)", "ACH Why", "ACH why (2)")
        .allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(31));
  }

  @Test
  void write_layout_valuesHypothesesMatrixScoresAndRanks() throws IOException {
    Case c = TestCases.ach();
    AchAnalysis analysis = Ach.analyse(c).get(0);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TestCases.workbook(c)))) {
      XSSFSheet s = wb.getSheet(SHEET);

      // the title, which marks the sheet, and the matrix' own values
      assertThat(text(s, "A1")).isEqualTo("Competing hypotheses");
      assertThat(List.of(text(s, "A4"), text(s, "B4"), text(s, "A5"), text(s, "B5"), text(s, "C5")))
          .containsExactly("Id", "why-invited", "Question", "1", "Why was President Yoon invited?");
      assertThat(cell(s, "C5").getCellFormula()).isEqualTo("IFERROR(INDEX(Overview!$B$9:$B$10,$B$5)&\"\",\"\")");
      // the hypotheses, labelled
      assertThat(List.of(text(s, "A8"), text(s, "B8"), text(s, "C8"))).containsExactly("Hypothesis", "Id", "Statement");
      assertThat(List.of(text(s, "A9"), text(s, "B9"), text(s, "C9")))
          .containsExactly("H1", "h-china", "NATO sought partners against China.");
      assertThat(text(s, "C11")).startsWith("=HYPERLINK(");
      assertThat(cell(s, "C11").getCellType()).isEqualTo(CellType.STRING);
      // the matrix: the ids over the rating columns, the header, an item
      assertThat(cell(s, "L13").getCellFormula()).isEqualTo("$B$9&\"\"");
      assertThat(text(s, "N13")).isEqualTo("h-optics");
      List<String> header = new ArrayList<>();
      s.getRow(13).forEach(x -> header.add(PoiCells.text(x)));
      assertThat(header).containsExactly("Id", "Kind", "Source", "Source reliability", "Locator", "Assumption",
          "Credibility", "Relevance", "Text", "Credibility level", "Weight", "H1", "H2", "H3");
      List<String> first = new ArrayList<>();
      s.getRow(14).forEach(x -> first.add(PoiCells.text(x)));
      assertThat(first).containsExactly("e-summit", "evidence", "csis-2022", "B", "para 4", "", "", "high",
          "The summit named China a challenge for the first time.", "high", "2.0000000000000004", "CC", "C", "I");
      assertThat(cell(s, "K15").getNumericCellValue()).isEqualTo(analysis.items().stream()
          .filter(i -> i.number() == 1).findFirst().orElseThrow().weight());
      assertThat(text(s, "A20")).isEmpty();
      // the scores and ranks, formulas with the analysis' values cached
      assertThat(text(s, "A21")).isEqualTo("Score");
      assertThat(cell(s, "L21").getCellFormula())
          .isEqualTo("-1*SUMIF(ACH_1[H1],\"I\",ACH_1[Weight])-2*SUMIF(ACH_1[H1],\"II\",ACH_1[Weight])");
      for (int h = 0; h < 3; h++) {
        String col = CellReference.convertNumToColString(11 + h);
        assertThat(cell(s, col + "21").getNumericCellValue()).isEqualTo(analysis.scores().get(h).inconsistency());
        assertThat(cell(s, col + "22").getCellFormula())
            .isEqualTo("1+COUNTIF($L$21:$N$21,\">\"&(" + col + "21+1E-9))");
      }
      assertThat(List.of(text(s, "A22"), text(s, "L22"), text(s, "M22"), text(s, "N22")))
          .containsExactly("Rank", "1", "3", "2");
    }
  }

  @Test
  void write_matrixIsAnExcelTable_withCalculatedColumns() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TestCases.workbook(TestCases.ach())))) {
      XSSFTable t = wb.getTable("ACH_1");

      assertThat(t.getSheetName()).isEqualTo(SHEET);
      assertThat(t.getArea().formatAsString()).isEqualTo("A14:N19");
      assertThat(t.getCTTable().getTableColumns().getTableColumnArray())
          .filteredOn(col -> col.isSetCalculatedColumnFormula())
          .extracting(col -> col.getName())
          .containsExactly("Source reliability", "Credibility level", "Weight");
      assertThat(cell(wb.getSheet(SHEET), "K15").getCellFormula())
          .isEqualTo("IF(ACH_1[[#This Row],[Credibility level]]=\"high\",SQRT(2),IF(ACH_1[[#This Row],"
              + "[Credibility level]]=\"low\",1/SQRT(2),1))*IF(ACH_1[[#This Row],[Relevance]]=\"high\","
              + "SQRT(2),IF(ACH_1[[#This Row],[Relevance]]=\"low\",1/SQRT(2),1))");
      assertThat(wb.getTable("ACH_3").getSheetName()).isEqualTo("ACH a-matrix-whose-id-is-longer");
    }
  }

  @Test
  void write_ratingsKindsRelevancesAndGrades_offerDropDownLists_downToTheEmptyRow() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TestCases.workbook(TestCases.ach())))) {
      List<? extends DataValidation> validations = wb.getSheet(SHEET).getDataValidations();

      assertThat(listAt(validations, "L15")).containsExactly("CC", "C", "N", "I", "II", "NA");
      assertThat(listAt(validations, "N20")).containsExactly("CC", "C", "N", "I", "II", "NA");
      assertThat(listAt(validations, "B15")).containsExactly("evidence", "assumption", "absence");
      assertThat(listAt(validations, "G17")).containsExactly("1", "2", "3", "4", "5", "6");
      assertThat(listAt(validations, "H19")).containsExactly("low", "medium", "high");
      assertThat(formulaAt(validations, "C15")).isEqualTo(ExcelWorkbookTest.ids("Sources"));
      assertThat(formulaAt(validations, "F18")).isEqualTo(ExcelWorkbookTest.ids("Assumptions"));
      assertThat(listAt(validations, "B5")).containsExactly("1", "2");
    }
  }

  private static DataValidation validationAt(List<? extends DataValidation> validations, String ref) {
    CellReference r = new CellReference(ref);
    return validations.stream()
        .filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
            .anyMatch(a -> a.isInRange(r.getRow(), r.getCol())))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no drop-down list at " + ref));
  }

  private static List<String> listAt(List<? extends DataValidation> validations, String ref) {
    return List.of(validationAt(validations, ref).getValidationConstraint().getExplicitListValues());
  }

  private static String formulaAt(List<? extends DataValidation> validations, String ref) {
    return validationAt(validations, ref).getValidationConstraint().getFormula1();
  }

  // ------------------------------------------------------------------ an analyst's edits

  @Test
  void read_ratingEdited_readsTheNewRating() throws IOException {
    byte[] bytes = edited(wb -> set(wb, SHEET, "L16", "c"));

    assertThat(first(read(bytes)).items().get(1).ratings()).containsExactly(Rating.C, Rating.N, Rating.C);
  }

  @Test
  void read_hypothesesReordered_ratingsFollowTheirLabels() throws IOException {
    // given: the rows of H1 and H2 swapped, labels and all
    byte[] bytes = edited(wb -> {
      XSSFSheet s = wb.getSheet(SHEET);
      for (String col : List.of("A", "B", "C")) {
        String one = text(s, col + "9");
        set(wb, SHEET, col + "9", text(s, col + "10"));
        set(wb, SHEET, col + "10", one);
      }
    });

    // when
    AchMatrix m = first(read(bytes));

    // then: the hypotheses in their new order, each item's ratings with them
    assertThat(m.hypotheses()).extracting(h -> h.id().value()).containsExactly("h-russia", "h-china", "h-optics");
    assertThat(m.items().get(0).ratings()).containsExactly(Rating.C, Rating.CC, Rating.I);
    assertThat(m.items().get(4).ratings()).containsExactly(Rating.I, Rating.NA, Rating.II);
  }

  @Test
  void read_hypothesisAdded_withItsRow_andItsColumn() throws IOException {
    // given: H4 in the empty row under the hypotheses, its column right of the matrix
    byte[] bytes = edited(wb -> {
      set(wb, SHEET, "A12", "H4");
      set(wb, SHEET, "B12", "h-habit");
      set(wb, SHEET, "C12", "NATO invites whoever partners it.");
      set(wb, SHEET, "O14", "H4");
      for (int r = 15; r <= 19; r++) {
        set(wb, SHEET, "O" + r, r == 16 ? "II" : "N");
      }
    });

    // when
    AchMatrix m = first(read(bytes));

    // then
    assertThat(m.hypotheses()).extracting(h -> h.id().value()).containsExactly("h-china", "h-russia", "h-optics", "h-habit");
    assertThat(m.items()).extracting(i -> i.ratings().get(3)).containsExactly(Rating.N, Rating.II, Rating.N, Rating.N, Rating.N);
  }

  @Test
  void read_itemTypedInTheEmptyRowUnderTheMatrix_isRead() throws IOException {
    byte[] bytes = edited(wb -> {
      set(wb, SHEET, "A20", "x-silence");
      set(wb, SHEET, "B20", "Absence");
      set(wb, SHEET, "H20", "High");
      set(wb, SHEET, "I20", "Beijing said nothing.");
      set(wb, SHEET, "L20", "N");
      set(wb, SHEET, "M20", "NA");
      set(wb, SHEET, "N20", "I");
    });

    AchItem added = first(read(bytes)).items().get(5);

    assertThat(added).isEqualTo(AchItem.builder().id(AchItemId.of("x-silence")).kind(AchItemKind.ABSENCE)
        .relevance(org.briefkit.model.Relevance.HIGH).ratings(Rating.N, Rating.NA, Rating.I)
        .text("Beijing said nothing.").build());
  }

  @Test
  void read_gradeTypedAsANumber_isTheGrade() throws IOException {
    byte[] bytes = edited(wb -> wb.getSheet(SHEET).getRow(14).createCell(6).setCellValue(2));

    assertThat(first(read(bytes)).items().get(0).credibility()).contains(org.briefkit.model.Credibility.PROBABLY_TRUE);
  }

  @Test
  void read_columnsOfTheMatrixMoved_followsTheHeaders() throws IOException {
    // given: Kind and Text swapped, ratings H1 and H3 swapped, headers and all
    Case original = TestCases.ach();
    byte[] bytes = edited(wb -> {
      XSSFSheet s = wb.getSheet(SHEET);
      for (int r = 14; r <= 19; r++) {
        for (String[] pair : new String[][] {{"B", "I"}, {"L", "N"}}) {
          String a = text(s, pair[0] + r);
          set(wb, SHEET, pair[0] + r, text(s, pair[1] + r));
          set(wb, SHEET, pair[1] + r, a);
        }
      }
    });

    // when
    LocatedAch read = readLocated(bytes);

    // then
    assertThat(read.c()).isEqualTo(original);
    assertThat(read.locator().locate("/ach/0/items/2/text")).isEqualTo("case.xlsx:'ACH why-invited'!B17");
    assertThat(read.locator().locate("/ach/0/items/2/ratings/2")).isEqualTo("case.xlsx:'ACH why-invited'!L17");
  }

  private record LocatedAch(Case c, org.briefkit.model.CaseLocator locator) {}

  private static LocatedAch readLocated(byte[] bytes) throws IOException {
    var located = CaseWorkbook.readLocated(new ByteArrayInputStream(bytes), "case.xlsx");
    return new LocatedAch(located.value(), located.locator());
  }

  @Test
  void read_sheetRenamed_isStillAMatrix() throws IOException {
    byte[] bytes = edited(wb -> wb.setSheetName(wb.getSheetIndex(SHEET), "Yoon"));

    assertThat(read(bytes)).isEqualTo(TestCases.ach());
  }

  @Test
  void read_sheetDeleted_dropsThatMatrix() throws IOException {
    byte[] bytes = edited(wb -> wb.removeSheetAt(wb.getSheetIndex("ACH why-closer")));

    assertThat(read(bytes).ach()).extracting(m -> m.id().value())
        .containsExactly("why-invited", "a-matrix-whose-id-is-longer-than-a-sheet-name");
  }

  @Test
  void read_sheetCopied_isANewMatrix_andItsIdMustBeNew() throws IOException {
    // given: the values of a sheet copied to a new one (a spreadsheet's "copy sheet"), once
    // with a new id and once not
    java.util.function.BiConsumer<XSSFWorkbook, String> copy = (wb, id) -> {
      Sheet from = wb.getSheet("ACH why-closer");
      Sheet to = wb.createSheet("ACH why-closer (2)");
      for (Row r : from) {
        Row row = to.createRow(r.getRowNum());
        for (Cell c : r) {
          row.createCell(c.getColumnIndex()).setCellValue(PoiCells.text(c));
        }
      }
      to.getRow(3).createCell(1).setCellValue(id);
    };
    byte[] renamed = edited(wb -> copy.accept(wb, "why-closer-too"));
    byte[] same = edited(wb -> copy.accept(wb, "why-closer"));

    // when
    Case read = read(renamed);

    // then
    AchMatrix closer = TestCases.ach().ach().get(1);
    assertThat(read.ach()).hasSize(4);
    assertThat(read.ach().get(3)).isEqualTo(closer.toBuilder().id(AchId.of("why-closer-too")).build());
    assertThat(problems(same)).isEqualTo("case.xlsx:'ACH why-closer (2)'!B4: duplicate ACH matrix id \"why-closer\"");
  }

  @Test
  void read_analystsOwnSheetAndNotes_areIgnored() throws IOException {
    byte[] bytes = edited(wb -> {
      wb.createSheet("My notes").createRow(0).createCell(0).setCellValue("Competing hypotheses, to do");
      set(wb, SHEET, "P15", "check this one");
      set(wb, SHEET, "A26", "Notes under the matrix are mine.");
    });

    assertThat(read(bytes)).isEqualTo(TestCases.ach());
  }

  // ------------------------------------------------------------------ problems, at their cells

  @Test
  void read_ratingTypo_isReportedAtItsCell_withDidYouMean() throws IOException {
    byte[] bytes = edited(wb -> set(wb, SHEET, "M16", "III"));

    assertThat(problems(bytes)).isEqualTo(
        "case.xlsx:'ACH why-invited'!M16: rating (\"III\") must be one of CC, C, N, I, II, NA (did you mean \"II\"?)");
  }

  @Test
  void read_ratingCleared_isReported_notTakenForNA() throws IOException {
    byte[] bytes = edited(wb -> wb.getSheet(SHEET).getRow(16).getCell(12).setBlank());

    assertThat(problems(bytes))
        .isEqualTo("case.xlsx:'ACH why-invited'!M17: H2 must not be empty: rate the item CC, C, N, I, II or NA");
  }

  @Test
  void read_hypothesisColumnRemoved_isReportedAtTheHypothesis() throws IOException {
    byte[] bytes = edited(wb -> {
      XSSFSheet s = wb.getSheet(SHEET);
      for (int r = 12; r <= 21; r++) {
        Cell c = s.getRow(r) == null ? null : s.getRow(r).getCell(13);
        if (c != null) {
          s.getRow(r).removeCell(c);
        }
      }
    });

    assertThat(problems(bytes)).isEqualTo(
        "case.xlsx:'ACH why-invited'!A11: hypothesis H3 (h-optics) has no column \"H3\" in the matrix below to hold its ratings");
  }

  @Test
  void read_hypothesisRowRemoved_itsColumnIsReported() throws IOException {
    byte[] bytes = edited(wb -> {
      Row r = wb.getSheet(SHEET).getRow(10);
      for (int c = 0; c <= 8; c++) {
        if (r.getCell(c) != null) {
          r.removeCell(r.getCell(c));
        }
      }
    });

    assertThat(problems(bytes))
        .isEqualTo("case.xlsx:'ACH why-invited'!N14: column \"H3\" rates no hypothesis: the hypotheses above are H1, H2");
  }

  @Test
  void read_mistakesInTheValuesAndHypotheses_eachAtItsCell() throws IOException {
    byte[] bytes = edited(wb -> {
      set(wb, SHEET, "B4", "");
      set(wb, SHEET, "B5", "first");
      set(wb, SHEET, "A10", "Two");
      set(wb, SHEET, "C11", " ");
      set(wb, SHEET, "H15", "hihg");
      set(wb, SHEET, "B16", "rumour");
    });

    assertThat(problems(bytes)).isEqualTo(String.join("\n",
        "case.xlsx:'ACH why-invited'!B4: Id must not be empty",
        "case.xlsx:'ACH why-invited'!B5: question (\"first\") must be a whole number",
        "case.xlsx:'ACH why-invited'!A10: Hypothesis (\"Two\") must be H and a number, the header of its rating"
            + " column in the matrix: H1, H2...",
        "case.xlsx:'ACH why-invited'!C11: Statement must not be empty",
        "case.xlsx:'ACH why-invited'!M14: column \"H2\" rates no hypothesis: the hypotheses above are H1, H3",
        "case.xlsx:'ACH why-invited'!H15: relevance (\"hihg\") must be one of low, medium, high (did you mean \"high\"?)",
        "case.xlsx:'ACH why-invited'!B16: kind (\"rumour\") must be one of evidence, assumption, absence"));
  }

  @Test
  void read_recordedColumnOfTheMatrixRenamed_isReported() throws IOException {
    byte[] bytes = edited(wb -> set(wb, SHEET, "G14", "Grade"));

    assertThat(problems(bytes)).isEqualTo("case.xlsx:'ACH why-invited'!G14: no column \"Credibility\"; found \"Grade\" in"
        + " its place (columns read by header; rename it back to \"Credibility\")");
  }

  @Test
  void read_valueRowRemoved_isReported() throws IOException {
    byte[] bytes = edited(wb -> set(wb, SHEET, "A5", ""));

    assertThat(problems(bytes))
        .isEqualTo("case.xlsx:'ACH why-invited': the sheet has no \"Question\" row above the hypotheses");
  }

  @Test
  void read_integrityProblems_areLocatedAtTheirCells() throws IOException {
    byte[] bytes = edited(wb -> {
      set(wb, SHEET, "C15", "csis-2023");
      set(wb, SHEET, "B10", "h-china");
      set(wb, "ACH why-closer", "B5", "3");
    });

    assertThat(problems(bytes)).isEqualTo(String.join("\n",
        "case.xlsx:'ACH why-invited'!B10: duplicate hypothesis id \"h-china\"",
        "case.xlsx:'ACH why-invited'!C15: ACH matrix why-invited, item e-summit: source \"csis-2023\" is not a"
            + " known source (did you mean \"csis-2022\"?)",
        "case.xlsx:'ACH why-closer'!B5: ACH matrix why-closer: question 3 is not one of the case's questions (1 to 2)"));
  }

  @Test
  void ratingRange_coversTheEmptyRow_forConditionalColours() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TestCases.workbook(TestCases.ach())))) {
      var scf = wb.getSheet(SHEET).getSheetConditionalFormatting();

      assertThat(scf.getNumConditionalFormattings()).isEqualTo(Rating.values().length);
      CellRangeAddress[] ranges = scf.getConditionalFormattingAt(0).getFormattingRanges();
      assertThat(ranges).extracting(CellRangeAddress::formatAsString).containsExactly("L15:N20");
    }
  }
}
