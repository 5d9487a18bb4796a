package org.briefkit.report.pdf.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.Arrays;
import org.briefkit.model.Rating;
import org.junit.jupiter.api.Test;

class AchMatrixTableTest {
  /** The grey a greyscale print gives a colour (ITU-R BT.601 luma). */
  private static double grey(Color c) {
    return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
  }

  @Test
  void fill_greyscale_inconsistentDarkest_thenConsistent_neutralLightest() {
    assertThat(grey(AchMatrixTable.fill(Rating.II))).isLessThan(grey(AchMatrixTable.fill(Rating.I)) - 40);
    assertThat(grey(AchMatrixTable.fill(Rating.I))).isLessThan(grey(AchMatrixTable.fill(Rating.CC)) - 20);
    assertThat(grey(AchMatrixTable.fill(Rating.CC))).isLessThan(grey(AchMatrixTable.fill(Rating.C)) - 20);
    assertThat(grey(AchMatrixTable.fill(Rating.C))).isLessThan(grey(AchMatrixTable.fill(Rating.N)));
  }

  @Test
  void fill_diverges_blueForConsistent_redForInconsistent_greyForNotApplicable() {
    for (Rating r : new Rating[] {Rating.CC, Rating.C}) {
      Color c = AchMatrixTable.fill(r);
      assertThat(c.getBlue()).as("%s", r).isGreaterThan(c.getRed());
    }
    for (Rating r : new Rating[] {Rating.I, Rating.II}) {
      Color c = AchMatrixTable.fill(r);
      assertThat(c.getRed()).as("%s", r).isGreaterThan(c.getBlue());
    }
    Color na = AchMatrixTable.fill(Rating.NA);
    assertThat(na.getRed()).isEqualTo(na.getGreen()).isEqualTo(na.getBlue());
  }

  @Test
  void fill_everyRatingItsOwn() {
    assertThat(Arrays.stream(Rating.values()).map(AchMatrixTable::fill).distinct()).hasSize(Rating.values().length);
  }
}
