package org.briefkit.report.pdf.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import java.awt.Color;

/**
 * A small coloured label, such as a judgment's confidence or likelihood: a table cell with a
 * fill, an outline and a few words in small bold type, in a column as wide as {@link #width}
 * gives for its label (or for the widest label of its kind, so that badges line up).
 */
public final class Badge {
  static final float SIZE = 7f;
  private static final float PAD = 4.5f;

  private Badge() {}

  /**
   * The colours of a badge.
   *
   * @param fill the background
   * @param ink the text
   * @param border the outline
   */
  public record Look(Color fill, Color ink, Color border) {}

  /** The width a badge needs to hold {@code text} on one line, padding included. */
  public static float width(Styles s, String text) {
    float w = 0;
    Font f = s.font(true, SIZE, Color.BLACK);
    for (Chunk c : s.chunks(text, f)) {
      w += c.getFont().getBaseFont().getWidthPoint(c.getContent(), SIZE);
    }
    return w + 2 * PAD + 2f;
  }

  /** A badge of {@code text} in {@code look}, its text centred. */
  public static PdfPCell cell(Styles s, String text, Look look) {
    PdfPCell c = new PdfPCell(s.phrase(text, s.font(true, SIZE, look.ink())));
    c.setBackgroundColor(look.fill());
    c.setBorder(Rectangle.BOX);
    c.setBorderColor(look.border());
    c.setBorderWidth(0.6f);
    c.setHorizontalAlignment(Element.ALIGN_CENTER);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setNoWrap(true);
    c.setUseAscender(true);
    c.setUseDescender(true);
    c.setPaddingTop(1.5f);
    c.setPaddingBottom(2.5f);
    c.setPaddingLeft(PAD);
    c.setPaddingRight(PAD);
    return c;
  }

  /** An empty cell without border, standing for a badge the item has not got, or for a gap. */
  public static PdfPCell none() {
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0f);
    return c;
  }
}
