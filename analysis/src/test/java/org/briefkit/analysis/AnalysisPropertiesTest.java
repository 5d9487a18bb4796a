package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.briefkit.analysis.Fixtures.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.briefkit.model.ActorId;
import org.briefkit.model.Case;
import org.briefkit.model.DomainId;
import org.briefkit.model.Motivation;
import org.briefkit.model.Salience;
import org.briefkit.model.StakeholderId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over generated cases: each generated motivation is a code that picks a
 * stakeholder (3), a domain (6), a salience (3) and a driver (none or one of 3). Cases come
 * from 100 fixed seeds, so every run checks the same cases and a failure names its seed.
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

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  /** Up to 30 motivation codes, each in [0, 216). */
  private static List<Integer> codes(long seed) {
    Random random = new Random(seed);
    int size = random.nextInt(31);
    List<Integer> codes = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      codes.add(random.nextInt(216));
    }
    return codes;
  }

  private static Case caseOf(List<Motivation> ms) {
    return base().motivations(ms).build();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void overlap_symmetricBoundedAndOneOnlyForTheSameMix(long seed) {
    CaseAnalysis a = Analyzer.analyze(caseOf(motivations(codes(seed))));
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

  @ParameterizedTest
  @MethodSource("seeds")
  void matrix_totalsMatchTheMotivations_andSharesSumToOne(long seed) {
    List<Motivation> ms = motivations(codes(seed));
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

  @ParameterizedTest
  @MethodSource("seeds")
  void analysis_independentOfMotivationOrder_exceptForListsInCaseOrder(long seed) {
    List<Motivation> ms = motivations(codes(seed));
    List<Motivation> shuffled = new ArrayList<>(ms);
    Collections.shuffle(shuffled, new Random(~seed));
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
