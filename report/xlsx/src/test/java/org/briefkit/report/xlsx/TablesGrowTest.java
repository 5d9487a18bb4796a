package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;

/**
 * Tables grow as analysts expect: the drop-down lists cover the rows added below a table, the
 * lists of ids offer the ids of rows added to their tables, and the columns of live formulas
 * are the tables' calculated columns, which Excel fills into new rows.
 */
class TablesGrowTest {
  private static final Case FLAGSHIP = TestCases.sample(TestCases.SAMPLES.get(0));

  private static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static String calculated(XSSFTable t, int col) {
    CTTableColumn c = t.getCTTable().getTableColumns().getTableColumnArray(col);
    return c.isSetCalculatedColumnFormula() ? c.getCalculatedColumnFormula().getStringValue() : null;
  }

  @Test
  void write_flagship_everyDropDownOfACaseTableReachesTheSheetsLastRow() throws IOException {
    try (XSSFWorkbook wb = open(TestCases.workbook(FLAGSHIP))) {
      int lists = 0;
      for (CaseTable<?> t : CaseTables.ALL) {
        for (DataValidation v : wb.getSheet(t.sheet()).getDataValidations()) {
          for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
            assertThat(r.getFirstRow()).as(t.sheet() + " " + r.formatAsString()).isEqualTo(1);
            assertThat(r.getLastRow()).as(t.sheet() + " " + r.formatAsString())
                .isEqualTo(SpreadsheetVersion.EXCEL2007.getLastRowIndex());
            assertThat(r.getFirstColumn()).isEqualTo(r.getLastColumn());
            lists++;
          }
        }
      }
      assertThat(lists).isGreaterThanOrEqualTo(15);
    }
  }

  @Test
  void write_flagship_liveFormulaColumnsAreCalculatedColumns_andNoOther() throws IOException {
    try (XSSFWorkbook wb = open(TestCases.workbook(FLAGSHIP))) {
      List<String> calculated = new ArrayList<>();
      for (CaseTable<?> t : CaseTables.ALL) {
        XSSFTable table = wb.getTable(t.table());
        XSSFSheet sheet = wb.getSheet(t.sheet());
        int rows = TableRows.count(FLAGSHIP, t);
        for (int col = 0; col < t.columns().size(); col++) {
          String formula = calculated(table, col);
          if (formula == null) {
            // No formula in any row of a column that declares none.
            for (int r = 1; r <= rows; r++) {
              XSSFCell cell = sheet.getRow(r).getCell(col);
              assertThat(cell == null || cell.getCellType() != CellType.FORMULA)
                  .as(t.sheet() + "!" + new CellReference(r, col).formatAsString()).isTrue();
            }
            continue;
          }
          calculated.add(t.table() + "[" + t.columns().get(col).header() + "]");
          // Every row holds the column's formula, as Excel writes a calculated column.
          for (int r = 1; r <= rows; r++) {
            assertThat(sheet.getRow(r).getCell(col).getCellFormula()).isEqualTo(formula);
          }
        }
      }
      assertThat(calculated).containsExactly("Motivations[Instrument]", "Motivations[Weight]");
      // Structured references to the formula's own row, as Excel writes them in the file.
      XSSFTable motivations = wb.getTable("Motivations");
      assertThat(calculated(motivations, CaseTables.MOTIVATIONS.index("weight")))
          .isEqualTo("IF(Motivations[[#This Row],[Salience]]=\"primary\",3,IF(Motivations[[#This Row],[Salience]]"
              + "=\"secondary\",2,IF(Motivations[[#This Row],[Salience]]=\"subsidiary\",1,0)))");
      assertThat(calculated(motivations, CaseTables.MOTIVATIONS.index("Instrument")))
          .isEqualTo("IFERROR(INDEX(Domains[Instrument],MATCH(Motivations[[#This Row],[Domain]],Domains[Id],0)),\"\")");
    }
  }

  @Test
  void write_flagship_aRowAddedWithTheCalculatedFormulas_computesItsWeightAndInstrument() throws IOException {
    try (XSSFWorkbook wb = open(TestCases.workbook(FLAGSHIP))) {
      // What Excel does when an analyst types under the table: the table grows by the row and
      // its calculated columns fill it.
      XSSFTable table = wb.getTable("Motivations");
      XSSFSheet sheet = wb.getSheet(Layout.MOTIVATIONS);
      CaseTable<?> t = CaseTables.MOTIVATIONS;
      int row = table.getEndRowIndex() + 1;
      table.setArea(new AreaReference(new CellReference(0, 0),
          new CellReference(row, table.getEndColIndex()), SpreadsheetVersion.EXCEL2007));
      XSSFRow added = sheet.createRow(row);
      added.createCell(t.index("id")).setCellValue("new-motivation");
      added.createCell(t.index("domain")).setCellValue(FLAGSHIP.domains().get(0).id().value());
      added.createCell(t.index("salience")).setCellValue("secondary");
      for (int col = 0; col < t.columns().size(); col++) {
        String formula = calculated(table, col);
        if (formula != null) {
          added.createCell(col).setCellFormula(formula);
        }
      }
      XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();

      assertThat(eval.evaluate(added.getCell(t.index("weight"))).getNumberValue()).isEqualTo(2.0);
      assertThat(eval.evaluate(added.getCell(t.index("Instrument"))).getStringValue())
          .isEqualTo(FLAGSHIP.domains().get(0).instrument().key());
    }
  }

  @Test
  void write_flagship_idListsOfferTheRowsAddedToTheirTables() throws IOException {
    try (XSSFWorkbook wb = open(TestCases.workbook(FLAGSHIP))) {
      String source = null;
      for (DataValidation v : wb.getSheet(Layout.MOTIVATIONS).getDataValidations()) {
        if (v.getRegions().getCellRangeAddress(0).getFirstColumn() == CaseTables.MOTIVATIONS.index("stakeholder")) {
          source = v.getValidationConstraint().getFormula1();
        }
      }
      XSSFSheet stakeholders = wb.getSheet(Layout.STAKEHOLDERS);
      int n = FLAGSHIP.stakeholders().size();
      XSSFCell probe = wb.getSheet(Layout.OVERVIEW).createRow(500).createCell(0);
      XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
      probe.setCellFormula("ROWS(" + source + ")");
      assertThat(eval.evaluate(probe).getNumberValue()).isEqualTo(n);

      // A stakeholder added under the table: the list offers it too.
      stakeholders.createRow(n + 1).createCell(0).setCellValue("new-stakeholder");
      eval.clearAllCachedResultValues();
      assertThat(eval.evaluate(probe).getNumberValue()).isEqualTo(n + 1);
      XSSFCell last = wb.getSheet(Layout.OVERVIEW).getRow(500).createCell(1);
      last.setCellFormula("INDEX(" + source + "," + (n + 1) + ",1)&\"\"");
      assertThat(wb.getCreationHelper().createFormulaEvaluator().evaluate(last).getStringValue())
          .isEqualTo("new-stakeholder");
    }
  }
}
