package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.ProvenanceRuleCases.cites;
import static org.briefkit.analysis.tradecraft.ProvenanceRuleCases.citing;
import static org.briefkit.analysis.tradecraft.ProvenanceRuleCases.withText;

import org.briefkit.analysis.CaseMaterials;
import org.junit.jupiter.api.Test;

class LocatorNotFoundTest {
  private final LocatorNotFound rule = new LocatorNotFound();

  @Test
  void check_paragraphBeyondTheText_firesAtTheLocator_sayingHowManyThereAre() {
    assertThat(rule.check(withText(citing(cites("para 1", "Fine."), cites("para 9", "A paraphrase.")))))
        .containsExactly(
            TradecraftWarning.at(
                "locator-not-found", "/motivations/0/evidence/1/locator",
                "para 9 is not in the text of source s1: the text has 3 paragraphs, not counting its heading"));
  }

  @Test
  void check_quoteElsewhere_saysWhereItIs() {
    assertThat(rule.check(withText(citing(cites("paras 4-5", "Its \"first concern\".")))))
        .extracting(TradecraftWarning::message)
        .containsExactly(
            "para 4-5 is not in the text of source s1: the text has 3 paragraphs, not counting its heading;"
                + " the quote \"first concern\" is in ¶2");
  }

  @Test
  void check_sectionOfATextWithoutNumberedHeadings_saysSo() {
    assertThat(rule.check(withText(citing(cites("section 2", "A paraphrase.")))))
        .extracting(TradecraftWarning::message)
        .containsExactly("section 2 is not in the text of source s1: the text has no numbered headings");
  }

  @Test
  void check_placesInTheText_pagesOfAPagelessText_andUncheckedSources_staySilent() {
    String elsewhere = "      - source: s2\n        locator: para 99\n        text: Not checked.\n";

    assertThat(rule.check(withText(citing(cites("para 3", "Fine."), cites("p. 40", "No pages to tell."), elsewhere))))
        .isEmpty();
    assertThat(rule.check(TradecraftInput.of(citing(cites("para 9", "A.")), CaseMaterials.none()))).isEmpty();
  }
}
