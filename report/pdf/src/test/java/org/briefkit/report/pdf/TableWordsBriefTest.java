package org.briefkit.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefkit.analysis.Analyzer;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.Case;
import org.briefkit.model.io.CaseWriter;
import org.briefkit.report.ReportOptions;
import org.junit.jupiter.api.Test;

/**
 * No word in a table is split without a hyphen: read back from the rendered brief, every piece
 * of text that is the start of a word of the case but not a word itself ends with a hyphen.
 */
class TableWordsBriefTest {
  private static final String LONG = "Pneumonoultramicroscopicsilicovolcanoconiosis";

  /** The case's words, without the punctuation around them, lower-cased. */
  private static Set<String> words(Case c) {
    Set<String> out = new HashSet<>();
    for (String token : CaseWriter.toYaml(c).split("[\\s\"']+")) {
      String w = bare(token);
      // keys are no words of the text; Hangul and digits may break anywhere
      if (!token.endsWith(":") && w.matches("\\p{IsLatin}+")) {
        out.add(w);
      }
    }
    return out;
  }

  private static String bare(String token) {
    return token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").toLowerCase(Locale.ROOT);
  }

  /**
   * The words of the case that the pages show cut in two without a hyphen: a piece of text that
   * is no word of the case, and that a word of the case (in Latin letters) starts with, the rest
   * of the word, two letters or more, standing as a piece of text of its own on the same page
   * ("Organisati" ... "on").
   */
  private static List<String> cutWords(Rendered.Output pdf, Case c) {
    Set<String> words = words(c);
    List<String> cut = new ArrayList<>();
    List<String> pages = pdf.pages();
    for (int p = 0; p < pages.size(); p++) {
      Set<String> pieces = new HashSet<>();
      for (String token : pages.get(p).split(" ")) {
        pieces.add(bare(token));
      }
      for (String token : pages.get(p).split(" ")) {
        String w = bare(token);
        if (w.length() < 3 || token.endsWith("-") || words.contains(w)) {
          continue;
        }
        for (String word : words) {
          if (word.length() > w.length() + 1 && word.startsWith(w) && pieces.contains(word.substring(w.length()))) {
            cut.add("page " + (p + 1) + ": " + token + " / " + word.substring(w.length()) + " (" + word + ")");
          }
        }
      }
    }
    return cut;
  }

  @Test
  void render_madridSample_splitsNoTableWordWithoutAHyphen() {
    assertThat(cutWords(Rendered.Madrid.PDF, Rendered.Madrid.CASE)).isEmpty();
    assertThat(Rendered.Madrid.PDF.text()).contains("Organisation");
  }

  @Test
  void render_calderSample_splitsNoTableWordWithoutAHyphen() {
    assertThat(cutWords(Rendered.Calder.PDF, Rendered.Calder.CASE)).isEmpty();
  }

  @Test
  void render_wordsWiderThanTheirColumns_areHyphenatedOnEveryLine() {
    ActorId bureau = ActorId.of("bureau");
    Case base = Fixtures.korea();
    List<Actor> actors = new ArrayList<>();
    actors.add(Actor.builder(bureau, LONG + " " + LONG + " Bureau", ActorKind.ORGANISATION)
        .role("Studies " + LONG.toLowerCase(Locale.ROOT) + " among " + LONG.toLowerCase(Locale.ROOT) + " cases")
        .build());
    actors.add(Actor.builder(ActorId.of("office"), "Office", ActorKind.INSTITUTION).affiliation(bureau).build());
    Case c = base.toBuilder().actors(actors).build();

    Rendered.Output pdf = Rendered.render(Analyzer.analyze(c), ReportOptions.builder().timestamp(Rendered.FIXED).build());

    assertThat(cutWords(pdf, c)).isEmpty();
    String drawn = pdf.drawnCompact();
    assertThat(drawn.replace("-", "")).contains(LONG + LONG + "Bureau");
    assertThat(drawn).doesNotContain(LONG);
  }
}
