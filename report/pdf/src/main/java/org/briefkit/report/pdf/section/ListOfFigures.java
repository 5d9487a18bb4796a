package org.briefkit.report.pdf.section;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.briefkit.report.pdf.layout.Heading;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.Styles;

/**
 * The list of figures, closing the brief: each figure's number, its caption (a link to the
 * figure) and the page it is on. It comes last, once every figure has found its page, and is
 * bookmarked after the sections, so that the outline (the brief's contents) ends with it.
 */
public final class ListOfFigures implements BriefSection {
  @Override
  public void write(BriefContext ctx) throws DocumentException {
    Layout l = ctx.layout();
    List<Layout.Figure> figures = l.figures();
    if (figures.isEmpty()) {
      return;
    }
    Styles s = l.styles();
    Heading.add(l, 1, ctx.text().get("figures.title"));
    Font number = s.font(true, 8f, s.text());
    Font caption = s.font(false, 8f, s.text());
    PdfPTable t = new PdfPTable(new float[] {1.1f, 9.4f, 0.9f});
    t.setWidthPercentage(100f);
    for (Layout.Figure f : figures) {
      t.addCell(borderless(s.phrase(ctx.text().get("figures.figure", f.number()), number), Element.ALIGN_LEFT));
      Phrase link = s.phrase(f.caption(), caption);
      for (Element e : link) {
        if (e instanceof Chunk c) {
          c.setLocalGoto(f.key());
        }
      }
      t.addCell(borderless(link, Element.ALIGN_LEFT));
      t.addCell(borderless(s.phrase(Integer.toString(l.pages().pageOf(f.key())), caption), Element.ALIGN_RIGHT));
    }
    l.add(t);
  }

  private static PdfPCell borderless(Phrase p, int align) {
    PdfPCell c = new PdfPCell(p);
    c.setBorder(Rectangle.NO_BORDER);
    c.setHorizontalAlignment(align);
    c.setPaddingLeft(0f);
    c.setPaddingRight(4f);
    c.setPaddingTop(1.5f);
    c.setPaddingBottom(3f);
    return c;
  }
}
