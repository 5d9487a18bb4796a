package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.AchMatrix;

/**
 * Reads the ACH sheets back into matrices, in the order of the sheets. A sheet is an ACH sheet
 * by its title (in an English workbook {@value AchSheet#TITLE}, in A1), whatever its name, so that a copied sheet is a
 * new matrix; each is read by an {@link AchSheetRead}.
 */
final class AchSheetReader {
  private final WorkbookPackage wb;
  private final ReadState state;
  private final WorkbookColumns written;

  AchSheetReader(WorkbookPackage wb, ReadState state, WorkbookColumns written) {
    this.wb = wb;
    this.state = state;
    this.written = written;
  }

  /**
   * Whether the sheet {@code name} is an ACH sheet: not one of the workbook's own, and titled as
   * one. Only its first row is read.
   */
  private boolean isAch(String name) {
    WorkbookText text = written.text();
    if (Layout.SHEETS.stream().anyMatch(s -> text.sheet(s).equals(name))) {
      return false;
    }
    String title = text.get("ach.title");
    return wb.firstRow(name).map(r -> CellValues.text(r.cell(0)).trim().equals(title)).orElse(false);
  }

  /**
   * The matrices of the workbook's ACH sheets, each at {@code /ach/<index>}; a sheet with a
   * problem is left out, its problems reported.
   */
  List<AchMatrix> read() {
    List<AchMatrix> out = new ArrayList<>();
    for (String name : wb.sheetNames()) {
      if (isAch(name)) {
        // One sheet at a time: its cells are let go once its matrix is read.
        AchMatrix m = new AchSheetRead(wb.sheet(name), "/ach/" + out.size(), state, written).read();
        if (m != null) {
          out.add(m);
        }
      }
    }
    return out;
  }
}
