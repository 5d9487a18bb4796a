package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellStyle;

/**
 * What other readers make of the samples' workbooks: charts named for what they show, and a
 * default cell style, without which openpyxl (and pandas through it) warns on opening.
 */
class WorkbookReadersTest {
  static final List<String> SAMPLES = TestCases.ENGLISH_SAMPLES;

  private static XSSFWorkbook open(String sample) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(TestCases.workbook(TestCases.sample(sample))));
  }

  @ParameterizedTest
  @FieldSource("SAMPLES")
  void write_sample_namesEachChartForWhatItShows(String sample) throws IOException {
    try (XSSFWorkbook wb = open(sample)) {
      List<String> names = new ArrayList<>();
      for (XSSFShape shape : wb.getSheet(Layout.OVERVIEW).getDrawingPatriarch().getShapes()) {
        names.add(((XSSFGraphicFrame) shape).getName());
      }
      List<String> titles = new ArrayList<>();
      for (XSSFChart chart : wb.getSheet(Layout.OVERVIEW).getDrawingPatriarch().getCharts()) {
        titles.add(chart.getTitleText().getString());
      }

      assertThat(names).containsExactly("Weighted motivations by domain", "Third-party drivers (weighted motivations)");
      assertThat(names).isEqualTo(titles);
    }
  }

  @ParameterizedTest
  @FieldSource("SAMPLES")
  void write_sample_hasTheNormalCellStyle(String sample) throws IOException {
    try (XSSFWorkbook wb = open(sample)) {
      CTCellStyle[] styles = wb.getStylesSource().getCTStylesheet().getCellStyles().getCellStyleArray();

      assertThat(styles).hasSize(1);
      assertThat(styles[0].getName()).isEqualTo("Normal");
      assertThat(styles[0].getBuiltinId()).isZero();
      assertThat(styles[0].getXfId()).isZero();
    }
  }

  @ParameterizedTest
  @FieldSource("SAMPLES")
  void openpyxl_opensTheSample_withoutAWarning(String sample, @TempDir Path dir) throws Exception {
    Tools.require("openpyxl", Tools.openpyxlMissing());
    Path file = dir.resolve("sample.xlsx");
    Files.write(file, TestCases.workbook(TestCases.sample(sample)));

    Process p = new ProcessBuilder(Tools.PYTHON.toString(), "-W", "error", "-c",
        "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]); print('opened')", file.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(out.strip()).as("openpyxl's output").isEqualTo("opened");
    assertThat(p.exitValue()).isZero();
  }
}
