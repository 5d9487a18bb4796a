package org.briefkit.analysis.provenance;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.briefkit.model.Locator;
import org.briefkit.model.TextCopy;

/**
 * A source's text, parsed into the blocks a locator counts: headings and paragraphs, numbered,
 * on pages, in sections.
 *
 * <p><b>Blocks</b> depend on the format. <i>Plain text</i>: paragraphs are separated by blank
 * lines ({@code paragraphs: blank-lines}) or are single lines ({@code lines}); a block is a
 * heading when it is one line of at most 16 words that does not end, before any closing quote
 * marks or brackets, with {@code .}, {@code ,}, {@code ;}, {@code :} or an ellipsis; a form
 * feed starts a new page and a new paragraph. <i>Markdown</i> (CommonMark): ATX and setext
 * headings with their levels, paragraphs, each list item, each code block; YAML front matter
 * skipped; inline markup left out (emphasis, links' text and code spans count as their words).
 * <i>HTML</i>: {@code h1}–{@code h6} headings with their levels, every run of text between
 * block boundaries ({@code p}, {@code li}, {@code blockquote}, {@code pre}, {@code dt}, {@code
 * dd}, {@code figcaption}, table cells...) a paragraph; head, scripts, styles and navigation left
 * out; entities decoded. In every format a block without a letter or digit is a separator and
 * left out.
 *
 * <p><b>Paragraphs</b> are numbered from 1 in reading order; headings are numbered with them
 * when the text's {@code headings} setting is {@code counted}, and not numbered (skipped) when
 * it is {@code skipped}, the default.
 *
 * <p><b>Pages</b>: only plain text with form feeds has pages; a page locator on a text without
 * page marks cannot be checked, and its quotes are looked for in the whole text.
 *
 * <p><b>Sections</b>: a heading whose text starts with a section designation opens that
 * section: after "Section", "Chapter", "Annex", "Appendix" or "§", any designation ({@code 2},
 * {@code 2.3}, {@code 2.3.1}, {@code A}, {@code A.2}); without such a word, a number of at most
 * three digits with its subsections, or a letter followed by subsections or a full stop, then
 * words ("2.3 Cyber", "A. Methods"; not "2022 in review" nor "A short history"). It runs to the
 * next heading that opens a section not inside it ({@code 3} ends {@code 2}, {@code 2.1} does
 * not), or, in Markdown and HTML, to the next heading without a designation at its level or
 * above.
 *
 * <p>The text is kept in Unicode normal form C, its line ends as {@code \n}. A source text is
 * immutable and thread-safe.
 */
public final class SourceText {
  private static final int LISTED_SECTIONS = 20;
  private static final int SHOWN_HEADING = 40;

  private final TextCopy.Headings headings;
  private final ImmutableList<TextBlock> blocks;
  private final ImmutableList<TextBlock> paragraphs;
  private final int pages;
  private final ImmutableList<TextSection> sections;
  private final ImmutableList<String> keys;
  private final long length;

  private SourceText(TextCopy.Format format, TextCopy.Headings headings, List<Block> parsed, int pages) {
    this.headings = headings;
    this.pages = pages;
    ImmutableList.Builder<TextBlock> all = ImmutableList.builder();
    ImmutableList.Builder<TextBlock> numbered = ImmutableList.builder();
    ImmutableList.Builder<String> normalised = ImmutableList.builder();
    int number = 0;
    for (int i = 0; i < parsed.size(); i++) {
      Block b = parsed.get(i);
      boolean counted = !b.heading() || headings == TextCopy.Headings.COUNTED;
      TextBlock t =
          new TextBlock(
              i, b.heading() ? TextBlock.Kind.HEADING : TextBlock.Kind.PARAGRAPH, b.level(), b.text(),
              counted ? OptionalInt.of(++number) : OptionalInt.empty(), b.page());
      all.add(t);
      if (counted) {
        numbered.add(t);
      }
      normalised.add(Normalized.key(b.text()));
    }
    this.blocks = all.build();
    this.paragraphs = numbered.build();
    this.keys = normalised.build();
    this.length = keys.stream().mapToLong(String::length).sum();
    this.sections = sections(blocks, format != TextCopy.Format.TEXT);
  }

  /**
   * Parses {@code content}, the whole text, as {@code copy} says: its format (told by the file's
   * extension when not given), what separates paragraphs in plain text, whether headings count.
   */
  public static SourceText parse(TextCopy copy, String content) {
    Objects.requireNonNull(copy, "copy must not be null");
    Objects.requireNonNull(content, "content must not be null");
    String text =
        Normalizer.normalize(content, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    TextCopy.Format format = copy.effectiveFormat();
    List<Block> parsed;
    int pages = 0;
    switch (format) {
      case MARKDOWN:
        parsed = MarkdownParser.parse(text);
        break;
      case HTML:
        parsed = HtmlParser.parse(text);
        break;
      default:
        parsed = PlainTextParser.parse(text, copy.paragraphs());
        pages = PlainTextParser.pages(text);
        break;
    }
    return new SourceText(format, copy.headings(), parsed, pages);
  }

  /** Every block, headings and paragraphs, in reading order. */
  public ImmutableList<TextBlock> blocks() {
    return blocks;
  }

  /** The numbered blocks, paragraph 1 first: the paragraphs, and the headings if counted. */
  public ImmutableList<TextBlock> paragraphs() {
    return paragraphs;
  }

  /** The headings, in reading order. */
  public ImmutableList<TextBlock> headings() {
    return blocks.stream().filter(TextBlock::isHeading).collect(ImmutableList.toImmutableList());
  }

  /** The number of pages: 0 for a text without page marks. */
  public int pageCount() {
    return pages;
  }

  /** The sections, in reading order. */
  public ImmutableList<TextSection> sections() {
    return sections;
  }

  /** The section {@code designation} ({@code 2.3}, {@code A}), the first if two headings open one. */
  public Optional<TextSection> section(String designation) {
    String d = Designations.canonical(designation);
    return sections.stream().filter(s -> s.designation().equals(d)).findFirst();
  }

  /** The place {@code locator} cites, or why it is not in the text. */
  public Passage passage(Locator locator) {
    Objects.requireNonNull(locator, "locator must not be null");
    String value = locator.value();
    int dash = value.indexOf('-');
    String start = dash < 0 ? value : value.substring(0, dash);
    String end = dash < 0 ? value : value.substring(dash + 1);
    switch (locator.kind()) {
      case PARAGRAPH:
        return paragraphs(Integer.parseInt(start), Integer.parseInt(end));
      case PAGE:
        return pages(Integer.parseInt(start), Integer.parseInt(end));
      default:
        return sections(start, end);
    }
  }

  /** The whole text as a place. */
  public Passage whole() {
    return Passage.found(0, blocks.size());
  }

  /**
   * Where block {@code index} is, for a message: "¶5", "¶5 (p. 2)" in a text with pages, or
   * "the heading "Why Seoul wants closer ties"" for a heading that is not numbered.
   */
  public String place(int index) {
    TextBlock b = blocks.get(index);
    String page = pages > 0 ? " (p. " + b.page() + ")" : "";
    if (b.number().isPresent()) {
      return "¶" + b.number().getAsInt() + page;
    }
    return "the heading " + Quotes.shown(b.text(), SHOWN_HEADING) + page;
  }

  /** The normalised text of each block (see {@code Normalized}), for the quote search. */
  ImmutableList<String> keys() {
    return keys;
  }

  /** The length of the normalised text, all blocks. */
  long length() {
    return length;
  }

  private Passage paragraphs(int start, int end) {
    if (end > paragraphs.size()) {
      return Passage.notFound("the text has " + count(paragraphs.size(), "paragraph") + headingsNote());
    }
    return Passage.found(paragraphs.get(start - 1).index(), paragraphs.get(end - 1).index() + 1);
  }

  private String headingsNote() {
    long h = blocks.stream().filter(TextBlock::isHeading).count();
    if (h == 0) {
      return "";
    }
    return headings == TextCopy.Headings.COUNTED
        ? ", " + (h == 1 ? "its heading" : "its " + h + " headings") + " counted"
        : ", not counting " + (h == 1 ? "its heading" : "its " + h + " headings");
  }

  private Passage pages(int start, int end) {
    if (pages == 0) {
      return Passage.notCheckable(
          blocks.size(), "the text has no page marks (form feeds), so its pages cannot be told");
    }
    if (end > pages) {
      return Passage.notFound("the text has " + count(pages, "page"));
    }
    int from = -1;
    int to = -1;
    for (TextBlock b : blocks) {
      if (b.page() >= start && b.page() <= end) {
        from = from < 0 ? b.index() : from;
        to = b.index() + 1;
      }
    }
    return from < 0 ? Passage.found(0, 0) : Passage.found(from, to);
  }

  private Passage sections(String start, String end) {
    Optional<TextSection> first = section(start);
    Optional<TextSection> last = section(end);
    if (first.isEmpty() || last.isEmpty()) {
      if (sections.isEmpty()) {
        return Passage.notFound("the text has no numbered headings");
      }
      List<String> names = sections.stream().map(TextSection::designation).distinct().toList();
      String listed = names.stream().limit(LISTED_SECTIONS).collect(Collectors.joining(", "));
      if (names.size() > LISTED_SECTIONS) {
        listed += " and " + (names.size() - LISTED_SECTIONS) + " more";
      }
      return Passage.notFound("the sections are " + listed);
    }
    return Passage.found(first.get().first(), Math.max(first.get().end(), last.get().end()));
  }

  /**
   * The sections of {@code blocks}: each heading with a designation opens one, which ends at the
   * next heading that opens a section not inside it, or (with {@code levels}) at the next
   * heading without a designation at its level or above. Open sections are kept on a stack; a
   * section stays open only while every later numbered heading is inside it, so the stack is a
   * chain of ever longer designations and the whole takes time linear in the text.
   */
  private static ImmutableList<TextSection> sections(List<TextBlock> blocks, boolean levels) {
    record Open(String designation, TextBlock heading) {}
    List<TextSection> found = new ArrayList<>();
    List<Open> open = new ArrayList<>();
    List<Integer> slot = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (!b.isHeading()) {
        continue;
      }
      Optional<String> d = Designations.of(b.text());
      for (int k = open.size() - 1; k >= 0; k--) {
        Open o = open.get(k);
        boolean ends =
            d.isPresent()
                ? !Designations.within(d.get(), o.designation())
                : levels && b.level() <= o.heading().level();
        if (ends) {
          found.set(slot.get(k), new TextSection(o.designation(), o.heading().text(), o.heading().index(), b.index()));
          open.remove(k);
          slot.remove(k);
        }
      }
      if (d.isPresent()) {
        open.add(new Open(d.get(), b));
        slot.add(found.size());
        found.add(null);
      }
    }
    for (int k = 0; k < open.size(); k++) {
      Open o = open.get(k);
      found.set(slot.get(k), new TextSection(o.designation(), o.heading().text(), o.heading().index(), blocks.size()));
    }
    return ImmutableList.copyOf(found);
  }

  private static String count(int n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
