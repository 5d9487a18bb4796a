package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class ExcelWorkbookTest {
  @Test
  void write_richCase_hasEverySheetInOrder() throws IOException {
    byte[] bytes = TestCases.write(TestCases.rich());
    Files.write(TestCases.outputDir().resolve("rich.xlsx"), bytes);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .containsExactly(
              "Overview", "Motivations", "Matrix", "Convergence", "Drivers", "Timeline",
              "Stakeholders", "Domains", "Actors", "Events", "Arms transfers", "Evidence",
              "Judgments", "Sources", "Findings");
      assertThat(wb.getSheet("Motivations").getRow(2).getCell(6).getCellType()).isEqualTo(CellType.STRING);
    }
  }

  @Test
  void write_samples() throws IOException {
    for (String s : TestCases.SAMPLES) {
      Case c = TestCases.sample(s);
      Path out = TestCases.outputDir().resolve(Path.of(s).getFileName().toString().replace(".yaml", ".xlsx"));
      ExcelWorkbook.of(TestCases.FIXED).write(c, out);
      assertThat(out).exists();
    }
  }
}
