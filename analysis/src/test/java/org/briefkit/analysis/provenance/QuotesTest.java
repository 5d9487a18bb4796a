package org.briefkit.analysis.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {
  private static List<String> texts(String evidence) {
    return Quotes.in(evidence).stream().map(Quote::text).toList();
  }

  @Test
  void in_straightAndCurlyDoubleQuotes_withTheirOffsets() {
    String e = "NATO is \"primarily driven\" by it and “particularly China” worries it.";

    assertThat(Quotes.in(e))
        .extracting(Quote::offset, Quote::text)
        .containsExactly(tuple(8, "primarily driven"), tuple(37, "particularly China"));
  }

  @Test
  void in_singleQuotes_butNotApostrophes() {
    assertThat(texts("Yoon's aim is a 'global pivotal state'.")).containsExactly("global pivotal state");
    assertThat(texts("Seoul’s aim is a ‘global pivotal state’, NATO's too.")).containsExactly("global pivotal state");
    assertThat(texts("NATO's members' views and Seoul’s ties")).isEmpty();
    assertThat(texts("the members' and the partners' views")).isEmpty();
  }

  @Test
  void in_quoteInsideAQuote_belongsToIt() {
    assertThat(texts("He said \"it is a 'pivot' now\" and left.")).containsExactly("it is a 'pivot' now");
    assertThat(texts("‘the “Asia-Pacific four” met’")).containsExactly("the “Asia-Pacific four” met");
  }

  @Test
  void in_afterOpeningPunctuation_andBeforeClosingPunctuation() {
    assertThat(texts("a first for Seoul (\"only last May\").")).containsExactly("only last May");
    assertThat(texts("\"primarily\"—not \"only\"")).containsExactly("primarily", "only");
  }

  @Test
  void in_unclosedOrStrayMarks_quoteNothing() {
    assertThat(texts("a 12\" gun and a \"loose end")).isEmpty();
    assertThat(texts("“never closed")).isEmpty();
    assertThat(texts("\"\" and \" spaced \"")).isEmpty();
  }

  @Test
  void in_ellipsisAndBracketedInsertions_splitTheQuoteIntoParts() {
    assertThat(Quotes.in("\"engagement … is primarily driven\" and \"the [Korean] ties ... grew\"; \"[T]he alliance\""))
        .extracting(q -> (List<String>) q.parts())
        .containsExactly(
            List.of("engagement", "is primarily driven"), List.of("the", "ties", "grew"), List.of("he alliance"));
    assertThat(texts("only \"...\" here")).isEmpty();
  }

  @Test
  void shown_cutsLongQuotesAtAWord() {
    assertThat(Quotes.shown("short\n quote")).isEqualTo("\"short quote\"");
    assertThat(Quotes.shown("From NATO's perspective, engagement with South Korea is primarily driven by an interest"))
        .isEqualTo("\"From NATO's perspective, engagement with South Korea is…\"");
  }
}
