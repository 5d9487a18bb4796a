package org.briefkit.report.pdf.layout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The small muted line under a table or chart; figures are numbered in the order they come. */
public final class Caption {
  private Caption() {}

  private static final float BEFORE = 2f;
  private static final float AFTER = 8f;

  /** Adds {@code text} as a caption, unnumbered. */
  public static void add(Layout l, String text) throws DocumentException {
    Paragraph p = paragraph(l, text);
    p.setSpacingBefore(BEFORE);
    p.setSpacingAfter(AFTER);
    l.add(p);
  }

  /**
   * The caption of the next figure, numbered ("Figure 3. " and the text), as a borderless cell
   * with the caption's spacing, to lay out with its figure as one block.
   */
  static PdfPCell figureCell(Layout l, String text) {
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0f);
    c.setPaddingTop(BEFORE);
    c.setPaddingBottom(AFTER);
    c.addElement(paragraph(l, "Figure " + l.nextFigure() + ". " + text));
    return c;
  }

  private static Paragraph paragraph(Layout l, String text) {
    Styles s = l.styles();
    return s.paragraph(text, s.font(false, 7.5f, s.muted()));
  }

  /** Adds {@code text} as the caption of the next figure: "Figure 3. " and the text. */
  public static void figure(Layout l, String text) throws DocumentException {
    add(l, "Figure " + l.nextFigure() + ". " + text);
  }
}
