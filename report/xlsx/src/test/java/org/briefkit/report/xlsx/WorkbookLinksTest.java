package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

/**
 * Links between sheets are plain values with cell hyperlinks, never {@code HYPERLINK} formulas:
 * tools that save formulas without their values (openpyxl, pandas) keep them.
 */
class WorkbookLinksTest {
  private static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  /** The value of the cell a link leads to. */
  private static String target(XSSFWorkbook wb, XSSFHyperlink link) {
    CellReference where = new CellReference(link.getAddress());
    Cell cell = wb.getSheet(where.getSheetName()).getRow(where.getRow()).getCell(where.getCol());
    return cell.getStringCellValue();
  }

  @Test
  void write_flagship_noCellHoldsAHyperlinkFormula() throws IOException {
    try (XSSFWorkbook wb = open(TestCases.workbook(TestCases.sample(TestCases.SAMPLES.get(0))))) {
      List<String> formulas = new ArrayList<>();
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() == CellType.FORMULA && c.getCellFormula().contains("HYPERLINK")) {
              formulas.add(s.getSheetName() + "!" + c.getAddress());
            }
          }
        }
      }
      assertThat(formulas).isEmpty();
    }
  }

  @Test
  void write_flagship_evidenceItemsAreValuesLinkingToTheirOwnersRows() throws IOException {
    Case c = TestCases.sample(TestCases.SAMPLES.get(0));
    try (XSSFWorkbook wb = open(TestCases.workbook(c))) {
      Sheet ev = wb.getSheet(Layout.EVIDENCE);
      int item = CaseTables.EVIDENCE.index(CaseTable.ITEM);
      int rows = TableRows.count(c, CaseTables.EVIDENCE);
      assertThat(rows).isGreaterThan(20);
      for (int r = 1; r <= rows; r++) {
        Cell cell = ev.getRow(r).getCell(item);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        XSSFHyperlink link = (XSSFHyperlink) cell.getHyperlink();
        assertThat(link.getType()).isEqualTo(HyperlinkType.DOCUMENT);
        // The owner's id cell, on its own sheet, holds the same id.
        assertThat(target(wb, link)).as(cell.getAddress().toString()).isEqualTo(cell.getStringCellValue());
        assertThat(wb.getFontAt(cell.getCellStyle().getFontIndex()).getUnderline())
            .isEqualTo(org.apache.poi.ss.usermodel.Font.U_SINGLE);
      }
      // The first links to the first motivation's row.
      assertThat(ev.getRow(1).getCell(item).getHyperlink().getAddress()).isEqualTo("Motivations!A2");
    }
  }

  @Test
  void write_flagship_timelineIdsLinkToTheEventsRows() throws IOException {
    Case c = TestCases.sample(TestCases.SAMPLES.get(0));
    try (XSSFWorkbook wb = open(TestCases.workbook(c))) {
      Sheet t = wb.getSheet(Layout.TIMELINE);
      assertThat(t.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Id");
      int linked = 0;
      for (int r = 4; r < 4 + c.events().size(); r++) {
        Cell cell = t.getRow(r).getCell(5);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        XSSFHyperlink link = (XSSFHyperlink) cell.getHyperlink();
        assertThat(link.getType()).isEqualTo(HyperlinkType.DOCUMENT);
        assertThat(link.getAddress()).startsWith("Events!A");
        assertThat(target(wb, link)).isEqualTo(cell.getStringCellValue());
        linked++;
      }
      assertThat(linked).isEqualTo(c.events().size());
      // Underlined, in the theme's first colour.
      assertThat(wb.getFontAt(t.getRow(4).getCell(5).getCellStyle().getFontIndex()).getUnderline())
          .isEqualTo(org.apache.poi.ss.usermodel.Font.U_SINGLE);
    }
  }

  @Test
  void linkingWorkbook_targetsWithMarkup_andSheetsWithoutLinks_writeAsPoiReadsThem() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (LinkingWorkbook wb = new LinkingWorkbook(new XSSFWorkbook(), 10)) {
      var from = wb.createSheet("From");
      wb.createSheet("R&D <\"x\">");
      wb.createSheet("Plain").createRow(0).createCell(0).setCellValue("no links here");
      SheetBuilder b = new SheetBuilder(from, wb.getXSSFWorkbook().getSheet("From"));
      org.apache.poi.ss.usermodel.CellStyle style = wb.createCellStyle();
      for (int i = 0; i < 300; i++) {
        b.row();
        b.link(1, "row " + i, "'R&D <\"x\">'!A" + (i + 1), style);
      }
      wb.write(out);
    }
    try (XSSFWorkbook wb = open(out.toByteArray())) {
      var links = wb.getSheet("From").getHyperlinkList();
      assertThat(links).hasSize(300);
      assertThat(links.get(299).getCellRef()).isEqualTo("B300");
      assertThat(links.get(299).getAddress()).isEqualTo("'R&D <\"x\">'!A300");
      assertThat(wb.getSheet("From").getRow(299).getCell(1).getStringCellValue()).isEqualTo("row 299");
      assertThat(wb.getSheet("Plain").getHyperlinkList()).isEmpty();
      assertThat(wb.getSheet("Plain").getRow(0).getCell(0).getStringCellValue()).isEqualTo("no links here");
    }
  }
}
