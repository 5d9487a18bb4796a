package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.briefkit.analysis.Fixtures.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.briefkit.model.ActorId;
import org.briefkit.model.Case;
import org.briefkit.model.DomainId;
import org.briefkit.model.Motivation;
import org.briefkit.model.Salience;
import org.briefkit.model.StakeholderId;

/**
 * Properties over generated cases: each generated motivation is a code that picks a
 * stakeholder (3), a domain (6), a salience (3) and a driver (none or one of 3).
 */
class AnalysisPropertiesTest {
  private static final StakeholderId[] STAKEHOLDERS = {NATO, ROK, EU};
  private static final DomainId[] DOMAINS = {DIPLOMACY, REGIONAL, CYBER, NONPRO, MILITARY, ARMS};
  private static final ActorId[] DRIVERS = {PRK, CHN, RUS};

  private static List<Motivation> motivations(List<Integer> codes) {
    List<Motivation> out = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      int c = codes.get(i);
      int driver = c % 4;
      c /= 4;
      Salience salience = Salience.values()[c % 3];
      c /= 3;
      DomainId domain = DOMAINS[c % 6];
      StakeholderId stakeholder = STAKEHOLDERS[c / 6];
      out.add(
          motivation(
              "m" + i, stakeholder, domain, salience,
              driver == 0 ? drivers() : drivers(DRIVERS[driver - 1])));
    }
    return out;
  }

  private static Case caseOf(List<Motivation> ms) {
    return base().motivations(ms).build();
  }

  @Property(tries = 100)
  void overlap_symmetricBoundedAndOneOnlyForTheSameMix(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 215) Integer> codes) {
    CaseAnalysis a = Analyzer.analyze(caseOf(motivations(codes)));
    for (PairConvergence p : a.convergence().pairs()) {
      assertThat(p.overlap()).isBetween(0.0, 1.0);
      double sameMix = 0;
      for (DomainId d : DOMAINS) {
        sameMix += Math.abs(
            a.matrix().cell(p.first().id(), d).share() - a.matrix().cell(p.second().id(), d).share());
      }
      boolean bothHold = !a.motivations().of(p.first().id()).motivations().isEmpty()
          && !a.motivations().of(p.second().id()).motivations().isEmpty();
      // overlap = 1 - half the L1 distance between the share profiles, when both have weight
      assertThat(p.overlap()).isCloseTo(bothHold ? 1 - sameMix / 2 : 0, within(1e-9));
      assertThat(p.sharedDomains().isEmpty()).isEqualTo(p.overlap() == 0);
    }
  }

  @Property(tries = 100)
  void matrix_totalsMatchTheMotivations_andSharesSumToOne(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 215) Integer> codes) {
    List<Motivation> ms = motivations(codes);
    CaseAnalysis a = Analyzer.analyze(caseOf(ms));
    assertThat(a.matrix().total())
        .isEqualTo(new Tally(ms.size(), ms.stream().mapToInt(Motivation::weight).sum()));
    for (StakeholderId s : STAKEHOLDERS) {
      double sum = 0;
      for (DomainId d : DOMAINS) {
        sum += a.matrix().cell(s, d).share();
      }
      assertThat(sum).isCloseTo(a.motivations().of(s).count() == 0 ? 0 : 1, within(1e-9));
    }
  }

  private static List<Finding> withoutIdLists(CaseAnalysis a) {
    return a.findings().stream()
        .filter(f -> !f.text().contains(": m"))
        .toList();
  }

  @Property(tries = 100)
  void analysis_independentOfMotivationOrder_exceptForListsInCaseOrder(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 215) Integer> codes,
      @ForAll long seed) {
    List<Motivation> ms = motivations(codes);
    List<Motivation> shuffled = new ArrayList<>(ms);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    CaseAnalysis a = Analyzer.analyze(caseOf(ms));
    CaseAnalysis b = Analyzer.analyze(caseOf(shuffled));
    assertThat(b.matrix()).isEqualTo(a.matrix());
    assertThat(b.convergence()).isEqualTo(a.convergence());
    // Weak-spot findings list ids in case order; every other finding must be identical.
    assertThat(withoutIdLists(b)).isEqualTo(withoutIdLists(a));
    assertThat(b.findings()).extracting(Finding::figures)
        .isEqualTo(a.findings().stream().map(Finding::figures).toList());
  }
}
