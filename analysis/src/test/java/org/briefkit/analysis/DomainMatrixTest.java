package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.briefkit.analysis.Fixtures.*;

import org.briefkit.model.DomainId;
import org.briefkit.model.StakeholderId;
import org.junit.jupiter.api.Test;

class DomainMatrixTest {
  private final DomainMatrix matrix = Analyzer.analyze(fixture()).matrix();

  @Test
  void cells_everyPairIncludingZeros_inCaseOrder() {
    assertThat(matrix.cells().size()).isEqualTo(3 * 6);
    assertThat(matrix.cells().rowKeySet()).containsExactly(NATO, ROK, EU);
    assertThat(matrix.cells().columnKeySet())
        .containsExactly(DIPLOMACY, REGIONAL, CYBER, NONPRO, MILITARY, ARMS);
    assertThat(matrix.cell(EU, CYBER)).isEqualTo(MatrixCell.EMPTY);
    assertThat(matrix.cell(NATO, REGIONAL)).isEqualTo(MatrixCell.EMPTY);
  }

  @Test
  void cell_countWeightAndShareOfTheStakeholdersTotal() {
    MatrixCell c = matrix.cell(NATO, CYBER);
    assertThat(c.count()).isEqualTo(2);
    assertThat(c.weight()).isEqualTo(5);
    assertThat(c.share()).isCloseTo(5.0 / 9, within(1e-12));
    assertThat(c.countShare()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void shares_ofEachStakeholderWithMotivations_addUpToOne() {
    for (StakeholderId s : new StakeholderId[] {NATO, ROK}) {
      double sum = 0;
      for (DomainId d : matrix.cells().columnKeySet()) {
        sum += matrix.cell(s, d).share();
      }
      assertThat(sum).isCloseTo(1.0, within(1e-12));
    }
  }

  @Test
  void totals_byStakeholderByDomainAndGrand() {
    assertThat(matrix.stakeholderTotals())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(NATO, new Tally(4, 9)),
            org.assertj.core.api.Assertions.entry(ROK, new Tally(3, 7)),
            org.assertj.core.api.Assertions.entry(EU, Tally.ZERO));
    assertThat(matrix.domainTotals().get(CYBER)).isEqualTo(new Tally(3, 6));
    assertThat(matrix.domainTotals().get(DIPLOMACY)).isEqualTo(new Tally(2, 4));
    assertThat(matrix.domainTotals().get(MILITARY)).isEqualTo(Tally.ZERO);
    assertThat(matrix.total()).isEqualTo(new Tally(7, 16));
  }

  @Test
  void cell_unknownDomain_throwsWithBothIds() {
    assertThatThrownBy(() -> matrix.cell(NATO, DomainId.of("space")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no matrix cell for stakeholder \"nato\" and domain \"space\"");
  }
}
