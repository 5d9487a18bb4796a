package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.TradecraftCases.WITH_M1;
import static org.briefkit.analysis.tradecraft.TradecraftCases.judgment;
import static org.briefkit.analysis.tradecraft.TradecraftCases.parse;

import java.util.List;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class ChangeWithoutReasonTest {
  private final ChangeWithoutReason rule = new ChangeWithoutReason();

  private List<TradecraftWarning> check(Case now, Case previous) {
    return rule.check(TradecraftInput.of(now, CaseMaterials.builder().previous(previous).build()));
  }

  /** The base case with kj0 (unchanged in every test) and kj1 as given. */
  private static Case twoJudgments(String kj1) {
    return parse(
        WITH_M1
            + "judgments:\n"
            + "  - id: kj0\n    statement: Talks go on.\n    confidence: low\n    supportedBy: [m1]\n"
            + "  - id: kj1\n    statement: Seoul will join.\n    supportedBy: [m1]\n"
            + kj1);
  }

  @Test
  void check_confidenceRaisedWithoutReason_firesAtTheConfidence() {
    Case before = twoJudgments("    confidence: low\n    likelihood: likely\n");
    Case now = twoJudgments("    confidence: moderate\n    likelihood: likely\n");

    assertThat(check(now, before))
        .containsExactly(
            TradecraftWarning.at(
                "change-without-reason", "/judgments/1/confidence",
                "confidence changed from low to moderate since the previous version, but the judgment"
                    + " gives no changeReason: say what moved it"));
  }

  @Test
  void check_likelihoodAloneChanged_firesAtTheLikelihood() {
    Case before = twoJudgments("    confidence: moderate\n    likelihood: likely\n");
    Case now = twoJudgments("    confidence: moderate\n    likelihood: very-likely\n");

    assertThat(check(now, before))
        .containsExactly(
            TradecraftWarning.at(
                "change-without-reason", "/judgments/1/likelihood",
                "likelihood changed from likely to very-likely since the previous version, but the"
                    + " judgment gives no changeReason: say what moved it"));
  }

  @Test
  void check_bothChanged_oneWarningAtTheConfidenceNamingBoth() {
    Case before = twoJudgments("    confidence: high\n");
    Case now = twoJudgments("    confidence: low\n    likelihood: unlikely\n");

    assertThat(check(now, before))
        .extracting(TradecraftWarning::pointer, TradecraftWarning::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/judgments/1/confidence",
                "confidence changed from high to low and likelihood from (none) to unlikely since the"
                    + " previous version, but the judgment gives no changeReason: say what moved it"));
  }

  @Test
  void check_likelihoodDropped_firesAtTheConfidence_theLikelihoodBeingGone() {
    Case before = twoJudgments("    confidence: moderate\n    likelihood: likely\n");
    Case now = twoJudgments("    confidence: moderate\n");

    assertThat(check(now, before)).extracting(TradecraftWarning::pointer).containsExactly("/judgments/1/confidence");
  }

  @Test
  void check_changeWithReason_staysSilent() {
    Case before = twoJudgments("    confidence: low\n");
    Case now = twoJudgments("    confidence: moderate\n    changeReason: A second source confirms it.\n");

    assertThat(check(now, before)).isEmpty();
  }

  @Test
  void check_newJudgmentOrOtherFieldsChanged_staysSilent() {
    Case onlyKj0 =
        parse(WITH_M1 + "judgments:\n  - id: kj0\n    statement: Talks go on.\n    confidence: low\n    supportedBy: [m1]\n");
    Case before = judgment("Talks go on.", "low", "likely");

    assertThat(check(twoJudgments("    confidence: high\n"), onlyKj0)).as("kj1 is new").isEmpty();
    assertThat(check(judgment("Talks go on at last.", "low", "likely"), before)).as("a reworded statement").isEmpty();
  }

  @Test
  void check_noPreviousVersion_staysSilent() {
    assertThat(rule.check(TradecraftInput.of(twoJudgments("    confidence: high\n"), CaseMaterials.none()))).isEmpty();
  }

  @Test
  void tradecraftCheck_withMaterials_comparesOnceAndReportsTheRule() {
    Case before = twoJudgments("    confidence: low\n");
    Case now = twoJudgments("    confidence: moderate\n");
    TradecraftInput in = TradecraftInput.of(now, CaseMaterials.builder().previous(before).build());

    assertThat(in.changes()).isPresent();
    assertThat(in.changes().get().estimate(now.judgments().get(1).id())).isPresent();
    assertThat(Tradecraft.check(in)).extracting(TradecraftWarning::rule).contains("change-without-reason");
    assertThat(Tradecraft.check(now)).extracting(TradecraftWarning::rule).doesNotContain("change-without-reason");
  }
}
