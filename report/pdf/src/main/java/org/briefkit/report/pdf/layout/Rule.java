package org.briefkit.report.pdf.layout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** A full-width rule in the accent colour, closing a block such as the title block. */
public final class Rule {
  private Rule() {}

  /** Adds the rule {@code spacing} points below what precedes it. */
  public static void add(Layout l, float spacing) throws DocumentException {
    Styles s = l.styles();
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    PdfPCell c = new PdfPCell(new Phrase(" ", s.font(false, 2f, s.text())));
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColorBottom(s.accent());
    c.setBorderWidthBottom(1.2f);
    c.setFixedHeight(4f);
    t.addCell(c);
    t.setSpacingBefore(spacing);
    t.setSpacingAfter(2f);
    l.add(t);
  }
}
