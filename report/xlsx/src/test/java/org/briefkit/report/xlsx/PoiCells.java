package org.briefkit.report.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * The text of a cell of a workbook opened with POI in a test, as the reader shows it
 * ({@link CellValues#text}): strings as is, numbers without ".0", dates ISO, a formula's kept
 * value or nothing when none was kept. For tests that look at or copy cells with POI.
 */
final class PoiCells {
  private PoiCells() {}

  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      if (cell instanceof XSSFCell x && !(x.getCTCell().isSetV()
          && (!x.getCTCell().getV().isEmpty() || x.getCTCell().getT() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR))) {
        return "";
      }
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING:
        return cell.getRichStringCellValue().getString();
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR:
        return FormulaError.forInt(cell.getErrorCellValue()).getString();
      default:
        return "";
    }
  }
}
