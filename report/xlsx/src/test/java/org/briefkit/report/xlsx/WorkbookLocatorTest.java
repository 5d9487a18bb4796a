package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.briefkit.model.CaseLocator;
import org.briefkit.model.LocatedCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A case read from a workbook says where each of its values was written. */
class WorkbookLocatorTest {
  private static LocatedCase readLocated(byte[] bytes) throws IOException {
    return CaseWorkbook.readLocated(new ByteArrayInputStream(bytes), "case.xlsx");
  }

  /** The locator of the tradecraft case with its ACH matrices ({@link TestCases#ach()}). */
  private static CaseLocator tradecraft() throws IOException {
    return readLocated(TestCases.workbook(TestCases.ach())).locator();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // The case block: a value, a list's item, a value the case defaults.
        "/title                           | case.xlsx:Overview!B7",
        "/questions/1                     | case.xlsx:Overview!B10",
        "/scale                           | case.xlsx:Overview!B19",
        // A field of an element: its row, its column found by header.
        "/judgments/1/statement           | case.xlsx:Judgments!B3",
        "/judgments/0/likelihood          | case.xlsx:Judgments!D2",
        "/transfers/0/items               | case.xlsx:'Arms transfers'!D2",
        "/assumptions/0/status            | case.xlsx:Assumptions!B2",
        "/assumptions/1/underpins/1       | case.xlsx:Assumptions!C3",
        "/indicators/1/observed           | case.xlsx:Indicators!E3",
        "/waivers/1/reason                | case.xlsx:Waivers!B3",
        // Nested evidence: the Evidence sheet's row of that item, owners in sheet order.
        "/motivations/0/evidence/1/source | case.xlsx:Evidence!C3",
        "/motivations/4/evidence/1/text   | case.xlsx:Evidence!H6",
        "/assumptions/0/evidence/1/text   | case.xlsx:Evidence!H10",
        "/assumptions/2/evidence/0/source | case.xlsx:Evidence!C11",
        // An element: its row's first cell; so is a field without a column.
        "/judgments/1                     | case.xlsx:Judgments!A3",
        "/judgments/1/weight              | case.xlsx:Judgments!A3",
        "/motivations/1/evidence          | case.xlsx:Motivations!A3",
        // An ACH matrix: its values, hypotheses and items on its sheet, each rating in its column.
        "/ach/0                           | case.xlsx:'ACH why-invited'!B4",
        "/ach/0/id                        | case.xlsx:'ACH why-invited'!B4",
        "/ach/1/question                  | case.xlsx:'ACH why-closer'!B5",
        "/ach/0/hypotheses                | case.xlsx:'ACH why-invited'!A8",
        "/ach/0/hypotheses/1/id           | case.xlsx:'ACH why-invited'!B10",
        "/ach/0/items/2                   | case.xlsx:'ACH why-invited'!A17",
        "/ach/0/items/2/credibility       | case.xlsx:'ACH why-invited'!G17",
        "/ach/0/items/2/ratings           | case.xlsx:'ACH why-invited'!L17",
        "/ach/0/items/2/ratings/1         | case.xlsx:'ACH why-invited'!M17",
        "/ach/0/items/2/ratings/7         | case.xlsx:'ACH why-invited'!L17",
        "/ach/0/items/9                   | case.xlsx:'ACH why-invited'!A14",
        // A matrix the workbook does not hold, or all of them: no one sheet, the file.
        "/ach/3/items/0                   | case.xlsx",
        "/ach                             | case.xlsx",
        // An element the workbook does not hold: its sheet.
        "/judgments/9/statement           | case.xlsx:Judgments",
        "/indicators/7                    | case.xlsx:Indicators",
        // Nothing of the case: the file.
        "/nothing/0                       | case.xlsx",
        "''                               | case.xlsx",
      })
  void locate_pointer_givesItsCellOrTheNearestPlace(String pointer, String expected) throws IOException {
    assertThat(tradecraft().locate(pointer)).isEqualTo(expected);
  }

  @Test
  void locate_offsetInAText_isIgnored_aCellIsTheFinestPlace() throws IOException {
    CaseLocator locator = tradecraft();

    assertThat(locator.locate("/judgments/0/statement", 12)).isEqualTo("case.xlsx:Judgments!B2");
  }

  @Test
  void locate_isWhereAProblemWithThatValueIsReported() throws IOException {
    // given: the same cell, emptied, is a problem
    byte[] bytes = TestCases.workbook(TestCases.tradecraft());
    String place = readLocated(bytes).locator().locate("/assumptions/1/statement");
    byte[] emptied = TestCases.edit(bytes, wb -> wb.getSheet("Assumptions").getRow(2).getCell(3).setBlank());

    // when
    InvalidWorkbookException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(InvalidWorkbookException.class, () -> readLocated(emptied));

    // then
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.location()).isEqualTo(place));
    assertThat(place).isEqualTo("case.xlsx:Assumptions!D3");
  }

  @Test
  void locate_columnsMoved_followsTheHeader() throws IOException {
    // given: Statement and Confidence swapped on the Judgments sheet
    byte[] moved =
        TestCases.edit(TestCases.workbook(TestCases.tradecraft()), wb -> {
          Sheet s = wb.getSheet("Judgments");
          for (Row r : s) {
            String statement = PoiCells.text(r.getCell(1));
            String confidence = PoiCells.text(r.getCell(2));
            // New cells, as a spreadsheet application writes them.
            r.createCell(1).setCellValue(confidence);
            r.createCell(2).setCellValue(statement);
          }
        });

    // when
    LocatedCase read = readLocated(moved);

    // then
    assertThat(read.value()).isEqualTo(TestCases.tradecraft());
    assertThat(read.locator().locate("/judgments/1/statement")).isEqualTo("case.xlsx:Judgments!C3");
  }

  @Test
  void readLocated_file_namesTheFileByItsName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("brief.xlsx");
    ExcelWorkbook.of(TestCases.FIXED).write(TestCases.tradecraft(), file);

    LocatedCase read = CaseWorkbook.readLocated(file);

    assertThat(read.value()).isEqualTo(TestCases.tradecraft());
    assertThat(read.locator().locate("/waivers/0/rule")).isEqualTo("brief.xlsx:Waivers!A2");
  }

  @Test
  void locate_notAPointer_isRefused() throws IOException {
    CaseLocator locator = tradecraft();

    assertThatThrownBy(() -> locator.locate("judgments/0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pointer (\"judgments/0\") must be a JSON Pointer: empty or starting with /");
  }
}
