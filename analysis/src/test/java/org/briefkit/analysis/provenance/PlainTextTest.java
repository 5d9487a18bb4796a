package org.briefkit.analysis.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import java.util.OptionalInt;
import org.briefkit.model.Locator;
import org.briefkit.model.TextCopy;
import org.junit.jupiter.api.Test;

/** Plain texts as a locator counts them: paragraphs, headings, pages and sections. */
class PlainTextTest {
  /** A fictional report: a title, two numbered sections with a subsection, an annex. */
  static final String REPORT =
      """
      The Calder Strait in 2040

      Ships have crossed the strait for centuries.
      The Compact was founded in 2031 to keep it open.

      1. Trade

      Nine tenths of Haedo's energy imports cross the strait.

      Transit fees are Varnya's third source of revenue.

      2 Security

      2.1 Patrols

      The task force escorted a handful of ships.

      2.2 Mines

      Tarsk could lay mines in the narrows.

      Annex A: Sources

      The situation reports of the Compact.
      """;

  static SourceText text(String content, TextCopy.Paragraphs paragraphs, TextCopy.Headings headings) {
    return SourceText.parse(new TextCopy("report.txt", Optional.empty(), paragraphs, headings), content);
  }

  static SourceText text(String content) {
    return text(content, TextCopy.Paragraphs.BLANK_LINES, TextCopy.Headings.SKIPPED);
  }

  @Test
  void parse_blankLines_headingsSkipped_numbersBodyParagraphsOnly() {
    SourceText t = text(REPORT);

    assertThat(t.blocks())
        .extracting(TextBlock::kind, TextBlock::number)
        .containsExactly(
            tuple(TextBlock.Kind.HEADING, OptionalInt.empty()),
            tuple(TextBlock.Kind.PARAGRAPH, OptionalInt.of(1)),
            tuple(TextBlock.Kind.HEADING, OptionalInt.empty()),
            tuple(TextBlock.Kind.PARAGRAPH, OptionalInt.of(2)),
            tuple(TextBlock.Kind.PARAGRAPH, OptionalInt.of(3)),
            tuple(TextBlock.Kind.HEADING, OptionalInt.empty()),
            tuple(TextBlock.Kind.HEADING, OptionalInt.empty()),
            tuple(TextBlock.Kind.PARAGRAPH, OptionalInt.of(4)),
            tuple(TextBlock.Kind.HEADING, OptionalInt.empty()),
            tuple(TextBlock.Kind.PARAGRAPH, OptionalInt.of(5)),
            tuple(TextBlock.Kind.HEADING, OptionalInt.empty()),
            tuple(TextBlock.Kind.PARAGRAPH, OptionalInt.of(6)));
    assertThat(t.blocks().get(1).text())
        .isEqualTo("Ships have crossed the strait for centuries.\nThe Compact was founded in 2031 to keep it open.");
    assertThat(t.pageCount()).isZero();
  }

  @Test
  void parse_headingsCounted_numbersThemLikeParagraphs() {
    SourceText t = text(REPORT, TextCopy.Paragraphs.BLANK_LINES, TextCopy.Headings.COUNTED);

    assertThat(t.paragraphs()).hasSize(12);
    assertThat(t.paragraphs().get(1).text()).startsWith("Ships have crossed");
    assertThat(t.passage(Locator.paragraph(4))).isEqualTo(Passage.found(3, 4));
    assertThat(t.passage(Locator.paragraph(13)).why())
        .isEqualTo("the text has 12 paragraphs, its 6 headings counted");
  }

  @Test
  void passage_paragraphs_findsTheBlocks_orSaysHowManyThereAre() {
    SourceText t = text(REPORT);

    assertThat(t.passage(Locator.paragraph(2))).isEqualTo(Passage.found(3, 4));
    assertThat(t.passage(Locator.parse("paras 2-4"))).isEqualTo(Passage.found(3, 8));
    assertThat(t.passage(Locator.paragraph(7)))
        .isEqualTo(Passage.notFound("the text has 6 paragraphs, not counting its 6 headings"));
    assertThat(t.passage(Locator.parse("paras 6-7")).outcome()).isEqualTo(Passage.Outcome.NOT_FOUND);
  }

  @Test
  void headings_areShortLinesWithoutFinalPunctuation() {
    SourceText t =
        text(
            """
            Why was Yoon invited to the summit?

            A short line, not a heading.

            Closing remarks: none

            "A quoted sentence."

            One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen

            One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen

            Two lines
            are a paragraph

            * * *
            """);

    assertThat(t.blocks())
        .extracting(TextBlock::isHeading)
        .containsExactly(true, false, true, false, true, false, false);
  }

  @Test
  void parse_lines_makesEveryLineABlock() {
    SourceText t =
        text(
            "Title\nFirst sentence here.\nSecond sentence here.\n\nThird sentence here.\n",
            TextCopy.Paragraphs.LINES, TextCopy.Headings.SKIPPED);

    assertThat(t.paragraphs()).extracting(TextBlock::text)
        .containsExactly("First sentence here.", "Second sentence here.", "Third sentence here.");
    assertThat(t.headings()).extracting(TextBlock::text).containsExactly("Title");
  }

  @Test
  void parse_crlfAndCr_areLineEnds() {
    SourceText t = text("Title\r\n\r\nOne line,\r\nanother.\r\rLast.");

    assertThat(t.paragraphs()).extracting(TextBlock::text).containsExactly("One line,\nanother.", "Last.");
  }

  @Test
  void pages_formFeedsStartPages_andParagraphs() {
    SourceText t =
        text("First page, first paragraph.\n\nFirst page, second paragraph.\f Page two, first paragraph.\n\n"
            + "Page two, second paragraph.\n\fPage three.\n\f");

    assertThat(t.pageCount()).isEqualTo(3);
    assertThat(t.paragraphs()).extracting(TextBlock::page).containsExactly(1, 1, 2, 2, 3);
    assertThat(t.passage(Locator.page(2))).isEqualTo(Passage.found(2, 4));
    assertThat(t.passage(Locator.parse("pp. 1-2"))).isEqualTo(Passage.found(0, 4));
    assertThat(t.passage(Locator.page(4))).isEqualTo(Passage.notFound("the text has 3 pages"));
    assertThat(t.place(3)).isEqualTo("¶4 (p. 2)");
  }

  @Test
  void pages_textWithoutFormFeeds_cannotBeChecked_soTheWholeTextIsTheirPlace() {
    SourceText t = text(REPORT);

    Passage p = t.passage(Locator.page(3));

    assertThat(p.outcome()).isEqualTo(Passage.Outcome.NOT_CHECKABLE);
    assertThat(p.from()).isZero();
    assertThat(p.to()).isEqualTo(t.blocks().size());
    assertThat(p.why()).isEqualTo("the text has no page marks (form feeds), so its pages cannot be told");
  }

  @Test
  void sections_numberedHeadings_runToTheNextThatIsNotInside() {
    SourceText t = text(REPORT);

    assertThat(t.sections())
        .extracting(TextSection::designation, TextSection::first, TextSection::end)
        .containsExactly(
            tuple("1", 2, 5), tuple("2", 5, 10), tuple("2.1", 6, 8), tuple("2.2", 8, 10), tuple("A", 10, 12));
    assertThat(t.passage(new Locator(Locator.Kind.SECTION, "2"))).isEqualTo(Passage.found(5, 10));
    assertThat(t.passage(new Locator(Locator.Kind.SECTION, "2.1-2.2"))).isEqualTo(Passage.found(6, 10));
    assertThat(t.passage(new Locator(Locator.Kind.SECTION, "A"))).isEqualTo(Passage.found(10, 12));
  }

  @Test
  void sections_missing_areListed() {
    SourceText t = text(REPORT);

    assertThat(t.passage(new Locator(Locator.Kind.SECTION, "4")))
        .isEqualTo(Passage.notFound("the sections are 1, 2, 2.1, 2.2, A"));
    assertThat(text("Title\n\nBody text here.").passage(new Locator(Locator.Kind.SECTION, "1")))
        .isEqualTo(Passage.notFound("the text has no numbered headings"));
  }

  @Test
  void place_ofAHeadingNotCounted_quotesIt() {
    assertThat(text(REPORT).place(0)).isEqualTo("the heading \"The Calder Strait in 2040\"");
    assertThat(text(REPORT).place(1)).isEqualTo("¶1");
  }
}
