package org.briefkit.report.pdf.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import org.briefkit.report.pdf.chart.ChartData;
import org.briefkit.report.pdf.tag.Role;

/**
 * The small muted lines under a table or chart: the caption, then the source line ("Source:
 * BriefKit analysis of ..."). Figures are numbered in the order they come, and remembered for
 * the list of figures.
 */
public final class Caption {
  private Caption() {}

  private static final float BEFORE = 2f;
  private static final float AFTER = 8f;

  /** Adds {@code text} as a caption, unnumbered. */
  public static void add(Layout l, String text) throws DocumentException {
    Paragraph p = paragraph(l, text);
    p.setSpacingBefore(BEFORE);
    p.setSpacingAfter(AFTER);
    l.add(p, Role.CAPTION);
  }

  /** Adds {@code text} as the caption of a table, unnumbered, with its {@code source} line under it. */
  public static void add(Layout l, String text, String source) throws DocumentException {
    Paragraph p = paragraph(l, text);
    p.setSpacingBefore(BEFORE);
    l.add(p, Role.CAPTION);
    Paragraph src = paragraph(l, source);
    src.setSpacingAfter(AFTER);
    l.add(src, Role.NOTE);
  }

  /** Adds the {@code source} line of the table above, which has no caption. */
  public static void source(Layout l, String source) throws DocumentException {
    Paragraph p = paragraph(l, source);
    p.setSpacingBefore(BEFORE);
    p.setSpacingAfter(AFTER);
    l.add(p, Role.NOTE);
  }

  /**
   * The caption of the next figure, numbered ("Figure 3. " and the text), with its source
   * line under it, as a borderless cell with the caption's spacing, to lay out with its figure
   * as one block. The caption is the figure's destination and marks its page; the source line
   * ends with a link to the figure's {@code data} in the annex of figure data.
   */
  static PdfPCell figureCell(Layout l, String text, String source, ChartData data) {
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0f);
    c.setPaddingTop(BEFORE);
    c.setPaddingBottom(AFTER);
    Layout.Figure f = l.nextFigure(text, data);
    Paragraph caption = paragraph(l, l.text().get("figure.caption", f.number(), text));
    boolean first = true;
    for (Element e : caption) {
      if (e instanceof Chunk chunk) {
        chunk.setGenericTag(f.key());
        if (first) {
          chunk.setLocalDestination(f.key());
          first = false;
        }
      }
    }
    c.addElement(caption);
    l.structure().role(caption, Role.CAPTION);
    Paragraph src = paragraph(l, source);
    Styles s = l.styles();
    for (Chunk chunk : s.chunks("  ", s.font(false, 7.5f, s.muted()))) {
      src.add(chunk);
    }
    String link = l.text().get("figure.data.link", l.text().get("annex.figureData.short"));
    for (Chunk chunk : s.chunks(link, s.font(false, 7.5f, s.accent()))) {
      chunk.setLocalGoto(f.dataKey());
      src.add(chunk);
    }
    c.addElement(src);
    l.structure().role(src, Role.NOTE);
    return c;
  }

  private static Paragraph paragraph(Layout l, String text) {
    Styles s = l.styles();
    return s.paragraph(text, s.font(false, 7.5f, s.muted()));
  }
}
