package org.briefkit.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a line may end: not inside a Korean word, as OpenPDF would allow after any syllable. */
class WordSplitTest {
  private static boolean splitsAfter(String text, int i) {
    char[] cc = text.toCharArray();
    return WordSplit.INSTANCE.isSplitCharacter(0, i, cc.length, cc, null);
  }

  @Test
  void hangulSyllable_isNoBreak() {
    assertThat(splitsAfter("한국", 0)).isFalse();
    assertThat(splitsAfter("힣", 0)).isFalse();
  }

  @Test
  void spaceAndHyphen_areBreaks() {
    assertThat(splitsAfter("한국 NATO", 2)).isTrue();
    assertThat(splitsAfter("한-NATO", 1)).isTrue();
  }

  @Test
  void chineseCharacter_isStillABreak() {
    assertThat(splitsAfter("岸田文雄", 1)).isTrue();
  }

  @Test
  void hangul_coversSyllablesAndJamo() {
    assertThat(WordSplit.hangul('가')).isTrue();
    assertThat(WordSplit.hangul('ㄱ')).isTrue();
    assertThat(WordSplit.hangul('\u1100')).isTrue();
    assertThat(WordSplit.hangul('A')).isFalse();
    assertThat(WordSplit.hangul('日')).isFalse();
  }
}
