package org.briefkit.report.pdf.layout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A long table written a slice of rows at a time: the rows added so far are written and freed
 * every {@value #SLICE_ROWS} rows, so that an annex of 100,000 rows needs the memory of one
 * slice, not of the whole table (which overflowed a 512 MB heap).
 */
public final class SlicedTable {
  /** Rows per slice of a long annex table. */
  static final int SLICE_ROWS = 500;

  private final Layout l;
  private final PdfPTable table;
  private int rows;

  /** Starts writing {@code table}, its header rows already added, into the document of {@code l}. */
  public SlicedTable(Layout l, PdfPTable table) {
    this.l = l;
    this.table = table;
    table.setComplete(false);
  }

  /** Call before adding each row's cells: writes the slice so far when it is full. */
  public void row() throws DocumentException {
    if (rows++ % SLICE_ROWS == SLICE_ROWS - 1) {
      writeSlice();
    }
  }

  /** Writes the last slice. */
  public void finish() throws DocumentException {
    table.setComplete(true);
    l.add(table);
  }

  /**
   * Writes the rows of the incomplete table added so far and frees them. The next slice follows
   * without space before it.
   */
  private void writeSlice() throws DocumentException {
    l.add(table);
    table.setSpacingBefore(0f);
    if (!table.isLockedWidth()) {
      // A table of known width measures each row as it is added, and the slice's rows would be
      // measured again once their words are broken: forget the width until they are laid out.
      table.setTotalWidth(0f);
    }
  }
}
