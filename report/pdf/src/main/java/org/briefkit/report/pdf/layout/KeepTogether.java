package org.briefkit.report.pdf.layout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Keeps a block on one page: a new page starts unless the block's height remains, so that a
 * heading, a claim with its evidence or a chart with its caption is not cut by a page break.
 */
public final class KeepTogether {
  /** How many body rows of a table taller than a page must follow its header on the first page. */
  static final int FIRST_ROWS = 3;

  private KeepTogether() {}

  /** Starts a new page unless {@code points} of height remain. */
  public static void ensureSpace(Layout l, float points) {
    if (l.writer().getVerticalPosition(false) - l.document().bottom() < points) {
      l.document().newPage();
    }
  }

  /**
   * Keeps {@code t}, full width, on one page with the {@code before} points that precede it (a
   * label, a key): a new page starts unless both fit in what remains. A table taller than a
   * page starts where it is, if its header and first rows fit.
   */
  public static void table(Layout l, PdfPTable t, float before) {
    ensureSpace(l, before + needed(l, t));
  }

  /**
   * The height {@code t} needs on the page it starts on: the whole table, laid out full width,
   * if it fits on a page; else its header and first {@value #FIRST_ROWS} rows.
   */
  public static float needed(Layout l, PdfPTable t) {
    if (t instanceof ContentTable c) {
      try {
        c.fit(l);
      } catch (DocumentException e) {
        throw new IllegalStateException("cannot fit the columns of a table", e);
      }
    }
    t.setTotalWidth(l.textWidth());
    float height = t.calculateHeights(true) + t.spacingBefore();
    if (height <= l.document().top() - l.document().bottom()) {
      return height;
    }
    float start = t.spacingBefore();
    for (int r = 0; r < Math.min(t.size(), t.getHeaderRows() + FIRST_ROWS); r++) {
      start += t.getRowHeight(r);
    }
    return start;
  }
}
