package org.briefkit.analysis.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.briefkit.model.Locator;
import org.briefkit.model.TextCopy;
import org.junit.jupiter.api.Test;

/** Markdown texts: headings with levels, paragraphs, list items, code, front matter, inline markup. */
class MarkdownTextTest {
  static final String REPORT =
      """
      ---
      title: Front matter is skipped
      ---
      # The Calder Strait

      Ships have crossed *the strait* for [centuries](https://example.org).
      The Compact keeps it `open`.

      Trade
      -----

      - Nine tenths of **Haedo's** energy imports.
      - Transit fees:
        - a third source of revenue
        - paid in [kroner][k]

      [k]: https://example.org/k

      > A quoted paragraph.

      ```
      fenced   code
      ```

      ## 2 Security

      ### 2.1 Patrols

      Patrols began in 2040. ![a chart](chart.png)

      ## Sources

      <p>An HTML <em>block</em>.</p>

      ***
      """;

  static SourceText text(String content, TextCopy.Headings headings) {
    return SourceText.parse(
        new TextCopy("report.md", Optional.empty(), TextCopy.Paragraphs.BLANK_LINES, headings), content);
  }

  @Test
  void parse_givesHeadingsWithLevels_andEachParagraphItemAndCodeBlock_withoutMarkup() {
    SourceText t = text(REPORT, TextCopy.Headings.SKIPPED);

    assertThat(t.blocks())
        .extracting(TextBlock::kind, TextBlock::level, TextBlock::text)
        .containsExactly(
            tuple(TextBlock.Kind.HEADING, 1, "The Calder Strait"),
            tuple(TextBlock.Kind.PARAGRAPH, 0, "Ships have crossed the strait for centuries.\nThe Compact keeps it open."),
            tuple(TextBlock.Kind.HEADING, 2, "Trade"),
            tuple(TextBlock.Kind.PARAGRAPH, 0, "Nine tenths of Haedo's energy imports."),
            tuple(TextBlock.Kind.PARAGRAPH, 0, "Transit fees:"),
            tuple(TextBlock.Kind.PARAGRAPH, 0, "a third source of revenue"),
            tuple(TextBlock.Kind.PARAGRAPH, 0, "paid in kroner"),
            tuple(TextBlock.Kind.PARAGRAPH, 0, "A quoted paragraph."),
            tuple(TextBlock.Kind.PARAGRAPH, 0, "fenced code"),
            tuple(TextBlock.Kind.HEADING, 2, "2 Security"),
            tuple(TextBlock.Kind.HEADING, 3, "2.1 Patrols"),
            tuple(TextBlock.Kind.PARAGRAPH, 0, "Patrols began in 2040."),
            tuple(TextBlock.Kind.HEADING, 2, "Sources"),
            tuple(TextBlock.Kind.PARAGRAPH, 0, "An HTML block."));
    assertThat(t.paragraphs()).hasSize(9);
    assertThat(t.pageCount()).isZero();
  }

  @Test
  void parse_headingsCounted_numbersThem() {
    SourceText t = text(REPORT, TextCopy.Headings.COUNTED);

    assertThat(t.paragraphs()).hasSize(14);
    assertThat(t.paragraphs().get(2).text()).isEqualTo("Trade");
  }

  @Test
  void sections_runToTheNextHeadingAtTheirLevelOrAbove_unlessItIsInside() {
    SourceText t = text(REPORT, TextCopy.Headings.SKIPPED);

    assertThat(t.sections())
        .extracting(TextSection::designation, TextSection::heading, TextSection::first, TextSection::end)
        .containsExactly(tuple("2", "2 Security", 9, 12), tuple("2.1", "2.1 Patrols", 10, 12));
    assertThat(t.passage(new Locator(Locator.Kind.SECTION, "2"))).isEqualTo(Passage.found(9, 12));
  }

  @Test
  void parse_setextAndAtxLevels_andAFrontMatterWithoutItsEnd_isText() {
    SourceText t = text("---\nnot: closed\n\nTitle\n=====\n\nBody.\n", TextCopy.Headings.SKIPPED);

    assertThat(t.blocks()).extracting(TextBlock::level, TextBlock::text)
        .containsExactly(tuple(0, "not: closed"), tuple(1, "Title"), tuple(0, "Body."));
  }

  @Test
  void withoutFrontMatter_endsAtDashesOrDots() {
    assertThat(MarkdownParser.withoutFrontMatter("---\na: 1\n...\nText")).isEqualTo("Text");
    assertThat(MarkdownParser.withoutFrontMatter("Text\n---\n")).isEqualTo("Text\n---\n");
  }
}
