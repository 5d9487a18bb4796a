package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.Fixtures.*;

import org.junit.jupiter.api.Test;

class DriverIndexTest {
  private final DriverIndex index = Analyzer.analyze(fixture()).drivers();

  @Test
  void rows_onlyActorsThatDrive_inActorOrder() {
    assertThat(index.rows()).extracting(r -> r.driver().id().value())
        .containsExactly("prk", "chn", "rus");
  }

  @Test
  void row_countsEachMotivationOnceEvenIfTheDriverIsNamedTwice() {
    DriverRow prk = index.rows().get(0);
    assertThat(prk.tally()).isEqualTo(new Tally(4, 9));
    assertThat(prk.motivations()).extracting(m -> m.id().value())
        .containsExactly("n1", "n2", "n3", "r3");
    assertThat(prk.byStakeholder().get(NATO).tally()).isEqualTo(new Tally(3, 8));
    assertThat(prk.byStakeholder().get(ROK).motivations()).extracting(m -> m.id().value())
        .containsExactly("r3");
  }

  @Test
  void cells_everyDriverAndStakeholder_zerosIncluded() {
    assertThat(index.cells().size()).isEqualTo(3 * 3);
    assertThat(index.cells().get(RUS, NATO)).isEqualTo(DriverCell.EMPTY);
    assertThat(index.cells().get(CHN, ROK).tally()).isEqualTo(new Tally(1, 3));
    assertThat(index.cells().columnKeySet()).containsExactly(NATO, ROK, EU);
  }

  @Test
  void byWeight_heaviestFirst_tiesInActorOrder() {
    assertThat(index.byWeight()).extracting(r -> r.driver().id().value())
        .containsExactly("prk", "chn", "rus");
  }

  @Test
  void index_noDrivers_isEmpty() {
    assertThat(Analyzer.analyze(empty()).drivers().rows()).isEmpty();
    assertThat(Analyzer.analyze(empty()).drivers().cells().isEmpty()).isTrue();
  }
}
