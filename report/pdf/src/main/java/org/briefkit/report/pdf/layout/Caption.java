package org.briefkit.report.pdf.layout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;

/** The small muted line under a table or chart; figures are numbered in the order they come. */
public final class Caption {
  private Caption() {}

  /** Adds {@code text} as a caption, unnumbered. */
  public static void add(Layout l, String text) throws DocumentException {
    Styles s = l.styles();
    Paragraph p = s.paragraph(text, s.font(false, 7.5f, s.muted()));
    p.setSpacingBefore(2f);
    p.setSpacingAfter(8f);
    l.add(p);
  }

  /** Adds {@code text} as the caption of the next figure: "Figure 3. " and the text. */
  public static void figure(Layout l, String text) throws DocumentException {
    add(l, "Figure " + l.nextFigure() + ". " + text);
  }
}
