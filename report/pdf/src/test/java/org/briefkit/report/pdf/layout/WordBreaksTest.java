package org.briefkit.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordBreaksTest {
  private static final Font FONT = font();
  private final WordBreaks english = new WordBreaks(Hyphenator.english());

  private static Font font() {
    try {
      return new Font(BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED), 8f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float width(String s) {
    return FONT.getBaseFont().getWidthPoint(s, 8f);
  }

  private String fit(WordBreaks breaks, String text, float width) {
    return breaks.fit(List.of(new Chunk(text, FONT)), width).stream().map(Chunk::getContent).collect(Collectors.joining());
  }

  @Test
  void fit_wordsThatFit_areLeftAlone() {
    List<Chunk> chunks = List.of(new Chunk("Organisation of states", FONT));

    assertThat(english.fit(chunks, width("Organisation") + 2)).isSameAs(chunks);
  }

  @Test
  void fit_wordWiderThanTheCell_breaksAtTheLastHyphenationPointThatFits() {
    String fitted = fit(english, "Organisation", width("Organisa-") + WordBreaks.SLACK + 0.5f);

    assertThat(fitted).isEqualTo("Organisa-\ntion");
  }

  @Test
  void fit_everyLineOfABrokenWord_fitsAndEndsWithAHyphen() {
    String word = "Counterintelligence";
    float cell = width("Counter-") + WordBreaks.SLACK + 0.5f;

    List<String> lines = List.of(fit(english, word, cell).split("\n"));

    assertThat(lines).hasSizeGreaterThan(2);
    assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.endsWith("-"));
    assertThat(lines).allMatch(l -> width(l) <= cell - WordBreaks.SLACK);
    assertThat(String.join("", lines).replace("-", "")).isEqualTo(word);
  }

  @Test
  void fit_wordWithASlashOrHyphen_breaksAfterItWithoutAddingOne() {
    assertThat(fit(english, "Seoul/Washington", width("Washington") + 2f)).isEqualTo("Seoul/\nWashington");
    assertThat(fit(english, "ROK-US", width("ROK-") + 2f)).isEqualTo("ROK-\nUS");
  }

  @Test
  void fit_wordWithoutAnyPoint_isCutWithAHyphenShown() {
    String fitted = fit(english, "CCDCOE2022", width("CCDCO-") + WordBreaks.SLACK + 0.5f);

    assertThat(fitted).isEqualTo("CCDCO-\nE2022");
  }

  @Test
  void fit_wordCutWithoutAPoint_neverBetweenTheHalvesOfACharacterOutsideTheBmp() {
    String word = "X\uD835\uDC00\uD835\uDC01\uD835\uDC02\uD835\uDC03\uD835\uDC04\uD835\uDC05";
    for (float cell = width("X-") + 1f; cell < width(word); cell += 0.7f) {
      for (String line : fit(english, word, cell).split("\n")) {
        String text = line.endsWith("-") ? line.substring(0, line.length() - 1) : line;
        assertThat(Character.isHighSurrogate(text.charAt(text.length() - 1))).as("%s at %s", line, cell).isFalse();
        assertThat(Character.isLowSurrogate(text.charAt(0))).as("%s at %s", line, cell).isFalse();
      }
    }
  }

  @Test
  void fit_languageWithoutPatterns_cutsWithAHyphenToo() {
    WordBreaks none = new WordBreaks(Hyphenator.forLanguage("ko"));

    assertThat(fit(none, "Organisation", width("Organisa-") + WordBreaks.SLACK + 0.5f)).isEqualTo("Organisa-\ntion");
  }

  @Test
  void fit_hangul_isLeftToBreakBetweenSyllables() {
    List<Chunk> chunks = List.of(new Chunk("조선민주주의인민공화국", FONT));

    assertThat(english.fit(chunks, 10f)).isSameAs(chunks);
  }

  @Test
  void fit_chunksInSeveralFonts_keepTheirFontsAndAttributes() {
    Chunk first = new Chunk("Big ", FONT);
    Chunk second = new Chunk("Organisation", FONT);
    second.setLocalGoto("there");

    List<Chunk> out = english.fit(List.of(first, second), width("Organisa-") + WordBreaks.SLACK + 0.5f);

    assertThat(out).hasSize(2);
    assertThat(out.get(0)).isSameAs(first);
    assertThat(out.get(1).getContent()).isEqualTo("Organisa-\ntion");
    assertThat(out.get(1).getChunkAttributes()).containsKey(Chunk.LOCALGOTO);
  }
}
