package org.briefkit.report.pdf.layout;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

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
  private int figures;

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

  /** The number of the next figure, counting from 1. */
  int nextFigure() {
    return ++figures;
  }
}
