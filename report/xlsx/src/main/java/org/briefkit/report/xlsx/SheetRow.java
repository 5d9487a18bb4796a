package org.briefkit.report.xlsx;

import java.util.Arrays;
import java.util.List;

/** One row of a worksheet as read: its index and its cells, in the order of their columns. */
final class SheetRow {
  private final int index;
  private final SheetCell[] cells;

  /** A row at {@code index} (from 0) with {@code cells}, in the order of their columns, one per column. */
  SheetRow(int index, SheetCell[] cells) {
    this.index = index;
    this.cells = cells;
  }

  /** The row's index, from 0. */
  int index() {
    return index;
  }

  /** The cell in {@code column} (from 0), null if the row has none there. */
  SheetCell cell(int column) {
    int lo = 0;
    int hi = cells.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = cells[mid].column();
      if (c < column) {
        lo = mid + 1;
      } else if (c > column) {
        hi = mid - 1;
      } else {
        return cells[mid];
      }
    }
    return null;
  }

  /** The cells, in the order of their columns. */
  List<SheetCell> cells() {
    return Arrays.asList(cells);
  }
}
