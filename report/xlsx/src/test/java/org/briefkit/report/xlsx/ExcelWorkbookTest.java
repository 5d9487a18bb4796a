package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.DomainMatrix;
import org.briefkit.model.Case;
import org.briefkit.model.Domain;
import org.apache.poi.xddf.usermodel.XDDFColorRgbBinary;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.briefkit.model.Colour;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.report.ReportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExcelWorkbookTest {
  static Iterable<String> samples() {
    return TestCases.ENGLISH_SAMPLES;
  }

  private static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  /** The Matrix sheet's cells by "stakeholder id|domain id" for the block headed {@code heading}. */
  private static Map<String, Double> matrixBlock(XSSFWorkbook wb, String heading) {
    Sheet s = wb.getSheet("Matrix");
    Map<String, Double> values = new HashMap<>();
    for (int r = 0; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      if (row == null || !PoiCells.text(row.getCell(0)).equals(heading)) {
        continue;
      }
      Row ids = s.getRow(r + 2);
      for (int i = r + 3; ; i++) {
        Row data = s.getRow(i);
        if (data == null || data.getCell(1) == null || PoiCells.text(data.getCell(1)).isEmpty()) {
          return values;
        }
        for (int c = 2; c < ids.getLastCellNum() && !PoiCells.text(ids.getCell(c)).isEmpty(); c++) {
          values.put(PoiCells.text(data.getCell(1)) + "|" + PoiCells.text(ids.getCell(c)), data.getCell(c).getNumericCellValue());
        }
      }
    }
    throw new AssertionError("no block " + heading);
  }

  private static Map<String, Double> expected(DomainMatrix m, boolean weights) {
    Map<String, Double> values = new HashMap<>();
    for (Stakeholder s : m.stakeholders()) {
      for (Domain d : m.domains()) {
        var cell = m.cell(s.id(), d.id());
        values.put(s.id().value() + "|" + d.id().value(), (double) (weights ? cell.weight() : cell.count()));
      }
    }
    return values;
  }

  @Test
  void write_richCase_hasEverySheetInOrder() throws IOException {
    byte[] bytes = TestCases.workbook(TestCases.rich());
    Files.write(TestCases.outputDir().resolve("rich.xlsx"), bytes);
    try (XSSFWorkbook wb = open(bytes)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .containsExactly(
              "Overview", "Motivations", "Matrix", "Convergence", "Drivers", "Timeline",
              "Stakeholders", "Domains", "Actors", "Events", "Arms transfers", "Evidence",
              "Judgments", "Assumptions", "Indicators", "Sources", "Datasets", "Tradecraft", "Waivers",
              "Findings");
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void write_sample_hasTablesChartsAndValidation(String sample) throws IOException {
    Case c = TestCases.sample(sample);
    Path out = TestCases.outputDir().resolve(Path.of(sample).getFileName().toString().replace(".yaml", ".xlsx"));
    ExcelWorkbook.of(TestCases.FIXED).write(c, out);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
      Map<String, String> tables = new HashMap<>();
      for (Sheet s : wb) {
        for (XSSFTable t : ((XSSFSheet) s).getTables()) {
          tables.put(t.getName(), s.getSheetName());
          List<String> headers = new ArrayList<>();
          t.getColumns().forEach(col -> headers.add(col.getName()));
          // A case table starts at A1; an ACH sheet's items table starts below its hypotheses.
          Row header = s.getRow(t.getStartCellReference().getRow());
          int first = t.getStartCellReference().getCol();
          for (int i = 0; i < headers.size(); i++) {
            assertThat(header.getCell(first + i).getStringCellValue()).isEqualTo(headers.get(i));
          }
          assertThat(t.getCTTable().getAutoFilter()).isNotNull();
          if (t.getStartCellReference().getRow() == 0) {
            assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
          }
        }
      }
      assertThat(tables)
          .containsEntry("Motivations", "Motivations")
          .containsEntry("Stakeholders", "Stakeholders")
          .containsEntry("Domains", "Domains")
          .containsEntry("Actors", "Actors")
          .containsEntry("Events", "Events")
          .containsEntry("Transfers", "Arms transfers")
          .containsEntry("Evidence", "Evidence")
          .containsEntry("Judgments", "Judgments")
          .containsEntry("Assumptions", "Assumptions")
          .containsEntry("Indicators", "Indicators")
          .containsEntry("Sources", "Sources")
          .containsEntry("Waivers", "Waivers");
      XSSFTable motivations = wb.getTable("Motivations");
      assertThat(motivations.getDataRowCount()).isEqualTo(c.motivations().size());

      XSSFDrawing drawing = wb.getSheet("Overview").getDrawingPatriarch();
      List<String> titles = new ArrayList<>();
      Map<StakeholderId, Colour> colours = TestCases.FIXED.theme().stakeholderColours(c);
      for (XSSFChart chart : drawing.getCharts()) {
        titles.add(chart.getTitleText().getString());
        var data = chart.getChartSeries().get(0);
        assertThat(data.getSeriesCount()).isEqualTo(c.stakeholders().size());
        for (int i = 0; i < data.getSeriesCount(); i++) {
          // Each stakeholder keeps the colour the theme gives it in the PDF too.
          var fill = (XDDFSolidFillProperties) data.getSeries(i).getShapeProperties().getFillProperties();
          byte[] rgb = ((XDDFColorRgbBinary) fill.getColor()).getValue();
          Colour expected = colours.get(c.stakeholders().get(i).id());
          assertThat(new Colour((rgb[0] & 0xFF) << 16 | (rgb[1] & 0xFF) << 8 | (rgb[2] & 0xFF))).isEqualTo(expected);
        }
      }
      assertThat(titles).containsExactly("Weighted motivations by domain", "Third-party drivers (weighted motivations)");

      // Down to the sheet's last row, for the rows an analyst adds; ids from as many rows as hold one.
      assertThat(validations(wb, "Motivations"))
          .containsExactlyInAnyOrder(
              "E2:E1048576 primary,secondary,subsidiary",
              "B2:B1048576 " + ids("Stakeholders"),
              "C2:C1048576 " + ids("Domains"));

      // The first evidence row links back to the row of the motivation it supports.
      Cell link = wb.getSheet("Evidence").getRow(1).getCell(1);
      String owner = link.getStringCellValue();
      int row = c.motivations().indexOf(c.motivation(org.briefkit.model.MotivationId.of(owner)).orElseThrow()) + 2;
      assertThat(link.getCellType()).isEqualTo(CellType.STRING);
      assertThat(link.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
      assertThat(link.getHyperlink().getAddress()).isEqualTo("Motivations!A" + row);
      assertThat(wb.getSheet("Motivations").getRow(row - 1).getCell(0).getStringCellValue()).isEqualTo(owner);

      assertThat(wb.getSheet("Matrix").getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(3);
      assertThat(wb.getSheet("Motivations").getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(wb.getSheet("Motivations").getRepeatingRows().formatAsString()).isEqualTo("1:1");
    }
  }

  /**
   * The drop-down lists of a sheet, each as "range list", the list being its values or the
   * range of ids it offers; " (any text)" ends one that takes values not in its list, " (warns)"
   * one that asks before it takes them.
   */
  private static List<String> validations(XSSFWorkbook wb, String sheet) {
    List<String> out = new ArrayList<>();
    for (DataValidation v : wb.getSheet(sheet).getDataValidations()) {
      String[] values = v.getValidationConstraint().getExplicitListValues();
      out.add(v.getRegions().getCellRangeAddress(0).formatAsString() + " "
          + (values == null ? v.getValidationConstraint().getFormula1() : String.join(",", values))
          + (!v.getShowErrorBox() ? " (any text)" : v.getErrorStyle() == DataValidation.ErrorStyle.WARNING ? " (warns)" : ""));
    }
    return out;
  }

  /** The source of a drop-down list of the ids on {@code sheet}: as many rows as its column A holds ids. */
  static String ids(String sheet) {
    return "OFFSET(" + sheet + "!$A$2,0,0,MAX(1,COUNTA(" + sheet + "!$A:$A)-1),1)";
  }

  /** The headers of row 1 of {@code sheet}, with the width of each column in characters. */
  private static Map<String, Integer> widths(XSSFWorkbook wb, String sheet) {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    Sheet s = wb.getSheet(sheet);
    for (Cell c : s.getRow(0)) {
      out.put(c.getStringCellValue(), s.getColumnWidth(c.getColumnIndex()) / 256);
    }
    return out;
  }

  @Test
  void write_tradecraftCase_tablesOfferTheirChoicesAndJudgmentIds() throws IOException {
    // given
    Case c = TestCases.tradecraft();

    // when
    try (XSSFWorkbook wb = open(TestCases.workbook(c))) {
      // then
      assertThat(wb.getTable("Assumptions").getDataRowCount()).isEqualTo(3);
      assertThat(wb.getTable("Indicators").getDataRowCount()).isEqualTo(3);
      assertThat(wb.getTable("Waivers").getDataRowCount()).isEqualTo(2);
      assertThat(widths(wb, "Assumptions").keySet()).containsExactly("Id", "Status", "Underpins", "Statement", "Evidence items");
      assertThat(widths(wb, "Indicators").keySet())
          .containsExactly("Id", "Strengthens", "Weakens", "Status", "Observed", "Statement");
      assertThat(widths(wb, "Waivers").keySet()).containsExactly("Rule", "Reason");
      // Several judgment ids go in one cell: the list offers them without refusing a list.
      assertThat(validations(wb, "Assumptions"))
          .containsExactlyInAnyOrder("B2:B1048576 solid,caveated,unsupported", "C2:C1048576 " + ids("Judgments") + " (any text)");
      assertThat(validations(wb, "Indicators"))
          .containsExactlyInAnyOrder(
              "D2:D1048576 watching,observed,lapsed",
              "B2:B1048576 " + ids("Judgments") + " (any text)",
              "C2:C1048576 " + ids("Judgments") + " (any text)");
      assertThat(validations(wb, "Waivers")).isEmpty();
      assertThat(validations(wb, "Judgments"))
          .contains("D2:D1048576 almost-no-chance,very-unlikely,unlikely,roughly-even-chance,likely,very-likely,almost-certain"
              + " (warns)");
      int evidence = TableRows.count(c, CaseTables.EVIDENCE);
      assertThat(validations(wb, "Evidence"))
          .containsExactlyInAnyOrder(
              "F2:F1048576 fact,claim,assessment",
              "G2:G1048576 1,2,3,4,5,6",
              "A2:A1048576 motivation,event,transfer,assumption");
      assertThat(widths(wb, "Evidence")).containsEntry("Credibility", 13);
      assertThat(widths(wb, "Sources")).containsEntry("Reliability", 13);
      assertThat(validations(wb, "Sources")).contains("H2:H1048576 A,B,C,D,E,F");

      // An assumption's evidence comes after the other owners' and links to its row.
      Sheet ev = wb.getSheet("Evidence");
      Row first = ev.getRow(evidence - 2);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("assumption");
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("ka-china");
      assertThat(first.getCell(1).getHyperlink().getAddress()).isEqualTo("Assumptions!A2");
      Row last = ev.getRow(evidence);
      assertThat(last.getCell(1).getStringCellValue()).isEqualTo("ka-markets");
      assertThat(last.getCell(1).getHyperlink().getAddress()).isEqualTo("Assumptions!A4");
      assertThat(last.getCell(6).getStringCellValue()).isEmpty();
      assertThat(ev.getRow(evidence - 1).getCell(6).getStringCellValue()).isEqualTo("6");
    }
  }

  @Test
  void write_phiaCase_offersTheLikelihoodsOfItsOwnScale() throws IOException {
    try (XSSFWorkbook wb = open(TestCases.workbook(TestCases.phia()))) {
      assertThat(validations(wb, "Judgments"))
          .contains(
              "D2:D1048576 remote-chance,highly-unlikely,unlikely,realistic-possibility,likely,highly-likely,"
                  + "almost-certain (warns)");
      Row scale = null;
      for (Row row : wb.getSheet("Overview")) {
        scale = PoiCells.text(row.getCell(0)).equals("Estimative scale") ? row : scale;
      }
      assertThat(PoiCells.text(scale.getCell(1))).isEqualTo("phia");
      assertThat(validations(wb, "Overview")).containsExactly("B" + (scale.getRowNum() + 1) + " icd-203,phia");
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void matrix_evaluated_equalsAnalysisAndCachedValues(String sample) throws IOException {
    Case c = TestCases.sample(sample);
    CaseAnalysis a = Analyzer.analyze(c);
    try (XSSFWorkbook wb = open(TestCases.workbook(c))) {
      // Cached values, as a viewer that does not recalculate shows them.
      assertThat(matrixBlock(wb, "Number of motivations")).isEqualTo(expected(a.matrix(), false));
      assertThat(matrixBlock(wb, "Weighted motivations (primary 3, secondary 2, subsidiary 1)"))
          .isEqualTo(expected(a.matrix(), true));
      for (Sheet s : wb) {
        for (Row row : s) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              cell.setCellValue(-1);
            }
          }
        }
      }
      XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
      assertThat(matrixBlock(wb, "Number of motivations")).isEqualTo(expected(a.matrix(), false));
      assertThat(matrixBlock(wb, "Weighted motivations (primary 3, secondary 2, subsidiary 1)"))
          .isEqualTo(expected(a.matrix(), true));
    }
  }

  @Test
  void matrix_salienceEdited_recomputes() throws IOException {
    Case c = TestCases.rich();
    try (XSSFWorkbook wb = open(TestCases.workbook(c))) {
      String weights = "Weighted motivations (primary 3, secondary 2, subsidiary 1)";
      assertThat(matrixBlock(wb, weights)).containsEntry("nato|cyber", 3.0);
      // Motivations!E2 is the salience of nato-cyber, primary (3). The cell is replaced, as a
      // spreadsheet application does when the analyst types into it.
      wb.getSheet("Motivations").getRow(1).createCell(4).setCellValue("subsidiary");
      XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
      assertThat(matrixBlock(wb, weights)).containsEntry("nato|cyber", 1.0);
      assertThat(wb.getSheet("Motivations").getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1.0);
      // Moving it to another domain moves its weight.
      wb.getSheet("Motivations").getRow(1).createCell(2).setCellValue("space");
      XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
      assertThat(matrixBlock(wb, weights)).containsEntry("nato|cyber", 0.0).containsEntry("nato|space", 1.0);
      assertThat(wb.getSheet("Motivations").getRow(1).getCell(3).getStringCellValue()).isEqualTo("military");
    }
  }

  @Test
  void write_sameCaseTwice_isByteIdentical() throws IOException {
    Case c = TestCases.rich();
    assertThat(TestCases.write(c)).isEqualTo(TestCases.write(c));
  }

  @Test
  void write_concurrently_eachIsByteIdentical() throws Exception {
    Case c = TestCases.sample(TestCases.SAMPLES.get(0));
    byte[] expected = TestCases.write(c);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(() -> TestCases.write(c)));
      }
      for (Future<byte[]> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void write_differentTimestamp_differsOnlyInMetadata() throws IOException {
    Case c = TestCases.rich();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExcelWorkbook.of(ReportOptions.builder().timestamp(java.time.Instant.parse("2030-01-01T00:00:00Z")).build()).write(c, out);
    try (XSSFWorkbook wb = open(out.toByteArray())) {
      assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant().toString()).isEqualTo("2030-01-01T00:00:00Z");
    }
    try (XSSFWorkbook wb = open(TestCases.workbook(c))) {
      assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant().toString()).isEqualTo("2022-06-30T12:00:00Z");
    }
  }

  @Test
  void write_file_replacesAtomically(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("case.xlsx");
    Files.writeString(file, "old");
    ExcelWorkbook.withDefaults().write(TestCases.rich(), file);
    assertThat(CaseWorkbook.read(file)).isEqualTo(TestCases.rich());
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void write_longestTextTheModelAllows_fitsItsCellAndReadsBack() throws IOException {
    // The model caps every text at what a cell holds, so every valid case can be written.
    Case c = TestCases.rich().toBuilder().summary("x".repeat(32_767)).build();

    byte[] bytes = TestCases.workbook(c);

    assertThat(CaseWorkbook.read(new java.io.ByteArrayInputStream(bytes), "long.xlsx")).isEqualTo(c);
  }

  @Test
  void write_overview_showsCaseAndKeyFigures() throws IOException {
    try (XSSFWorkbook wb = open(TestCases.workbook(TestCases.rich()))) {
      Sheet s = wb.getSheet("Overview");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Why NATO invited Seoul");
      assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("UNCLASSIFIED // PUBLIC & open");
      XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
      Map<String, Double> figures = new HashMap<>();
      for (Row row : s) {
        Cell value = row.getCell(1);
        if (value != null && value.getCellType() == CellType.FORMULA && value.getCachedFormulaResultType() == CellType.NUMERIC) {
          figures.put(row.getCell(0).getStringCellValue(), value.getNumericCellValue());
        }
      }
      assertThat(figures)
          .containsEntry("Motivations", 4.0)
          .containsEntry("Total weight", 9.0)
          .containsEntry("Evidence items", 5.0)
          .containsEntry("Arms transfers", 2.0)
          .containsEntry("Key assumptions", 0.0)
          .containsEntry("Indicators", 0.0);
    }
  }
}
