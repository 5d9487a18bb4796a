package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

/**
 * Workbooks saved by tools that keep formulas without their computed values (openpyxl, and
 * pandas through it) read back as they were: cross-references are read as their values, and
 * those an earlier BriefKit wrote as {@code HYPERLINK} formulas by the formula's own text when no
 * value was kept; a missing value is never read as "0".
 */
class SavedByOtherToolsTest {
  private static final String FLAGSHIP = "samples/madrid-2022/korea-nato.yaml";

  /** {@link TestCases#rich()} as format 2 wrote it: its Evidence items are HYPERLINK formulas. */
  private static final String FORMAT_2 = "format-2/rich-case.xlsx";

  private static Case read(byte[] bytes) throws IOException {
    return CaseWorkbook.read(new ByteArrayInputStream(bytes), "case.xlsx");
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SavedByOtherToolsTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static String problems(byte[] bytes) {
    InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class, () -> read(bytes));
    assertThat(e).as("the workbook must be refused").isNotNull();
    return e.getMessage();
  }

  private static void setFormula(XSSFWorkbook wb, String sheet, String cell, String formula) {
    CellReference ref = new CellReference(cell);
    wb.getSheet(sheet).getRow(ref.getRow()).createCell(ref.getCol()).setCellFormula(formula);
  }

  @Test
  void flagship_savedByOpenpyxl_readsBackEqual() throws Exception {
    Case original = TestCases.sample(FLAGSHIP);

    byte[] saved = SavedElsewhere.byOpenpyxl(TestCases.workbook(original));

    assertThat(read(saved)).isEqualTo(original);
  }

  @Test
  void flagship_formulasWithoutCachedValues_readsBackEqual() throws IOException {
    Case original = TestCases.sample(FLAGSHIP);

    byte[] saved = SavedElsewhere.withoutCachedValues(TestCases.workbook(original));

    assertThat(read(saved)).isEqualTo(original);
  }

  @Test
  void earlierBriefKitsLinks_withoutCachedValues_readAsTheirFriendlyNames() throws IOException {
    byte[] old = resource(FORMAT_2);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(old))) {
      Cell item = wb.getSheet(Layout.EVIDENCE).getRow(1).getCell(1);
      assertThat(item.getCellFormula()).isEqualTo("HYPERLINK(\"#Motivations!A2\",\"nato-cyber\")");
    }

    assertThat(read(SavedElsewhere.withoutCachedValues(old))).isEqualTo(TestCases.rich());
  }

  @Test
  void earlierBriefKitsLinks_savedByOpenpyxl_readBackEqual() throws Exception {
    assertThat(read(SavedElsewhere.byOpenpyxl(resource(FORMAT_2)))).isEqualTo(TestCases.rich());
  }

  @Test
  void earlierBriefKitsLink_withCachedValue_readsTheCachedValue() throws IOException {
    // given: a link whose cached value (what Excel showed) differs from its friendly name
    byte[] edited = TestCases.edit(resource(FORMAT_2), wb -> {
      Cell item = wb.getSheet(Layout.EVIDENCE).getRow(1).getCell(1);
      item.setCellFormula("HYPERLINK(\"#Motivations!A5\",\"rok-cyber\")");
      item.setCellValue("nato-cyber");
    });

    // when, then: the value is the cached one
    assertThat(read(edited)).isEqualTo(TestCases.rich());
  }

  @Test
  void linkWithoutCachedValueOrLiteralName_isRefusedAtItsCell_neverReadAsZero() throws IOException {
    byte[] edited = TestCases.edit(resource(FORMAT_2),
        wb -> setFormula(wb, Layout.EVIDENCE, "B2", "HYPERLINK(\"#Motivations!A2\",Motivations!A2)"));

    assertThat(problems(SavedElsewhere.withoutCachedValues(edited)))
        .isEqualTo("case.xlsx:Evidence!B2: holds a formula (=HYPERLINK(\"#Motivations!A2\",Motivations!A2)), not a"
            + " value: type the value itself (BriefKit reads values, not formulas)")
        .doesNotContain("\"0\"");
  }
}
