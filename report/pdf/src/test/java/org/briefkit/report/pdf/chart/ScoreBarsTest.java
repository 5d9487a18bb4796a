package org.briefkit.report.pdf.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefkit.analysis.ach.Ach;
import org.briefkit.analysis.ach.AchAnalysis;
import org.briefkit.model.AchId;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchItemId;
import org.briefkit.model.AchItemKind;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Case;
import org.briefkit.model.Hypothesis;
import org.briefkit.model.HypothesisId;
import org.briefkit.model.Rating;
import org.junit.jupiter.api.Test;

class ScoreBarsTest {
  private static AchAnalysis analysis(Rating[]... rows) {
    AchMatrix.Builder m = AchMatrix.builder().id(AchId.of("m"));
    for (int h = 0; h < rows[0].length; h++) {
      m.hypotheses(Hypothesis.builder().id(HypothesisId.of("h" + h)).statement("Statement " + h).build());
    }
    for (int i = 0; i < rows.length; i++) {
      m.items(AchItem.builder().id(AchItemId.of("e" + i)).kind(AchItemKind.ABSENCE).text("Item " + i)
          .ratings(rows[i]).build());
    }
    return Ach.analyse(Case.builder("c", "C").questions("Why?").ach(m.build()).build()).get(0);
  }

  @Test
  void of_oneBarPerHypothesis_inMatrixOrder_labelledH1_leaderMarked() {
    AchAnalysis a = analysis(new Rating[] {Rating.II, Rating.C, Rating.I}, new Rating[] {Rating.N, Rating.I, Rating.I});

    assertThat(ScoreBars.of(a)).containsExactly(
        new ScoreBar("H1", -2, false), new ScoreBar("H2", -1, true), new ScoreBar("H3", -2, false));
  }

  @Test
  void of_tie_everyLeaderMarked() {
    AchAnalysis a = analysis(new Rating[] {Rating.I, Rating.I, Rating.II});

    assertThat(ScoreBars.of(a)).extracting(ScoreBar::leads).containsExactly(true, true, false);
  }
}
