package org.briefkit.report.pdf.layout;

import com.google.common.collect.ImmutableList;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Messages;
import org.briefkit.report.pdf.text.BriefText;

/**
 * A brief being laid out: the open document and its writer, the styles, the page decorator
 * that places bookmarks, and the running numbers of headings and figures. The toolkit's parts
 * ({@link Heading}, {@link Caption}, {@link ChartBox}, {@link KeepTogether}, {@link Rule}) all
 * work on one; one instance per document.
 */
public final class Layout {
  private final Document document;
  private final PdfWriter writer;
  private final Styles styles;
  private final PageDecorator pages;
  private final WordBreaks wordBreaks;
  private int headingKeys;
  private final List<Figure> figures = new ArrayList<>();
  private final Messages text;

  /**
   * A figure laid out so far.
   *
   * @param number its number, from 1
   * @param caption its caption, without "Figure 3. "
   * @param key the generic tag and local destination of its caption, by which the page it
   *     landed on is known ({@link PageDecorator#pageOf}) and a link leads to it
   */
  public record Figure(int number, String caption, String key) {}

  /**
   * The layout of {@code document}, written by {@code writer}, decorated by {@code pages}, its
   * text in the language of BCP 47 tag {@code language} (which hyphenates its tables' words).
   */
  public Layout(Document document, PdfWriter writer, Styles styles, PageDecorator pages, String language) {
    this.document = document;
    this.writer = writer;
    this.styles = styles;
    this.pages = pages;
    this.wordBreaks = new WordBreaks(Hyphenator.forLanguage(language));
    this.text = BriefText.load(language);
  }

  /** The words the brief generates, in its language. */
  public Messages text() {
    return text;
  }

  /** The open document. */
  public Document document() {
    return document;
  }

  /** The writer of the document. */
  public PdfWriter writer() {
    return writer;
  }

  /** The type and colours. */
  public Styles styles() {
    return styles;
  }

  /** The page decorator, which turns tagged headings into bookmarks. */
  public PageDecorator pages() {
    return pages;
  }

  /** The width of the text between the margins, in points. */
  public float textWidth() {
    return document.right() - document.left();
  }

  /** How words too wide for a table's column are broken, in the brief's language. */
  public WordBreaks wordBreaks() {
    return wordBreaks;
  }

  /**
   * Adds {@code element} to the document at the current position. A table of {@link Tables}
   * first fits its columns to its content; in any table, a word wider than its cell is broken
   * with a hyphen rather than cut where it meets the edge.
   */
  public void add(Element element) throws DocumentException {
    if (element instanceof ContentTable t) {
      t.fit(this);
    } else if (element instanceof PdfPTable t) {
      if (!t.isLockedWidth()) {
        t.setTotalWidth(textWidth() * t.getWidthPercentage() / 100f);
      }
      if (wordBreaks.fitCells(t, t.getAbsoluteWidths())) {
        // the same widths, set again so that the rows measure their heights anew
        t.setTotalWidth(t.getAbsoluteWidths());
      }
    }
    document.add(element);
  }

  /** A new key tying a heading's chunks to its bookmark: h0, h1, ... */
  String nextHeadingKey() {
    return "h" + headingKeys++;
  }

  /** Numbers the next figure, counting from 1, and remembers it with its caption. */
  Figure nextFigure(String caption) {
    Figure f = new Figure(figures.size() + 1, caption, "figure-" + (figures.size() + 1));
    figures.add(f);
    pages.markPage(f.key());
    return f;
  }

  /** The figures laid out so far, in order. */
  public ImmutableList<Figure> figures() {
    return ImmutableList.copyOf(figures);
  }
}
