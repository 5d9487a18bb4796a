package org.briefkit.report.pdf.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * A table of the brief ({@link Tables#table}) that fits its columns to its content before it is
 * laid out: its widths follow the words and lines of its cells ({@link ColumnWidths}), and then
 * each word still wider than its cell is broken with a hyphen ({@link WordBreaks}). The widths
 * are fixed when the table is first laid out (a long annex table, written a slice at a time,
 * keeps the widths of its first slice); the words of rows added later are broken at those widths.
 */
final class ContentTable extends PdfPTable {
  private final float[] shares;
  private float[] widths;

  ContentTable(float[] shares) {
    super(shares);
    this.shares = shares.clone();
  }

  /** Fits the columns (once) and breaks the words of the rows added since, in the text width of {@code l}. */
  void fit(Layout l) throws DocumentException {
    float total = isLockedWidth() ? getTotalWidth() : l.textWidth() * getWidthPercentage() / 100f;
    if (widths == null) {
      widths = ColumnWidths.of(total, shares, measure(true), measure(false));
    }
    l.wordBreaks().fitCells(this, widths);
    // Also makes the rows measure their heights anew, with the words broken.
    setWidths(widths);
  }

  /**
   * Per column, the widest word ({@code words}) or line of its one-column cells, with their
   * padding; for the content, NaN where a cell holds more than text (badges, a table), whose
   * width the column keeps as asked for.
   */
  private float[] measure(boolean words) {
    float[] out = new float[getNumberOfColumns()];
    for (PdfPRow row : getRows()) {
      PdfPCell[] cells = row.getCells();
      for (int c = 0; c < cells.length; c++) {
        PdfPCell cell = cells[c];
        if (cell == null || cell.getColspan() != 1) {
          continue;
        }
        if (!WordBreaks.isText(cell)) {
          if (!words) {
            out[c] = Float.NaN;
          }
          continue;
        }
        List<Chunk> chunks = WordBreaks.chunks(cell);
        float w = words ? WordBreaks.widestWord(chunks) : WordBreaks.widestLine(chunks);
        // Math.max keeps a NaN once set
        out[c] = Math.max(out[c], w + cell.getEffectivePaddingLeft() + cell.getEffectivePaddingRight() + WordBreaks.SLACK);
      }
    }
    return out;
  }
}
