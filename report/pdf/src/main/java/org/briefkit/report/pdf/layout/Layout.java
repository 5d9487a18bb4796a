package org.briefkit.report.pdf.layout;

import com.google.common.collect.ImmutableList;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.report.pdf.chart.ChartData;
import org.briefkit.report.pdf.tag.Role;
import org.briefkit.report.pdf.tag.StructureBuilder;
import org.briefkit.report.pdf.tag.TaggedWriter;
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
  private final StructureBuilder structure;
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
   * @param data the numbers it draws, which the annex of figure data shows as a table
   */
  public record Figure(int number, String caption, String key, ChartData data) {
    /** The local destination of the figure's data table. */
    public String dataKey() {
      return "figure-data-" + number;
    }
  }

  /**
   * The layout of {@code document}, written by {@code writer}, decorated by {@code pages}, its
   * text in the language of BCP 47 tag {@code language} (which hyphenates its tables' words).
   */
  public Layout(Document document, TaggedWriter writer, Styles styles, PageDecorator pages, String language) {
    this(document, writer, styles, pages, language, language);
  }

  /**
   * A layout as above whose document says it is in BCP 47 {@code documentLanguage} (its
   * {@code /Lang}), which may differ from the language BriefKit writes its own words in: text
   * in other scripts is tagged with its language against it.
   */
  public Layout(Document document, TaggedWriter writer, Styles styles, PageDecorator pages, String language,
      String documentLanguage) {
    this.document = document;
    this.writer = writer;
    this.structure = new StructureBuilder(writer, documentLanguage);
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

  /** The structure tree of the brief, to which {@link #add} declares each element. */
  public StructureBuilder structure() {
    return structure;
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
    add(element, null);
  }

  /**
   * Adds {@code element} as {@link #add(Element)} does, in the structure tree as {@code role}
   * (a heading, a caption): null lets the element say (a paragraph, a table of {@link Tables},
   * a layout).
   */
  public void add(Element element, Role role) throws DocumentException {
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
    if (role != null) {
      structure.add(element, role);
    } else if (element instanceof ContentTable) {
      structure.add(element, Role.TABLE);
    } else {
      structure.add(element);
    }
    document.add(element);
  }

  /** A new key tying a heading's chunks to its bookmark: h0, h1, ... */
  String nextHeadingKey() {
    return "h" + headingKeys++;
  }

  /** Numbers the next figure, counting from 1, and remembers it with its caption. */
  Figure nextFigure(String caption, ChartData data) {
    Figure f = new Figure(figures.size() + 1, caption, "figure-" + (figures.size() + 1), data);
    figures.add(f);
    pages.markPage(f.key());
    return f;
  }

  /** The figures laid out so far, in order. */
  public ImmutableList<Figure> figures() {
    return ImmutableList.copyOf(figures);
  }
}
