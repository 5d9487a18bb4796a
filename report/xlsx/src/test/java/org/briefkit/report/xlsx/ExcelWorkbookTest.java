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
    return TestCases.SAMPLES;
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
      if (row == null || !CellValues.text(row.getCell(0)).equals(heading)) {
        continue;
      }
      Row ids = s.getRow(r + 2);
      for (int i = r + 3; ; i++) {
        Row data = s.getRow(i);
        if (data == null || data.getCell(1) == null || CellValues.text(data.getCell(1)).isEmpty()) {
          return values;
        }
        for (int c = 2; c < ids.getLastCellNum() && !CellValues.text(ids.getCell(c)).isEmpty(); c++) {
          values.put(CellValues.text(data.getCell(1)) + "|" + CellValues.text(ids.getCell(c)), data.getCell(c).getNumericCellValue());
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
              "Judgments", "Sources", "Findings");
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
          Row header = s.getRow(0);
          for (int i = 0; i < headers.size(); i++) {
            assertThat(header.getCell(i).getStringCellValue()).isEqualTo(headers.get(i));
          }
          assertThat(t.getCTTable().getAutoFilter()).isNotNull();
          assertThat(s.getPaneInformation().isFreezePane()).isTrue();
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
          .containsEntry("Sources", "Sources");
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

      List<String> validated = new ArrayList<>();
      for (DataValidation v : wb.getSheet("Motivations").getDataValidations()) {
        validated.add(v.getRegions().getCellRangeAddress(0).formatAsString() + " " + v.getValidationConstraint().getFormula1()
            + String.join(",", v.getValidationConstraint().getExplicitListValues() == null
                ? new String[0] : v.getValidationConstraint().getExplicitListValues()));
      }
      int last = c.motivations().size() + 1;
      assertThat(validated)
          .containsExactlyInAnyOrder(
              "E2:E" + last + " \"primary,secondary,subsidiary\"primary,secondary,subsidiary",
              "B2:B" + last + " Stakeholders!$A$2:$A$" + (c.stakeholders().size() + 1),
              "C2:C" + last + " Domains!$A$2:$A$" + (c.domains().size() + 1));

      // The first evidence row links back to the row of the motivation it supports.
      Cell link = wb.getSheet("Evidence").getRow(1).getCell(1);
      String owner = link.getStringCellValue();
      int row = c.motivations().indexOf(c.motivation(org.briefkit.model.MotivationId.of(owner)).orElseThrow()) + 2;
      assertThat(link.getCellFormula()).isEqualTo("HYPERLINK(\"#Motivations!A" + row + "\",\"" + owner + "\")");
      assertThat(wb.getSheet("Motivations").getRow(row - 1).getCell(0).getStringCellValue()).isEqualTo(owner);

      assertThat(wb.getSheet("Matrix").getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(3);
      assertThat(wb.getSheet("Motivations").getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(wb.getSheet("Motivations").getRepeatingRows().formatAsString()).isEqualTo("1:1");
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
          .containsEntry("Arms transfers", 2.0);
    }
  }
}
