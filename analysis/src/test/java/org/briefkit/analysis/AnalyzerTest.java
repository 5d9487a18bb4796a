package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.briefkit.analysis.Fixtures.*;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyzerTest {
  @Test
  void analyze_sameCaseTwice_equalResults() {
    Case c = fixture();
    CaseAnalysis first = Analyzer.analyze(c);
    CaseAnalysis second = Analyzer.analyze(c);
    assertThat(second).isEqualTo(first);
    assertThat(second.toString()).isEqualTo(first.toString());
    assertThat(Analyzer.analyze(fixture())).isEqualTo(first);
  }

  @Test
  void analyze_keepsTheCase() {
    Case c = fixture();
    assertThat(Analyzer.analyze(c).theCase()).isSameAs(c);
  }

  @Test
  void analyze_withoutPreviousVersion_hasNoChanges() {
    assertThat(Analyzer.analyze(fixture()).changes()).isEmpty();
  }

  @Test
  void analyze_withPreviousVersion_comparesThem() {
    Case now = fixture();
    Case previous = now.toBuilder().title(now.title() + " (draft)").build();

    CaseAnalysis analysis = Analyzer.analyze(now, CaseMaterials.builder().previous(previous).build());

    assertThat(analysis.changes()).isPresent();
    assertThat(analysis.changes().get().sections()).extracting(s -> s.name()).containsExactly("case");
    assertThat(analysis.changes().get().total()).isEqualTo(1);
  }

  @Test
  void analyze_null_throws() {
    assertThatThrownBy(() -> Analyzer.analyze(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("case must not be null");
  }

  private static <T> List<T> shuffled(T[] items, Random random) {
    List<T> list = new ArrayList<>(Arrays.asList(items));
    Collections.shuffle(list, random);
    return list;
  }

  /** The fixture with its motivations, events, transfers and judgments in another order. */
  private static Case shuffledFixture(long seed) {
    Random random = new Random(seed);
    Case.Builder b = base().focus(ROK_A);
    b.motivations(shuffled(motivations(), random));
    shuffled(events(), random).forEach(b::events);
    shuffled(transfers(), random).forEach(b::transfers);
    shuffled(judgments(), random).forEach(b::judgments);
    return b.build();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void matrixConvergenceAndDriverFigures_independentOfMotivationOrder(long seed) {
    CaseAnalysis expected = Analyzer.analyze(fixture());
    CaseAnalysis actual = Analyzer.analyze(shuffledFixture(seed));
    assertThat(actual.matrix()).isEqualTo(expected.matrix());
    assertThat(actual.convergence()).isEqualTo(expected.convergence());
    assertThat(actual.drivers().cells().cellSet().stream()
            .map(c -> c.getRowKey() + "/" + c.getColumnKey() + "=" + c.getValue().tally())
            .collect(Collectors.toList()))
        .isEqualTo(expected.drivers().cells().cellSet().stream()
            .map(c -> c.getRowKey() + "/" + c.getColumnKey() + "=" + c.getValue().tally())
            .collect(Collectors.toList()));
    assertThat(actual.motivations().stakeholders())
        .extracting(StakeholderGroup::tally)
        .isEqualTo(expected.motivations().stakeholders().stream().map(StakeholderGroup::tally).toList());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void timelineAndNetwork_independentOfEventAndTransferOrder(long seed) {
    CaseAnalysis expected = Analyzer.analyze(fixture());
    CaseAnalysis actual = Analyzer.analyze(shuffledFixture(seed));
    assertThat(actual.timeline().entries()).isEqualTo(expected.timeline().entries());
    assertThat(actual.timeline().threads()).isEqualTo(expected.timeline().threads());
    assertThat(actual.network().nodes()).isEqualTo(expected.network().nodes());
    assertThat(edges(actual)).isEqualTo(edges(expected));
    assertThat(flows(actual)).isEqualTo(flows(expected));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void findingsAndCoverage_independentOfInputOrder(long seed) {
    CaseAnalysis expected = Analyzer.analyze(fixture());
    CaseAnalysis actual = Analyzer.analyze(shuffledFixture(seed));
    assertThat(actual.findings()).isEqualTo(expected.findings());
    assertThat(byId(actual.coverage().motivations())).isEqualTo(byId(expected.coverage().motivations()));
    assertThat(actual.coverage().sources()).isEqualTo(expected.coverage().sources());
  }

  private static ImmutableMap<String, MotivationCoverage> byId(List<MotivationCoverage> cs) {
    return cs.stream()
        .sorted((x, y) -> x.motivation().id().compareTo(y.motivation().id()))
        .collect(ImmutableMap.toImmutableMap(c -> c.motivation().id().value(), c -> c));
  }

  private static List<String> edges(CaseAnalysis a) {
    List<String> out = new ArrayList<>();
    for (CoParticipation c : a.network().coParticipation()) {
      out.add(c.first().id() + "-" + c.second().id() + ":"
          + c.events().stream().map(e -> e.id().value()).sorted().toList());
    }
    for (TransferEdge e : a.network().transfers()) {
      out.add(e.supplier().id() + ">" + e.recipient().id() + " " + e.status() + ":"
          + e.transfers().stream().map(t -> t.id().value()).sorted().toList());
    }
    return out;
  }

  private static List<String> flows(CaseAnalysis a) {
    List<String> out = new ArrayList<>();
    for (List<Flow> fs : ImmutableList.of(a.network().flows().imports(), a.network().flows().exports())) {
      for (Flow f : fs) {
        out.add(f.partner().id() + " " + f.status() + " " + f.count());
      }
      out.add("|");
    }
    return out;
  }
}
