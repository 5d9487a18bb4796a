package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cells the reader reads hold values: a formula typed into one is refused, whether its
 * value was computed and kept or not, and so is an error value, each at its cell with what to
 * type instead.
 */
class InputCellsTest {
  private static final String REFUSED = ", not a value: type the value itself (BriefKit reads values, not formulas)";

  private static String problems(byte[] bytes) {
    InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class,
        () -> CaseWorkbook.read(new ByteArrayInputStream(bytes), "case.xlsx"));
    assertThat(e).as("the workbook must be refused").isNotNull();
    return e.getMessage();
  }

  private static byte[] rich(Consumer<XSSFWorkbook> change) throws IOException {
    return TestCases.edit(TestCases.workbook(TestCases.rich()), change);
  }

  private static Cell cell(XSSFWorkbook wb, String sheet, String at) {
    CellReference ref = new CellReference(at);
    XSSFSheet s = wb.getSheet(sheet);
    Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
    return row.createCell(ref.getCol());
  }

  /** The value cell of the Overview's case block row labelled {@code label}. */
  private static Cell overview(XSSFWorkbook wb, String label) {
    for (Row r : wb.getSheet(Layout.OVERVIEW)) {
      if (r.getCell(0) != null && PoiCells.text(r.getCell(0)).equals(label)) {
        return r.createCell(1);
      }
    }
    throw new AssertionError("no row " + label);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1+1", "A1", "FOO()", "UPPER(H2)", "HYPERLINK(\"#Motivations!A2\",\"nato-cyber\")"})
  void formulaInAClaim_withoutACachedValue_isRefusedAtItsCell(String formula) throws IOException {
    byte[] bytes = rich(wb -> cell(wb, Layout.MOTIVATIONS, "G2").setCellFormula(formula));

    assertThat(problems(bytes)).isEqualTo("case.xlsx:Motivations!G2: holds a formula (=" + formula + ")" + REFUSED);
  }

  @Test
  void formulaInAClaim_withItsValueComputed_isRefusedAtItsCell() throws IOException {
    byte[] bytes = rich(wb -> {
      Cell sum = cell(wb, Layout.MOTIVATIONS, "G2");
      sum.setCellFormula("1+1");
      sum.setCellValue(2);
      Cell ref = cell(wb, Layout.MOTIVATIONS, "G3");
      ref.setCellFormula("A1");
      ref.setCellValue("Id");
      Cell unknown = cell(wb, Layout.MOTIVATIONS, "G4");
      unknown.setCellFormula("FOO()");
      unknown.setCellErrorValue(FormulaError.NAME.getCode());
    });

    assertThat(problems(bytes)).isEqualTo(String.join("\n",
        "case.xlsx:Motivations!G2: holds a formula (=1+1)" + REFUSED,
        "case.xlsx:Motivations!G3: holds a formula (=A1)" + REFUSED,
        "case.xlsx:Motivations!G4: holds a formula (=FOO())" + REFUSED));
  }

  @ParameterizedTest
  @EnumSource(value = FormulaError.class, names = {"NAME", "REF", "DIV0", "VALUE", "NA", "NUM", "NULL"})
  void errorValueInAClaim_isRefusedAtItsCell(FormulaError error) throws IOException {
    byte[] bytes = rich(wb -> cell(wb, Layout.MOTIVATIONS, "G2").setCellErrorValue(error.getCode()));

    assertThat(problems(bytes))
        .isEqualTo("case.xlsx:Motivations!G2: holds the error " + error.getString() + ": type the value itself");
  }

  @Test
  void formulasAndErrors_inEveryKindOfReadCell_areEachRefusedAtTheirCell() throws IOException {
    byte[] bytes = TestCases.edit(TestCases.workbook(TestCases.ach()), wb -> {
      overview(wb, "Title").setCellFormula("\"Why NATO\"&\" invited Seoul\"");
      cell(wb, Layout.MOTIVATIONS, "A3").setCellFormula("LOWER(\"NATO-CHINA\")");
      cell(wb, Layout.MOTIVATIONS, "E4").setCellErrorValue(FormulaError.NA.getCode());
      cell(wb, Layout.EVIDENCE, "A2").setCellFormula("\"motivation\"");
      cell(wb, Layout.EVIDENCE, "B3").setCellErrorValue(FormulaError.REF.getCode());
      cell(wb, Layout.JUDGMENTS, "E2").setCellFormula("Motivations!A3&\", \"&Motivations!A2");
      cell(wb, "ACH why-invited", "C11").setCellFormula("Judgments!B2");
      cell(wb, "ACH why-invited", "H15").setCellFormula("IF(TRUE,\"high\",\"low\")");
      cell(wb, "ACH why-invited", "M16").setCellErrorValue(FormulaError.DIV0.getCode());
    });

    assertThat(problems(bytes)).isEqualTo(String.join("\n",
        "case.xlsx:Overview!B7: holds a formula (=\"Why NATO\"&\" invited Seoul\")" + REFUSED,
        "case.xlsx:Motivations!A3: holds a formula (=LOWER(\"NATO-CHINA\"))" + REFUSED,
        "case.xlsx:Motivations!E4: holds the error #N/A: type the value itself",
        "case.xlsx:Evidence!A2: holds a formula (=\"motivation\")" + REFUSED,
        "case.xlsx:Evidence!B3: holds the error #REF!: type the value itself",
        "case.xlsx:Judgments!E2: holds a formula (=Motivations!A3&\", \"&Motivations!A2)" + REFUSED,
        "case.xlsx:'ACH why-invited'!C11: holds a formula (=Judgments!B2)" + REFUSED,
        "case.xlsx:'ACH why-invited'!H15: holds a formula (=IF(TRUE,\"high\",\"low\"))" + REFUSED,
        "case.xlsx:'ACH why-invited'!M16: holds the error #DIV/0!: type the value itself"));
  }

  @Test
  void formulaBelowATable_isNotTakenForABlankRow_norForARowMissingItsValues() throws IOException {
    byte[] bytes = rich(wb -> cell(wb, Layout.MOTIVATIONS, "G12").setCellFormula("G2"));

    assertThat(problems(bytes)).isEqualTo("case.xlsx:Motivations!G12: holds a formula (=G2)" + REFUSED);
  }

  @Test
  void computedColumns_keepTheirLiveFormulas_andAreNotRead() throws IOException {
    // The Instrument and Weight columns are formulas the workbook computes: never read.
    byte[] bytes = rich(wb -> cell(wb, Layout.MOTIVATIONS, "F2").setCellFormula("1/0"));

    assertThat(CaseWorkbook.read(new ByteArrayInputStream(bytes), "case.xlsx")).isEqualTo(TestCases.rich());
  }
}
