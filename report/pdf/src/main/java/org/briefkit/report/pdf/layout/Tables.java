package org.briefkit.report.pdf.layout;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The tables of a brief: full width, rows ruled below, a tinted header row, and rows that move
 * whole to the next page rather than split.
 */
public final class Tables {
  private Tables() {}

  /**
   * A full-width table whose columns ask for the proportions of {@code widths}; laid out by
   * {@link Layout#add}, its columns follow their content and words too wide for a column are
   * hyphenated ({@link ColumnWidths}, {@link WordBreaks}).
   */
  public static PdfPTable table(float[] widths) {
    PdfPTable t = new ContentTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingBefore(4f);
    t.setSpacingAfter(4f);
    t.setSplitLate(true);
    return t;
  }

  /** Adds a header cell to {@code t}: small bold accent text on the header tint. */
  public static void headerCell(Styles s, PdfPTable t, String text, int align) {
    PdfPCell c = cell(s, text, s.font(true, 7.5f, s.accent()), align);
    c.setBackgroundColor(s.tableHeader());
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColorBottom(s.accent());
    c.setBorderWidthBottom(0.8f);
    c.setVerticalAlignment(Element.ALIGN_BOTTOM);
    t.addCell(c);
  }

  /** A body cell of {@code text} in {@code f}, aligned as {@code align}, ruled below. */
  public static PdfPCell cell(Styles s, String text, Font f, int align) {
    PdfPCell c = new PdfPCell(s.phrase(text, f));
    c.setHorizontalAlignment(align);
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(s.rule());
    c.setBorderWidth(0.5f);
    c.setPaddingTop(2.5f);
    c.setPaddingBottom(4f);
    c.setPaddingLeft(3f);
    c.setPaddingRight(3f);
    c.setUseAscender(true);
    return c;
  }
}
