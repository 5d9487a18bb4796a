package org.briefkit.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HyphenatorTest {
  private final Hyphenator english = Hyphenator.english();

  @Test
  void points_englishWords_followTheTexPatterns() {
    assertThat(english.show("organisation")).isEqualTo("or-gan-i-sa-tion");
    assertThat(english.show("hyphenation")).isEqualTo("hy-phen-ation");
    assertThat(english.show("Institution")).isEqualTo("In-sti-tu-tion");
    assertThat(english.show("proliferation")).isEqualTo("pro-lif-er-a-tion");
  }

  @Test
  void points_keepTwoLettersBeforeAndThreeAfter() {
    for (String word : new String[] {"organisation", "hyphenation", "cooperation", "counterintelligence"}) {
      assertThat(english.points(word)).allMatch(p -> p >= 2 && p <= word.length() - 3);
    }
  }

  @Test
  void points_shortWordsAndNonLetters_haveNone() {
    assertThat(english.points("into")).isEmpty();
    assertThat(english.points("CCDCOE)")).isEmpty();
    assertThat(english.points("2022")).isEmpty();
  }

  @Test
  void points_wordsWhoseLowerCaseChangesLengthOrLeaveTheBmp_haveNone() {
    // "İ" lower-cases to two chars: points found in the lower case would not index the word.
    assertThat(english.points("İnstitution")).isEmpty();
    assertThat(english.points("organ\uD835\uDC00isation")).isEmpty();
  }

  @Test
  void forLanguage_englishTagsHyphenate_otherLanguagesDoNot() {
    assertThat(Hyphenator.forLanguage("en-GB").points("organisation")).isNotEmpty();
    assertThat(Hyphenator.forLanguage("EN").points("organisation")).isNotEmpty();
    assertThat(Hyphenator.forLanguage("ko").points("organisation")).isEmpty();
  }
}
