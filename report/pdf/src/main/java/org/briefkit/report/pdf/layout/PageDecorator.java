package org.briefkit.report.pdf.layout;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import org.briefkit.report.pdf.tag.TaggedWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decorates every page: the distribution marking and the title in the header, "Page X of Y" in
 * the footer (filled in when the page count is known), and the bookmarks, placed where each
 * tagged heading lands. One instance per document.
 */
public final class PageDecorator extends PdfPageEventHelper {
  private static final float FOOTER_NUMBER_WIDTH = 110f;

  private final Styles styles;
  private final String marking;
  private final String runningTitle;
  private final String pageOf;
  private final List<PdfTemplate> pageNumbers = new ArrayList<>();
  private final Map<String, Bookmark> bookmarks = new HashMap<>();
  private final Map<String, Integer> marks = new HashMap<>();
  private PdfOutline currentTop;

  private record Bookmark(int level, String title) {}

  /**
   * A decorator for one document.
   *
   * @param marking the distribution marking, centred in the header
   * @param runningTitle the title in the footer, shortened to fit
   */
  public PageDecorator(Styles styles, String marking, String runningTitle) {
    this(styles, marking, runningTitle, "Page {0} of {1}");
  }

  /**
   * A decorator for one document whose footer numbers pages as {@code pageOf} says, with the
   * page as {@code {0}} and the count as {@code {1}} ("Page {0} of {1}", "{0} / {1}쪽").
   */
  public PageDecorator(Styles styles, String marking, String runningTitle, String pageOf) {
    this.styles = styles;
    this.marking = marking;
    this.runningTitle = runningTitle;
    this.pageOf = pageOf;
  }

  /** Registers a bookmark for the heading chunk tagged {@code key}. */
  public void bookmark(String key, int level, String title) {
    bookmarks.put(key, new Bookmark(level, title));
  }

  /** Registers {@code key}, the generic tag of a chunk whose page {@link #pageOf} will tell. */
  public void markPage(String key) {
    marks.put(key, 0);
  }

  /**
   * The page (from 1) on which the chunk tagged {@code key} landed.
   *
   * @throws IllegalStateException if no such chunk was registered and laid out yet
   */
  public int pageOf(String key) {
    Integer page = marks.get(key);
    if (page == null || page == 0) {
      throw new IllegalStateException("no chunk tagged " + key + " was laid out yet");
    }
    return page;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte cb = writer.getDirectContent();
    Rectangle page = document.getPageSize();
    float left = document.left();
    float right = document.right();
    float top = page.getHeight() - 28;
    Font markFont = styles.font(true, 7.5f, styles.accent());
    ColumnText.showTextAligned(
        cb, Element.ALIGN_CENTER, styles.phrase(marking, markFont), (left + right) / 2, top, 0);
    rule(cb, left, right, top - 6, styles.rule());
    float bottom = 30;
    rule(cb, left, right, bottom + 11, styles.rule());
    Font small = styles.font(false, 7.5f, styles.muted());
    String title = fit(runningTitle, small, right - left - FOOTER_NUMBER_WIDTH - 12);
    ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, styles.phrase(title, small), left, bottom, 0);
    PdfTemplate number = cb.createTemplate(FOOTER_NUMBER_WIDTH, 12);
    pageNumbers.add(number);
    cb.addTemplate(number, right - FOOTER_NUMBER_WIDTH, bottom - 3);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    int total = pageNumbers.size();
    Font small = styles.font(false, 7.5f, styles.muted());
    for (int i = 0; i < total; i++) {
      PdfTemplate t = pageNumbers.get(i);
      ColumnText.showTextAligned(
          t, Element.ALIGN_RIGHT, styles.phrase(pageOf.replace("{0}", Integer.toString(i + 1)).replace("{1}", Integer.toString(total)), small),
          FOOTER_NUMBER_WIDTH, 3, 0);
    }
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
    // a structure tag first marks the chunk's content, and names the tag the chunk had before
    String text = writer instanceof TaggedWriter tagged ? tagged.tagger().chunk(document, rect, tag) : tag;
    if (text == null) {
      return;
    }
    if (marks.containsKey(text) && marks.get(text) == 0) {
      marks.put(text, writer.getPageNumber());
    }
    Bookmark b = bookmarks.remove(text);
    if (b == null) {
      return;
    }
    PdfDestination dest = new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + 14, 0);
    PdfOutline parent = b.level() <= 1 || currentTop == null ? writer.getRootOutline() : currentTop;
    PdfOutline outline = new PdfOutline(parent, dest, b.title(), false);
    if (b.level() <= 1) {
      currentTop = outline;
    }
  }

  private static void rule(PdfContentByte cb, float x1, float x2, float y, Color colour) {
    cb.saveState();
    cb.setColorStroke(colour);
    cb.setLineWidth(0.5f);
    cb.moveTo(x1, y);
    cb.lineTo(x2, y);
    cb.stroke();
    cb.restoreState();
  }

  /** Shortens {@code text} with an ellipsis to fit {@code width} points. */
  static String fit(String text, Font font, float width) {
    if (font.getBaseFont().getWidthPoint(text, font.getSize()) <= width) {
      return text;
    }
    String t = text;
    while (t.length() > 1 && font.getBaseFont().getWidthPoint(t + "…", font.getSize()) > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip() + "…";
  }
}
