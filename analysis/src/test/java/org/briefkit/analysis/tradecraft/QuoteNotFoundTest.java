package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.ProvenanceRuleCases.cites;
import static org.briefkit.analysis.tradecraft.ProvenanceRuleCases.citing;
import static org.briefkit.analysis.tradecraft.ProvenanceRuleCases.withText;

import org.briefkit.analysis.CaseMaterials;
import org.junit.jupiter.api.Test;

class QuoteNotFoundTest {
  private final QuoteNotFound rule = new QuoteNotFound();

  @Test
  void check_quoteInAnotherParagraph_firesAtTheQuote_sayingWhereItIs() {
    assertThat(rule.check(withText(citing(cites("para 1", "Haedo calls it its \"first concern\".")))))
        .containsExactly(
            new TradecraftWarning(
                "quote-not-found", "/motivations/0/evidence/0/text", 19,
                "quote \"first concern\" is found in ¶2 of the text of source s1, not ¶1"));
  }

  @Test
  void check_misquote_givesTheClosestPassageOfTheParagraph() {
    assertThat(rule.check(withText(citing(cites("para 3", "Varnya is \"Tarsk's sole partner with influence\".")))))
        .containsExactly(
            new TradecraftWarning(
                "quote-not-found", "/motivations/0/evidence/0/text", 10,
                "quote \"Tarsk's sole partner with influence\" is not in ¶3 of the text of source s1, nor"
                    + " elsewhere in it; the closest passage there is \"Tarsk's only partner with influence\", in ¶3"));
  }

  @Test
  void check_misquoteWithoutLocator_givesTheClosestPassageOfTheText() {
    assertThat(rule.check(withText(citing(cites(null, "Haedo's \"energy imports cross the straits\" matter.")))))
        .extracting(TradecraftWarning::message)
        .containsExactly(
            "quote \"energy imports cross the straits\" is not in the text of source s1; the closest passage is"
                + " \"energy imports cross the strait\", in ¶2");
  }

  @Test
  void check_partAfterAnEllipsis_isNamed() {
    assertThat(rule.check(withText(citing(cites("para 2", "\"Nine tenths … cross the channel\"")))))
        .extracting(TradecraftWarning::offset, TradecraftWarning::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                0,
                "\"cross the channel\" (of the quote \"Nine tenths … cross the channel\") is not in ¶2 of the text"
                    + " of source s1, nor elsewhere in it; the closest passage there is \"cross the strait\", in ¶2"));
  }

  @Test
  void check_nothingClose_saysSo() {
    assertThat(rule.check(withText(citing(cites("para 3", "It said \"zebras yodel\".")))))
        .extracting(TradecraftWarning::message)
        .containsExactly(
            "quote \"zebras yodel\" is not in ¶3 of the text of source s1, nor elsewhere in it, and nothing there"
                + " comes close");
  }

  @Test
  void check_quotesWhereCited_curlyOrStraight_hyphenatedOrNot_staySilent() {
    assertThat(
            rule.check(
                withText(
                    citing(
                        cites("para 2", "Haedo calls it its \"first concern\"; 'nine tenths' of imports."),
                        cites("para 3", "Varnya is “Tarsk's only partner with influence”."),
                        cites("para 1", "NATO's and Seoul’s task force kept it open."),
                        cites("section 4", "A \"first concern\" under a locator not found is that rule's.")))))
        .isEmpty();
  }

  @Test
  void check_withoutTexts_staysSilent() {
    assertThat(rule.check(TradecraftInput.of(citing(cites("para 1", "A \"misquote\".")), CaseMaterials.none()))).isEmpty();
  }
}
