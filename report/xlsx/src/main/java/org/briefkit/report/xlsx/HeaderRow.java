package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.poi.ss.util.CellReference;
import org.briefkit.model.Suggestions;

/**
 * The header row of a table: its columns by header, and for a column that should be there and
 * is not, where it would be and what stands there instead.
 */
final class HeaderRow {
  /**
   * A column that is missing, as reported: at the cell of the header found in its place, or
   * where it would go, with a message that names what was found.
   */
  record Missing(String cell, String message) {}

  private final int row;
  private final Map<String, Integer> columns = new HashMap<>();
  private final TreeMap<Integer, String> byColumn = new TreeMap<>();

  /** The headers of {@code row}, the row at {@code index} (from 0); a header given twice counts where first given. */
  HeaderRow(SheetRow row, int index) {
    this.row = index;
    if (row != null) {
      for (SheetCell c : row.cells()) {
        String h = CellValues.text(c).trim();
        if (!h.isEmpty()) {
          columns.putIfAbsent(h, c.column());
          byColumn.put(c.column(), h);
        }
      }
    }
  }

  /** The column of each header, from 0. */
  Map<String, Integer> columns() {
    return columns;
  }

  /**
   * Where the column {@code header} is missing and what stands there. What stands there is a
   * header the table does not know that is a near spelling of it, or else the unknown header in
   * its place: next to the column that precedes it in {@code order} (or that follows it, when
   * none precedes it). Columns are read by header, so renaming it back mends it.
   *
   * @param order the table's headers in the order they are written
   * @param known whether a header is one of the table's own (its columns, rating columns...)
   */
  Missing missing(String header, List<String> order, Predicate<String> known) {
    List<String> unknown = new ArrayList<>();
    byColumn.values().stream().filter(h -> !known.test(h)).forEach(unknown::add);
    int place = place(header, order);
    Optional<String> near = Suggestions.closest(header, unknown);
    String there = byColumn.get(place);
    String found;
    if (near.isPresent()) {
      found = near.get();
    } else if (there != null && !known.test(there)) {
      found = there;
    } else {
      return new Missing(cell(place),
          "no column \"" + header + "\" (columns read by header; add one headed \"" + header + "\")");
    }
    int col = columns.get(found);
    return new Missing(cell(col), "no column \"" + header + "\"; found \"" + found + "\"" + (col == place ? " in its place" : "")
        + " (columns read by header; rename it back to \"" + header + "\")");
  }

  /** The column where {@code header} would be: after the one before it in {@code order} that is there. */
  private int place(String header, List<String> order) {
    int i = order.indexOf(header);
    for (int j = i - 1; j >= 0; j--) {
      Integer col = columns.get(order.get(j));
      if (col != null) {
        return col + 1;
      }
    }
    for (int j = i + 1; j < order.size(); j++) {
      Integer col = columns.get(order.get(j));
      if (col != null) {
        return Math.max(0, col - 1);
      }
    }
    return 0;
  }

  private String cell(int col) {
    return new CellReference(row, col).formatAsString(false);
  }
}
