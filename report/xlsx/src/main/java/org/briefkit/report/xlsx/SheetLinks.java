package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The hyperlinks of one sheet ({@code <hyperlinks>}, after the rows in its part), read when first
 * asked for: a sheet read row by row is read again for them only when a link must be followed.
 * A cell shows the first hyperlink that covers it (a link's {@code ref} may be a range); a link
 * within the workbook has a location and no relationship, one elsewhere (a web address, a file)
 * has a relationship.
 */
final class SheetLinks {
  /** A link over a range of cells, and its place in the sheet's list. */
  private record Ranged(CellRangeAddress range, int order, String location) {}

  /** A link of one cell, and its place in the sheet's list. */
  private record Single(int order, String location) {}

  private final Consumer<DefaultHandler> reader;
  private Map<Long, Single> cells;
  private List<Ranged> ranges;

  /** The links that {@code reader} finds by parsing the sheet's part with the handler it is given. */
  SheetLinks(Consumer<DefaultHandler> reader) {
    this.reader = reader;
  }

  /** A sheet without hyperlinks. */
  static SheetLinks none() {
    SheetLinks none = new SheetLinks(h -> { });
    none.cells = Map.of();
    none.ranges = List.of();
    return none;
  }

  /** Where the hyperlink of the cell at {@code row} and {@code column} leads in the workbook, or null. */
  String at(int row, int column) {
    if (cells == null) {
      load();
    }
    Single single = cells.get(key(row, column));
    int order = single == null ? Integer.MAX_VALUE : single.order();
    String location = single == null ? null : single.location();
    for (Ranged r : ranges) {
      if (r.order() < order && r.range().isInRange(row, column)) {
        order = r.order();
        location = r.location();
      }
    }
    return location == null || location.isEmpty() ? null : location;
  }

  private static long key(int row, int column) {
    return (long) row << 16 | column;
  }

  private void load() {
    Map<Long, Single> single = new HashMap<>();
    List<Ranged> ranged = new ArrayList<>();
    reader.accept(new DefaultHandler() {
      private int order;

      @Override
      public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (!localName.equals("hyperlink") || atts.getValue("ref") == null) {
          return;
        }
        boolean elsewhere = false;
        for (int i = 0; i < atts.getLength(); i++) {
          elsewhere |= atts.getLocalName(i).equals("id") && !atts.getURI(i).isEmpty();
        }
        String location = elsewhere || atts.getValue("location") == null ? "" : atts.getValue("location");
        CellRangeAddress range;
        try {
          range = CellRangeAddress.valueOf(atts.getValue("ref").trim());
        } catch (RuntimeException e) {
          return; // not a range: it covers no cell
        }
        if (range.getFirstRow() < 0 || range.getFirstColumn() < 0) {
          return;
        }
        int at = order++;
        if (range.getNumberOfCells() == 1) {
          single.putIfAbsent(key(range.getFirstRow(), range.getFirstColumn()), new Single(at, location));
        } else {
          ranged.add(new Ranged(range, at, location));
        }
      }
    });
    cells = single;
    ranges = ranged;
  }
}
