package org.briefkit.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
  private static float sum(float[] w) {
    float s = 0;
    for (float x : w) {
      s += x;
    }
    return s;
  }

  @Test
  void of_contentThatWrapsEverywhere_keepsTheProportionsAskedFor() {
    float[] w = ColumnWidths.of(300, new float[] {1, 2}, new float[] {20, 20}, new float[] {900, 900});

    assertThat(w[0]).isCloseTo(100, within(0.01f));
    assertThat(w[1]).isCloseTo(200, within(0.01f));
  }

  @Test
  void of_narrowColumnWithALongWord_isWidenedToItFromTheOthers() {
    float[] w = ColumnWidths.of(300, new float[] {1, 5}, new float[] {80, 40}, new float[] {80, 900});

    assertThat(w[0]).isCloseTo(80, within(0.01f));
    assertThat(sum(w)).isCloseTo(300, within(0.01f));
  }

  @Test
  void of_columnWiderThanItsContent_givesTheRestToColumnsThatWrap() {
    float[] w = ColumnWidths.of(300, new float[] {1, 1}, new float[] {30, 40}, new float[] {60, 900});

    assertThat(w[0]).isCloseTo(60, within(0.01f));
    assertThat(w[1]).isCloseTo(240, within(0.01f));
  }

  @Test
  void of_wordsWiderThanTheTable_shareWhatThereIs() {
    float[] w = ColumnWidths.of(100, new float[] {1, 1}, new float[] {150, 90}, new float[] {150, 90});

    assertThat(sum(w)).isCloseTo(100, within(0.01f));
    assertThat(w[0]).isGreaterThan(w[1]);
  }

  @Test
  void of_columnOfBadges_keepsItsShareWhileTheOthersFollowTheirContent() {
    float nan = Float.NaN;
    float[] w = ColumnWidths.of(400, new float[] {1, 1, 2}, new float[] {10, 0, 30}, new float[] {20, nan, 900});

    assertThat(w[1]).isCloseTo(100, within(0.01f));
    assertThat(w[0]).isCloseTo(20, within(0.01f));
    assertThat(w[2]).isCloseTo(280, within(0.01f));
  }

  @Test
  void of_valuesPerColumnMissing_isRefused() {
    assertThatThrownBy(() -> ColumnWidths.of(100, new float[] {1, 1}, new float[] {1}, new float[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shares (2), word widths (1) and content widths (2) must have one value per column");
  }
}
