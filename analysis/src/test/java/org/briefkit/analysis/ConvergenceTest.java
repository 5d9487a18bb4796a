package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.briefkit.analysis.Fixtures.*;

import java.util.List;
import org.briefkit.model.Actor;
import org.briefkit.model.Case;
import org.briefkit.model.Domain;
import org.briefkit.model.Salience;
import org.briefkit.model.StakeholderId;
import org.junit.jupiter.api.Test;

class ConvergenceTest {
  private final Convergence convergence = Analyzer.analyze(fixture()).convergence();

  private static List<String> domains(List<Domain> ds) {
    return ds.stream().map(d -> d.id().value()).toList();
  }

  private static List<String> actors(List<Actor> as) {
    return as.stream().map(a -> a.id().value()).toList();
  }

  @Test
  void pairs_everyUnorderedPairInCaseOrder() {
    assertThat(convergence.pairs())
        .extracting(p -> p.first().id().value() + "-" + p.second().id().value())
        .containsExactly("nato-rok", "nato-eu", "rok-eu");
  }

  @Test
  void pair_sharedAndOneSidedDomainsAndDrivers() {
    PairConvergence p = convergence.pair(ROK, NATO);
    assertThat(domains(p.sharedDomains())).containsExactly("diplomacy", "cyber");
    assertThat(domains(p.onlyFirstDomains())).containsExactly("non-proliferation");
    assertThat(domains(p.onlySecondDomains())).containsExactly("arms-trade");
    assertThat(actors(p.sharedDrivers())).containsExactly("prk", "chn");
    assertThat(p.onlyFirstDrivers()).isEmpty();
    assertThat(actors(p.onlySecondDrivers())).containsExactly("rus");
  }

  @Test
  void overlap_isTheIntersectionOfWeightShares() {
    // min(1/9, 3/7) + min(5/9, 1/7) = 1/9 + 1/7
    assertThat(convergence.pair(NATO, ROK).overlap()).isCloseTo(16.0 / 63, within(1e-12));
  }

  @Test
  void overlap_stakeholderWithoutMotivations_isZero() {
    PairConvergence p = convergence.pair(NATO, EU);
    assertThat(p.overlap()).isZero();
    assertThat(p.sharedDomains()).isEmpty();
    assertThat(domains(p.onlyFirstDomains())).containsExactly("diplomacy", "cyber", "non-proliferation");
  }

  @Test
  void overlap_sameMixAtDifferentVolume_isOne() {
    Case c =
        base()
            .motivations(
                motivation("a1", NATO, CYBER, Salience.PRIMARY, drivers()),
                motivation("a2", NATO, ARMS, Salience.SUBSIDIARY, drivers()),
                motivation("b1", ROK, CYBER, Salience.PRIMARY, drivers()),
                motivation("b2", ROK, CYBER, Salience.PRIMARY, drivers()),
                motivation("b3", ROK, ARMS, Salience.SECONDARY, drivers()))
            .build();
    assertThat(Analyzer.analyze(c).convergence().pair(NATO, ROK).overlap()).isEqualTo(1.0);
  }

  @Test
  void overlap_disjointDomains_isZero() {
    Case c =
        base()
            .motivations(
                motivation("a1", NATO, CYBER, Salience.PRIMARY, drivers()),
                motivation("b1", ROK, ARMS, Salience.PRIMARY, drivers()))
            .build();
    assertThat(Analyzer.analyze(c).convergence().pair(NATO, ROK).overlap()).isZero();
  }

  @Test
  void caseWide_sharedAndOneSidedDomains() {
    assertThat(convergence.domains()).hasSize(6);
    assertThat(convergence.sharedDomains()).extracting(d -> d.domain().id().value())
        .containsExactly("diplomacy", "cyber");
    assertThat(convergence.oneSidedDomains()).extracting(d -> d.domain().id().value())
        .containsExactly("non-proliferation", "arms-trade");
    DomainInterest cyber = convergence.domains().get(2);
    assertThat(cyber.interest().byHolder())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(NATO, new Tally(2, 5)),
            org.assertj.core.api.Assertions.entry(ROK, new Tally(1, 1)));
    assertThat(cyber.interest().total()).isEqualTo(new Tally(3, 6));
    assertThat(convergence.domains().get(1).interest().holders()).isEmpty();
  }

  @Test
  void caseWide_sharedAndOneSidedDrivers() {
    assertThat(convergence.sharedDrivers()).extracting(d -> d.driver().id().value())
        .containsExactly("prk", "chn");
    assertThat(convergence.oneSidedDrivers()).extracting(d -> d.driver().id().value())
        .containsExactly("rus");
    assertThat(convergence.drivers().get(0).interest().byHolder().get(NATO))
        .isEqualTo(new Tally(3, 8));
  }

  @Test
  void pair_unknown_throwsWithBothIds() {
    assertThatThrownBy(() -> convergence.pair(NATO, StakeholderId.of("asean")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no stakeholder pair \"nato\" and \"asean\" in the case");
  }
}
