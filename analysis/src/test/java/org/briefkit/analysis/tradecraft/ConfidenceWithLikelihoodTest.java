package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.TradecraftCases.judgment;

import org.junit.jupiter.api.Test;

class ConfidenceWithLikelihoodTest {
  private final ConfidenceWithLikelihood rule = new ConfidenceWithLikelihood();

  @Test
  void check_bothInOneSentence_firesAtTheConfidenceWording() {
    assertThat(rule.check(judgment("We assess with high confidence that Seoul will likely join.", "high", "likely")))
        .containsExactly(
            new TradecraftWarning(
                "confidence-with-likelihood", "/judgments/0/statement", 15,
                "one sentence says both how confident (\"high confidence\") and how likely (\"likely\"):"
                    + " state confidence and likelihood in separate sentences"));
  }

  @Test
  void check_hyphenatedConfidence_counts() {
    assertThat(rule.check(judgment("We hold this high-confidence judgment that Atlantis will likely sign.", "high", "likely")))
        .extracting(TradecraftWarning::offset, TradecraftWarning::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(13,
            "one sentence says both how confident (\"high-confidence\") and how likely (\"likely\"):"
                + " state confidence and likelihood in separate sentences"));
  }

  @Test
  void check_secondSentence_firesThere() {
    assertThat(rule.check(judgment("Seoul will join. We are fairly confident this is unlikely to change.", "high", null)))
        .containsExactly(
            new TradecraftWarning(
                "confidence-with-likelihood", "/judgments/0/statement", 24,
                "one sentence says both how confident (\"fairly confident\") and how likely (\"unlikely\"):"
                    + " state confidence and likelihood in separate sentences"));
  }

  @Test
  void check_otherScalesTerm_counts() {
    assertThat(rule.check(judgment("'We are confident it is highly likely.'", "high", null)))
        .extracting(TradecraftWarning::offset)
        .containsExactly(0);
  }

  @Test
  void check_separateSentences_staySilent() {
    assertThat(rule.check(judgment("We have high confidence in the sources. Seoul will likely join.", "high", "likely")))
        .isEmpty();
  }

  @Test
  void check_confidenceWithoutTerm_staysSilent() {
    assertThat(rule.check(judgment("We assess with moderate confidence that Seoul will join.", "moderate", null)))
        .isEmpty();
  }

  @Test
  void check_confidenceInsideAnotherWord_staysSilent() {
    assertThat(rule.check(judgment("Its high-confidence-building measures will likely work.", "moderate", "likely")))
        .isEmpty();
  }
}
