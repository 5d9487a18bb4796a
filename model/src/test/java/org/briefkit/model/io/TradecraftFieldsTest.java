package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefkit.model.AssumptionStatus;
import org.briefkit.model.Case;
import org.briefkit.model.Credibility;
import org.briefkit.model.IndicatorStatus;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.Likelihood;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Source;
import org.junit.jupiter.api.Test;

/** The tradecraft parts of a case file: scale, grades, assumptions, indicators, waivers. */
class TradecraftFieldsTest {
  private static final String CASE =
      """
      id: t
      title: T
      scale: phia
      sources:
        - {id: s, title: S, reliability: B}
      stakeholders:
        - {id: a, name: A, question: Q}
      motivations:
        - id: m
          stakeholder: a
          domain: cyber
          claim: C
          evidence:
            - {source: s, locator: para 2, kind: fact, credibility: 2, text: E}
      judgments:
        - {id: j, statement: S, confidence: moderate, likelihood: realistic-possibility, supportedBy: [m]}
      assumptions:
        - id: a1
          statement: The alliance holds.
          status: caveated
          underpins: [j]
          evidence:
            - {source: s, locator: para 3, text: It says so}
      indicators:
        - {id: i1, statement: A visit, strengthens: [j], status: observed, observed: 2023-05}
        - {id: i2, statement: A snub, weakens: [j]}
      waivers:
        - {rule: single-source, reason: One source is all there is.}
      """;

  @Test
  void read_givesEveryTradecraftField() throws CaseFileException {
    Case c = CaseFiles.parse(CASE, "t.yaml");

    assertThat(c.scale().id()).isEqualTo("phia");
    assertThat(c.sources().get(0).reliability()).contains(Source.Reliability.B);
    assertThat(c.motivations().get(0).evidence().get(0).credibility()).contains(Credibility.PROBABLY_TRUE);
    assertThat(c.judgments().get(0).likelihood()).contains(Likelihood.of("realistic-possibility"));
    assertThat(c.assumptions().get(0).status()).isEqualTo(AssumptionStatus.CAVEATED);
    assertThat(c.assumptions().get(0).underpins()).containsExactly(JudgmentId.of("j"));
    assertThat(c.assumptions().get(0).evidence().get(0).cite()).isEqualTo("s ¶3");
    assertThat(c.indicators().get(0).status()).isEqualTo(IndicatorStatus.OBSERVED);
    assertThat(c.indicators().get(0).observed()).contains(PartialDate.ofMonth(2023, 5));
    assertThat(c.indicators().get(1).status()).isEqualTo(IndicatorStatus.WATCHING);
    assertThat(c.indicators().get(1).weakens()).containsExactly(JudgmentId.of("j"));
    assertThat(c.waivers().get(0).rule()).isEqualTo("single-source");
  }

  @Test
  void writeThenRead_keepsEveryTradecraftField() throws CaseFileException {
    Case c = CaseFiles.parse(CASE, "t.yaml");

    assertThat(CaseFiles.parse(CaseWriter.toYaml(c), "again.yaml")).isEqualTo(c);
  }

  @Test
  void mistakes_areLocated_withSuggestions() {
    assertThat(CaseReaderTest.problems(CASE.replace("scale: phia", "scale: phai")
            .replace("credibility: 2", "credibility: 7")
            .replace("status: caveated", "status: shaky")
            .replace("underpins: [j]", "underpins: [k]")))
        .containsExactly(
            "t.yaml:3:8: scale (\"phai\") must be one of icd-203, phia (did you mean \"phia\"?)",
            "t.yaml:14:63: credibility (\"7\") must be one of 1, 2, 3, 4, 5, 6",
            "t.yaml:20:13: status (\"shaky\") must be one of solid, caveated, unsupported");
    assertThat(CaseReaderTest.problems(CASE.replace("underpins: [j]", "underpins: [k]")))
        .containsExactly("t.yaml:21:17: assumption a1: underpinned judgment \"k\" is not a known judgment (did you mean \"j\"?)");
  }
}
