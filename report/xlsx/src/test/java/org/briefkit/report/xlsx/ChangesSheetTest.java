package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

/**
 * The Changes sheet read back with POI as an analyst sees it: the fictional sample (version 2)
 * written with its previous version (version 1) and its sources' texts.
 */
class ChangesSheetTest {
  private static final DataFormatter SHOWN = new DataFormatter();

  private static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  /** A row as shown, cells joined by " | "; a link's cell as its text. */
  private static String row(Row r) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < ChangesSheet.HEADERS.size(); c++) {
      Cell cell = r.getCell(c);
      cells.add(cell == null ? "" : cell.getCellType() == CellType.FORMULA ? cell.getStringCellValue() : SHOWN.formatCellValue(cell));
    }
    return String.join(" | ", cells);
  }

  /** The rows of the Changes table, as shown, header first. */
  private static List<String> table(XSSFWorkbook wb) {
    XSSFSheet s = wb.getSheet(Layout.CHANGES);
    XSSFTable t = s.getTables().get(0);
    List<String> out = new ArrayList<>();
    for (int r = t.getStartRowIndex(); r <= t.getEndRowIndex(); r++) {
      out.add(row(s.getRow(r)));
    }
    return out;
  }

  /** The value of the cell a link leads to, as shown. */
  private static String target(XSSFWorkbook wb, Cell link) {
    assertThat(link.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
    CellReference where = new CellReference(link.getHyperlink().getAddress());
    Sheet sheet = wb.getSheet(where.getSheetName());
    Cell cell = sheet.getRow(where.getRow()).getCell(where.getCol());
    return cell.getCellType() == CellType.FORMULA ? cell.getStringCellValue() : SHOWN.formatCellValue(cell);
  }

  @Test
  void workbook_withPreviousVersion_changesSheetRightAfterTheOverview() throws IOException {
    // Left in target/xlsx-out/ to be looked at (soffice --headless --convert-to pdf).
    java.nio.file.Files.write(TestCases.outputDir().resolve("calder-strait-revised.xlsx"), TestCases.Revised.WORKBOOK);
    try (XSSFWorkbook wb = open(TestCases.Revised.WORKBOOK)) {
      assertThat(wb.getSheetName(0)).isEqualTo("Overview");
      assertThat(wb.getSheetName(1)).isEqualTo("Changes");
    }
  }

  @Test
  void changesSheet_titleBlock_namesBothVersionsAndCountsTheChanges() throws IOException {
    try (XSSFWorkbook wb = open(TestCases.Revised.WORKBOOK)) {
      Sheet s = wb.getSheet(Layout.CHANGES);

      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Changes");
      assertThat(row(s.getRow(3))).startsWith("This version | 2, as of 30 November 2040 | ");
      assertThat(row(s.getRow(4))).startsWith("Previous version | 1, as of 19 October 2040 | ");
      assertThat(row(s.getRow(5))).startsWith("Changes | 35: 11 added, 1 removed, 23 changed | ");
    }
  }

  @Test
  void changesSheet_anExcelTable_aRowPerChangedValue() throws IOException {
    try (XSSFWorkbook wb = open(TestCases.Revised.WORKBOOK)) {
      XSSFTable t = wb.getSheet(Layout.CHANGES).getTables().get(0);
      List<String> rows = table(wb);

      assertThat(t.getName()).isEqualTo("Changes");
      assertThat(t.getColumns()).extracting(c -> c.getName()).containsExactlyElementsOf(ChangesSheet.HEADERS);
      assertThat(rows.get(0)).isEqualTo("Section | Change | Id | Label | Field | Before | After");
      assertThat(rows).contains(
          "Case | changed | calder-strait-2040 | The Calder Strait crisis (fictional scenario) | As of | 2040-10-19 | 2040-11-30",
          "Motivations | added | varnya-contracts | Keep its name as a supplier that honours its contracts whatever the politics. |  |  | ",
          "Motivations | removed | compact-arms-market | Open Haedo's and Kessaly's markets to members' defence industries. |  |  | ",
          "Motivations | changed | compact-cohesion | Show members that the alliance can act beyond its treaty area. | Salience | primary | secondary",
          "Key judgments | changed | kj-strait-open | The Compact's task force will keep the strait open through 2041. | Confidence | moderate | moderate",
          "Key judgments | changed | kj-strait-open | The Compact's task force will keep the strait open through 2041. | Likelihood | very-likely | likely",
          "Key judgments | changed | kj-varnya-sells | Varnya will keep selling arms to Haedo despite its protests. | Supported by | [varnya-revenue, haedo-arms-imports] | [varnya-revenue, haedo-arms-imports, varnya-contracts]",
          "Evidence | changed | motivation compact-energy › sitrep p. 6 | A third of members' liquefied gas passes the strait. | Locator | para 6 | p. 6",
          "Arms transfers | changed | varnya-spares | Spare parts for Varnyan-built aircraft | When | 2040-02 | 2040-11-18",
          "Competing hypotheses | changed | why-task-force › item e-varnya-claim | Varnyan state television calls the planned task force a sales drive for Compact shipyards, not a guard for shipping. | Locator | (none) | para 5");
      assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(
          "Key judgments | changed | kj-strait-open | The Compact's task force will keep the strait open through 2041. | Change reason |  | Lowered by one band."));
    }
  }

  @Test
  void changesSheet_ids_linkToTheValueInThisVersion_removedElementsNot() throws IOException {
    try (XSSFWorkbook wb = open(TestCases.Revised.WORKBOOK)) {
      XSSFSheet s = wb.getSheet(Layout.CHANGES);
      XSSFTable t = s.getTables().get(0);
      int linked = 0;
      for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
        Row row = s.getRow(r);
        Cell id = row.getCell(2);
        String change = row.getCell(1).getStringCellValue();
        String field = row.getCell(4).getStringCellValue();
        String after = row.getCell(6).getStringCellValue();
        assertThat(id.getCellType()).as(row(row)).isEqualTo(CellType.STRING);
        if (change.equals("removed")) {
          assertThat(id.getHyperlink()).as(row(row)).isNull();
          continue;
        }
        assertThat(id.getHyperlink()).as(row(row)).isNotNull();
        linked++;
        String there = target(wb, id);
        if (field.isEmpty()) {
          // An element added: its row, which starts with its id (evidence: with its owner's kind).
          assertThat(there).as(row(row)).isIn(row.getCell(2).getStringCellValue(), "motivation", "assumption",
              "event", "transfer", row.getCell(2).getStringCellValue().replaceAll(".* › item ", ""));
        } else if (!after.startsWith("[") && !field.equals("Summary")) {
          // A changed value: the cell that holds it now.
          assertThat(there).as(row(row)).isEqualTo(after.equals(ChangesSheet.NONE) ? "" : after);
        }
      }
      assertThat(linked).isGreaterThan(40);
    }
  }

  @Test
  void changesSheet_nothingChanged_saysSo_noTable() throws IOException {
    Case c = TestCases.Revised.CASE;
    byte[] same = TestCases.write(Analyzer.analyze(c, CaseMaterials.builder().previous(c).build()));

    try (XSSFWorkbook wb = open(same)) {
      XSSFSheet s = wb.getSheet(Layout.CHANGES);
      assertThat(row(s.getRow(5))).startsWith("Changes | 0: 0 added, 0 removed, 0 changed | ");
      assertThat(s.getRow(7).getCell(0).getStringCellValue()).isEqualTo(ChangesSheet.NO_CHANGES);
      assertThat(s.getTables()).isEmpty();
    }
  }

  @Test
  void workbook_withoutPreviousVersion_hasNoChangesSheet() throws IOException {
    try (XSSFWorkbook wb = open(TestCases.workbook(TestCases.Revised.CASE))) {
      assertThat(wb.getSheet(Layout.CHANGES)).isNull();
      assertThat(wb.getSheetName(1)).isEqualTo("Motivations");
    }
  }

  @Test
  void roundTrip_workbookWithChangesSheetAndCheckedColumn_readsBackTheCase() throws IOException {
    Case read = CaseWorkbook.read(new ByteArrayInputStream(TestCases.Revised.WORKBOOK), "calder-strait.xlsx");

    assertThat(read).isEqualTo(TestCases.Revised.CASE);
  }
}
