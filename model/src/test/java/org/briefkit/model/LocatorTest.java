package org.briefkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A locator's range ends and its reading order. */
class LocatorTest {
  @Test
  void startAndEnd_ofANumberASectionAndARange() {
    assertThat(Locator.parse("para 4").start()).isEqualTo("4");
    assertThat(Locator.parse("para 4").end()).isEqualTo("4");
    assertThat(Locator.parse("paras 3-7").start()).isEqualTo("3");
    assertThat(Locator.parse("paras 3-7").end()).isEqualTo("7");
    assertThat(Locator.parse("section 2.1-2.4").start()).isEqualTo("2.1");
    assertThat(Locator.parse("section 2.1-2.4").end()).isEqualTo("2.4");
  }

  @Test
  void readingOrder_partsBeforeSubsectionsNumbersBeforeAnnexes_rangesByStartThenEnd() {
    List<String> order = Stream.of("section A", "section 10", "section 2.3", "section 2-3", "section 2",
            "section 2.10", "section 2.3-2.4", "section 1")
        .map(Locator::parse)
        .sorted(Locator.READING_ORDER)
        .map(Locator::value)
        .toList();

    assertThat(order).containsExactly("1", "2", "2-3", "2.3", "2.3-2.4", "2.10", "10", "A");
  }
}
