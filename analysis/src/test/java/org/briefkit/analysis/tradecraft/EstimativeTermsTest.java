package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefkit.model.EstimativeScale;
import org.junit.jupiter.api.Test;

class EstimativeTermsTest {
  private static final EstimativeScale ICD = EstimativeScale.named("icd-203").orElseThrow();
  private static final EstimativeScale PHIA = EstimativeScale.named("phia").orElseThrow();

  /** Each match as "offset+length text scale/band". */
  private static List<String> found(EstimativeScale scale, String text) {
    return EstimativeTerms.of(scale).find(text).stream()
        .map(m -> m.offset() + "+" + m.length() + " " + m.text() + " " + m.scale().id() + "/" + m.band().key())
        .toList();
  }

  @Test
  void find_longestTermFirst_veryUnlikelyIsOneTerm() {
    assertThat(found(ICD, "It is very unlikely, not unlikely."))
        .containsExactly("6+13 very unlikely icd-203/very-unlikely", "25+8 unlikely icd-203/unlikely");
  }

  @Test
  void find_anyCase_andAnyBlanksBetweenWords() {
    assertThat(found(ICD, "Very\n  LIKELY; Roughly even chance"))
        .containsExactly("0+13 Very\n  LIKELY icd-203/very-likely", "15+19 Roughly even chance icd-203/roughly-even-chance");
  }

  @Test
  void find_hyphenatedTerm_isTheTerm() {
    assertThat(found(ICD, "a very-likely outcome")).containsExactly("2+11 very-likely icd-203/very-likely");
  }

  @Test
  void find_partsOfWords_areNotTerms() {
    assertThat(found(ICD, "Unlikelyhood, likelying, improbables, remotely, non-likely")).isEmpty();
  }

  @Test
  void find_termOfBothScales_isTheCasesScale() {
    assertThat(found(PHIA, "likely")).containsExactly("0+6 likely phia/likely");
    assertThat(found(ICD, "likely")).containsExactly("0+6 likely icd-203/likely");
  }

  @Test
  void find_otherScalesTerm_longerThanTheCasesTerm_isTheOtherScales() {
    assertThat(found(ICD, "It is highly likely.")).containsExactly("6+13 highly likely phia/highly-likely");
    assertThat(found(ICD, "a remote chance")).containsExactly("2+13 remote chance phia/remote-chance");
    assertThat(found(PHIA, "very likely")).containsExactly("0+11 very likely icd-203/very-likely");
  }

  @Test
  void find_alternateTerms_nameTheirBand() {
    assertThat(found(ICD, "probable, highly probable, nearly certain"))
        .containsExactly(
            "0+8 probable icd-203/likely",
            "10+15 highly probable icd-203/very-likely",
            "27+14 nearly certain icd-203/almost-certain");
  }

  @Test
  void find_charactersOutsideTheBmp_offsetsAreCharIndexes() {
    assertThat(found(ICD, "😀 likely")).containsExactly("3+6 likely icd-203/likely");
  }

  @Test
  void find_noTerm_findsNothing() {
    assertThat(found(ICD, "NATO will meet in Madrid.")).isEmpty();
  }

  @Test
  void quoted_makesBlanksSingleSpaces() {
    assertThat(EstimativeTerms.of(ICD).find("very\n likely").get(0).quoted()).isEqualTo("\"very likely\"");
  }
}
