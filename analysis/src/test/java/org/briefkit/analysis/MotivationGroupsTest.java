package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.briefkit.analysis.Fixtures.*;

import org.briefkit.model.Motivation;
import org.briefkit.model.StakeholderId;
import org.junit.jupiter.api.Test;

class MotivationGroupsTest {
  private final MotivationGroups groups = Analyzer.analyze(fixture()).motivations();

  private static String ids(Iterable<Motivation> ms) {
    StringBuilder b = new StringBuilder();
    for (Motivation m : ms) {
      b.append(b.length() == 0 ? "" : ",").append(m.id());
    }
    return b.toString();
  }

  @Test
  void groups_everyStakeholder_inCaseOrderIncludingOneWithoutMotivations() {
    assertThat(groups.stakeholders())
        .extracting(g -> g.stakeholder().id().value())
        .containsExactly("nato", "rok", "eu");
  }

  @Test
  void stakeholderGroup_countsAndWeighsBySalience() {
    assertThat(groups.of(NATO).tally()).isEqualTo(new Tally(4, 9));
    assertThat(groups.of(ROK).tally()).isEqualTo(new Tally(3, 7));
    assertThat(ids(groups.of(NATO).motivations())).isEqualTo("n1,n2,n3,n4");
  }

  @Test
  void stakeholderGroup_domainsInTaxonomyOrderOnlyWhereHeld() {
    StakeholderGroup nato = groups.of(NATO);
    assertThat(nato.domains())
        .extracting(d -> d.domain().id().value(), DomainGroup::count, DomainGroup::weight)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("diplomacy", 1, 1),
            org.assertj.core.groups.Tuple.tuple("cyber", 2, 5),
            org.assertj.core.groups.Tuple.tuple("non-proliferation", 1, 3));
    assertThat(ids(nato.domain(CYBER).orElseThrow().motivations())).isEqualTo("n1,n2");
    assertThat(nato.domain(ARMS)).isEmpty();
    assertThat(nato.byDomain().keySet()).containsExactly(DIPLOMACY, CYBER, NONPRO);
  }

  @Test
  void stakeholderGroup_withoutMotivations_isEmptyNotMissing() {
    StakeholderGroup eu = groups.of(EU);
    assertThat(eu.tally()).isEqualTo(Tally.ZERO);
    assertThat(eu.domains()).isEmpty();
    assertThat(eu.motivations()).isEmpty();
    assertThat(groups.byStakeholder().containsKey(EU)).isFalse();
  }

  @Test
  void byStakeholder_keysInCaseOrder_valuesInCaseOrder() {
    assertThat(groups.byStakeholder().keySet()).containsExactly(NATO, ROK);
    assertThat(ids(groups.byStakeholder().get(ROK))).isEqualTo("r1,r2,r3");
  }

  @Test
  void of_unknownStakeholder_throwsWithTheId() {
    assertThatThrownBy(() -> groups.of(StakeholderId.of("asean")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stakeholder \"asean\" is not in the case");
  }

  @Test
  void groups_emptyCase_everyStakeholderWithZero() {
    MotivationGroups empty = Analyzer.analyze(empty()).motivations();
    assertThat(empty.stakeholders()).hasSize(3).allMatch(g -> g.tally().equals(Tally.ZERO));
    assertThat(empty.byStakeholder().isEmpty()).isTrue();
  }
}
