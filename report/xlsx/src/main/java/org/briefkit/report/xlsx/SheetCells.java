package org.briefkit.report.xlsx;

import java.util.Arrays;
import java.util.List;

/**
 * A worksheet as read: its name and its rows, in order. It holds what the reader uses of the
 * sheet and nothing else (no styles, no formatting), and is read one sheet at a time.
 */
final class SheetCells {
  private final String name;
  private final SheetRow[] rows;

  /** A sheet named {@code name} with {@code rows}, in the order of their indexes, one per index. */
  SheetCells(String name, SheetRow[] rows) {
    this.name = name;
    this.rows = rows;
  }

  /** The sheet's name, as its tab shows it. */
  String name() {
    return name;
  }

  /** The row at {@code index} (from 0), null if the sheet has none there. */
  SheetRow row(int index) {
    int lo = 0;
    int hi = rows.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int r = rows[mid].index();
      if (r < index) {
        lo = mid + 1;
      } else if (r > index) {
        hi = mid - 1;
      } else {
        return rows[mid];
      }
    }
    return null;
  }

  /** The index of the last row (from 0), -1 when the sheet has no rows. */
  int lastRow() {
    return rows.length == 0 ? -1 : rows[rows.length - 1].index();
  }

  /** The rows, in order. */
  List<SheetRow> rows() {
    return Arrays.asList(rows);
  }
}
