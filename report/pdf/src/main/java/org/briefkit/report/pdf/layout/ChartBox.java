package org.briefkit.report.pdf.layout;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.briefkit.report.pdf.chart.ChartData;
import org.briefkit.report.pdf.chart.ChartDescription;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn as vectors into a template the width of the text, at most as high as a page
 * allows, kept on one page with its numbered caption and its source line.
 */
public final class ChartBox {
  private ChartBox() {}

  /**
   * The tallest a chart may be: the text height less room for a heading, a caption and a source line, so that
   * a chart with both fits one page.
   */
  public static float maxHeight(Layout l) {
    Document doc = l.document();
    return doc.top() - doc.bottom() - 100f;
  }

  /** A subsection holding one chart, its heading kept with the chart. */
  public static void withHeading(
      Layout l, String title, JFreeChart chart, float height, String caption, String source)
      throws DocumentException {
    PdfPTable block = block(l, chart, height, caption, source);
    Heading.add(l, 2, title, KeepTogether.needed(l, block));
    KeepTogether.table(l, block, 0f);
    l.add(block);
  }

  /**
   * Draws {@code chart} as vectors into a template and adds it with a numbered caption and its
   * {@code source} line ("Source: ..."), laid out as one block (a borderless table) that starts
   * a new page unless it fits whole.
   */
  public static void add(Layout l, JFreeChart chart, float height, String caption, String source)
      throws DocumentException {
    PdfPTable block = block(l, chart, height, caption, source);
    KeepTogether.table(l, block, 0f);
    l.add(block);
  }

  /** The chart drawn, with its caption and source line, as one borderless table. */
  private static PdfPTable block(Layout l, JFreeChart chart, float height, String caption, String source)
      throws DocumentException {
    float width = l.textWidth();
    float h = Math.min(height, maxHeight(l));
    PdfTemplate tp = l.writer().getDirectContent().createTemplate(width, h);
    Graphics2D g = tp.createGraphics(width, h, l.styles().fonts().mapper());
    try {
      chart.draw(g, new Rectangle2D.Double(0, 0, width, h));
    } finally {
      g.dispose();
    }
    Image img;
    try {
      img = Image.getInstance(tp);
    } catch (BadElementException e) {
      throw new DocumentException(e);
    }
    PdfPTable block = new PdfPTable(1);
    block.setTotalWidth(width);
    block.setLockedWidth(true);
    block.setHorizontalAlignment(Element.ALIGN_CENTER);
    ChartData data = ChartData.of(chart, l.text());
    l.structure().figure(img, ChartDescription.of(data, caption, l.text()));
    PdfPCell picture = new PdfPCell(img, false);
    picture.setBorder(Rectangle.NO_BORDER);
    picture.setPadding(0f);
    // clear of the descenders of a heading just above
    picture.setPaddingTop(3f);
    picture.setHorizontalAlignment(Element.ALIGN_CENTER);
    block.addCell(picture);
    block.addCell(Caption.figureCell(l, caption, source, data));
    return block;
  }
}
