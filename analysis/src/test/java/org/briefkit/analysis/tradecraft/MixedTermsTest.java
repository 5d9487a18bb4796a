package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.TradecraftCases.WITH_M1;
import static org.briefkit.analysis.tradecraft.TradecraftCases.judgment;
import static org.briefkit.analysis.tradecraft.TradecraftCases.parse;

import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class MixedTermsTest {
  private final MixedTerms rule = new MixedTerms();

  private static Case statements(String... statements) {
    StringBuilder yaml = new StringBuilder(WITH_M1).append("judgments:\n");
    for (int i = 0; i < statements.length; i++) {
      yaml.append("  - id: kj").append(i + 1).append("\n    statement: ").append(statements[i])
          .append("\n    confidence: low\n    supportedBy: [m1]\n");
    }
    return parse(yaml.toString());
  }

  @Test
  void check_twoWordsForOneBand_firesAtTheLaterWord() {
    assertThat(rule.check(statements("It is likely to hold.", "A deal is probable.")))
        .containsExactly(
            new TradecraftWarning(
                "mixed-terms", "/judgments/1/statement", 10,
                "\"probable\" and \"likely\" (judgment kj1) say the same band, likely (55–80 %):"
                    + " readers take different words for different probabilities; use one"));
  }

  @Test
  void check_everyLaterWord_namesTheFirst() {
    assertThat(rule.check(statements("It is likely, even probable.", "Talks are likely.", "Quite probable.")))
        .extracting(w -> w.pointer() + "@" + w.offset())
        .containsExactly("/judgments/0/statement@19", "/judgments/2/statement@6");
  }

  @Test
  void check_sameWordInAnyCase_staysSilent() {
    assertThat(rule.check(statements("Likely.", "It is LIKELY.", "It is likely."))).isEmpty();
  }

  @Test
  void check_differentBands_staySilent() {
    assertThat(rule.check(statements("It is likely.", "It is very likely.", "It is unlikely."))).isEmpty();
  }

  @Test
  void check_otherScalesTerm_isNotCounted() {
    assertThat(rule.check(judgment("Very likely, even highly likely.", "low", null))).isEmpty();
  }
}
