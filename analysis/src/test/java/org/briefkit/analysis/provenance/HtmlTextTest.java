package org.briefkit.analysis.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.briefkit.model.TextCopy;
import org.junit.jupiter.api.Test;

/** HTML texts: headings with levels, every block of text a paragraph, what is not read left out. */
class HtmlTextTest {
  static final String PAGE =
      """
      <!DOCTYPE html>
      <html><head><title>Not read</title><style>p { margin: 0 }</style></head>
      <body>
      <nav><a href="/">Home</a> | <a href="/about">About</a></nav>
      <h1>The Calder&nbsp;Strait</h1>
      <p>Ships have crossed the strait for <a href="#">centuries</a> &mdash; since
         &ldquo;time out of mind&rdquo;.</p>
      <div>Loose text in a div.<p>A paragraph in it.</p>More loose text.</div>
      <ul><li>First item</li><li>Second <b>item</b><ul><li>Nested item</li></ul></li></ul>
      <blockquote><p>A quoted paragraph.</p></blockquote>
      <pre>code   kept
        as is</pre>
      <dl><dt>Term</dt><dd>Its definition.</dd></dl>
      <figure><img src="x.png" alt="a picture"><figcaption>A caption.</figcaption></figure>
      <h2>2 Security</h2>
      <h3>2.1 Patrols</h3>
      <p>Patrols began<br>in 2040.</p>
      <h2>Sources</h2>
      <script>var x = "not read";</script>
      <noscript>Not read either.</noscript>
      <p>Last.</p>
      </body></html>
      """;

  static SourceText text(String content) {
    return SourceText.parse(TextCopy.of("page.html"), content);
  }

  @Test
  void parse_givesHeadingsWithLevels_andEachBlockOfText_entitiesDecoded() {
    SourceText t = text(PAGE);

    assertThat(t.blocks())
        .extracting(TextBlock::level, TextBlock::text)
        .containsExactly(
            tuple(1, "The Calder Strait"),
            tuple(0, "Ships have crossed the strait for centuries — since “time out of mind”."),
            tuple(0, "Loose text in a div."),
            tuple(0, "A paragraph in it."),
            tuple(0, "More loose text."),
            tuple(0, "First item"),
            tuple(0, "Second item"),
            tuple(0, "Nested item"),
            tuple(0, "A quoted paragraph."),
            tuple(0, "code kept\nas is"),
            tuple(0, "Term"),
            tuple(0, "Its definition."),
            tuple(0, "A caption."),
            tuple(2, "2 Security"),
            tuple(3, "2.1 Patrols"),
            tuple(0, "Patrols began\nin 2040."),
            tuple(2, "Sources"),
            tuple(0, "Last."));
    assertThat(t.headings()).hasSize(4);
    assertThat(t.paragraphs()).hasSize(14);
  }

  @Test
  void sections_followTheHeadingLevels() {
    assertThat(text(PAGE).sections())
        .extracting(TextSection::designation, TextSection::first, TextSection::end)
        .containsExactly(tuple("2", 13, 16), tuple("2.1", 14, 16));
  }

  @Test
  void parse_formatGivenOverridesTheExtension() {
    SourceText t =
        SourceText.parse(
            new TextCopy("page.txt", Optional.of(TextCopy.Format.HTML), TextCopy.Paragraphs.BLANK_LINES,
                TextCopy.Headings.SKIPPED),
            "<p>One.</p><p>Two.</p>");

    assertThat(t.paragraphs()).extracting(TextBlock::text).containsExactly("One.", "Two.");
  }

  @Test
  void parse_fragmentWithoutBody_andBrokenMarkup_stillReads() {
    assertThat(text("<p>Unclosed <b>bold<p>Next &amp; last").paragraphs())
        .extracting(TextBlock::text)
        .containsExactly("Unclosed bold", "Next & last");
  }
}
