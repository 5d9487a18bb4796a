package org.briefkit.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.model.Case;
import org.briefkit.report.xlsx.CaseWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that looks like a spreadsheet formula (formula injection, "CSV injection") must reach
 * the workbook as inert text: a text cell, never a formula, and read back unchanged.
 */
class FormulaTextTest {
  private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
  private static final String DDE = "+cmd|' /C calc'!A0";
  private static final String AT_SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
  private static final String MINUS = "-2+3+cmd|' /C calc'!A0";

  @TempDir Path dir;

  @Test
  void render_formulaLookingText_staysTextInTheWorkbook() throws IOException {
    String valid = Files.readString(Cli.repositoryRoot().resolve("cli/src/test/resources/hostile/valid.yaml"), StandardCharsets.UTF_8);
    String text = valid
        .replaceFirst("(?m)^title: .*$", "title: '" + HYPERLINK + "'")
        .replaceFirst("(?m)^organisation: .*$", "organisation: \"" + DDE + "\"")
        .replaceFirst("(?m)^    claim: .*$", "    claim: \"" + AT_SUM + "\"")
        .replaceFirst("(?m)^    name: Northern Alliance$", "    name: \"" + MINUS + "\"");
    Path input = Files.writeString(dir.resolve("formulas.yaml"), text, StandardCharsets.UTF_8);

    Cli.Run r = Cli.run("render", input.toString(), "-o", dir.toString(), "--format", "xlsx");

    assertThat(r.code()).as(r.err()).isZero();
    Path xlsx = dir.resolve("my-case.xlsx");
    List<String> textCells = new ArrayList<>();
    List<String> formulas = new ArrayList<>();
    List<String> links = new ArrayList<>();
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        sheet.getHyperlinkList().forEach(l -> links.add(l.getType() + " " + l.getAddress()));
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              formulas.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula());
            } else if (cell.getCellType() == CellType.STRING) {
              textCells.add(cell.getStringCellValue());
            }
          }
        }
      }
      assertThat(HostileWorkbooks.find(wb, "Overview", "Title").getRow()
              .getCell(HostileWorkbooks.find(wb, "Overview", "Title").getColumnIndex() + 1))
          .satisfies(c -> {
            assertThat(c.getCellType()).isEqualTo(CellType.STRING);
            assertThat(c.getStringCellValue()).isEqualTo(HYPERLINK);
          });
    }
    assertThat(textCells).contains(HYPERLINK, DDE, AT_SUM, MINUS);
    assertThat(formulas).isNotEmpty().noneMatch(f -> f.contains("http") || f.contains("cmd") || f.contains("@"));
    assertThat(formulas).as("links are cell hyperlinks, not formulas").noneMatch(f -> f.contains("HYPERLINK("));
    assertThat(links).as("the workbook's own links point inside it").isNotEmpty()
        .allSatisfy(l -> assertThat(l).startsWith("DOCUMENT "));
    Case back = CaseWorkbook.read(xlsx);
    assertThat(back.title()).isEqualTo(HYPERLINK);
    assertThat(back.organisation()).hasValue(DDE);
  }
}
