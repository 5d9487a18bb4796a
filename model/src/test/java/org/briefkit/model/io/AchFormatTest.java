package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefkit.model.AchItemKind;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Case;
import org.briefkit.model.Credibility;
import org.briefkit.model.Rating;
import org.briefkit.model.Relevance;
import org.junit.jupiter.api.Test;

/** ACH matrices in case files: read, written, and their mistakes located. */
class AchFormatTest {
  private static final String CASE =
      """
      id: t
      title: T
      questions: [Why?]
      sources:
        - {id: s, title: S}
      stakeholders:
        - {id: a, name: A, question: Q}
      motivations:
        - {id: m, stakeholder: a, domain: cyber, claim: C}
      judgments:
        - {id: j, statement: S, confidence: low, supportedBy: [m]}
      assumptions:
        - {id: as1, statement: It holds, status: solid, underpins: [j]}
      ach:
        - id: why
          question: 1
          hypotheses:
            - {id: h1, statement: First}
            - {id: h2, statement: Second}
          items:
            - {id: e1, source: s, locator: para 2, relevance: high, ratings: [C, II], text: Says so}
            - {id: e2, kind: assumption, assumption: as1, ratings: [N, I], text: Assumed}
            - {id: e3, kind: absence, credibility: 2, relevance: low, ratings: [NA, CC], text: No sign}
      """;

  @Test
  void read_givesTheMatrix() throws CaseFileException {
    AchMatrix m = CaseFiles.parse(CASE, "t.yaml").ach().get(0);

    assertThat(m.question()).isEqualTo(1);
    assertThat(m.hypotheses()).extracting(h -> h.id().value()).containsExactly("h1", "h2");
    assertThat(m.items().get(0).ratings()).containsExactly(Rating.C, Rating.II);
    assertThat(m.items().get(0).relevance()).isEqualTo(Relevance.HIGH);
    assertThat(m.items().get(0).cite()).isEqualTo("s ¶2");
    assertThat(m.items().get(1).kind()).isEqualTo(AchItemKind.ASSUMPTION);
    assertThat(m.items().get(1).relevance()).isEqualTo(Relevance.MEDIUM);
    assertThat(m.items().get(2).credibility()).contains(Credibility.PROBABLY_TRUE);
    assertThat(m.items().get(2).cite()).isEqualTo("absence of evidence");
  }

  @Test
  void writeThenRead_keepsTheMatrix() throws CaseFileException {
    Case c = CaseFiles.parse(CASE, "t.yaml");

    assertThat(CaseFiles.parse(CaseWriter.toYaml(c), "again.yaml")).isEqualTo(c);
  }

  @Test
  void writeThenRead_keepsTheQuestionNumber() throws CaseFileException {
    Case c = CaseFiles.parse(CASE.replace("questions: [Why?]", "questions: [Why?, How?]")
        .replace("question: 1", "question: 2"), "t.yaml");

    String yaml = CaseWriter.toYaml(c);

    assertThat(yaml).contains("question: 2\n");
    assertThat(CaseFiles.parse(yaml, "again.yaml")).isEqualTo(c);
  }

  @Test
  void mistakes_areLocated() {
    assertThat(CaseReaderTest.problems(CASE.replace("question: 1", "question: 2")
            .replace("ratings: [C, II]", "ratings: [C]")
            .replace("kind: assumption, assumption: as1", "kind: assumption")
            .replace("{id: h2, statement: Second}", "{id: h1, statement: Second}")
            .replace("ratings: [NA, CC]", "ratings: [NA, CCC]")))
        .as("an element with problems of its own is left out of the whole-case checks")
        .containsExactly(
            "t.yaml:23:79: rating (\"CCC\") must be one of CC, C, N, I, II, NA (did you mean \"CC\"?)");
    assertThat(CaseReaderTest.problems(CASE.replace("question: 1", "question: 2")
            .replace("ratings: [C, II]", "ratings: [C]")
            .replace("kind: assumption, assumption: as1", "kind: assumption")))
        .containsExactly(
            "t.yaml:16:15: ACH matrix why: question 2 is not one of the case's questions (1 to 1)",
            "t.yaml:21:72: ACH matrix why, item e1 has 1 ratings for 2 hypotheses: give one per hypothesis, in their order (h1, h2)",
            "t.yaml:22:9: ACH matrix why, item e2 is an assumption but names none (give assumption: an assumption id)");
  }

  @Test
  void question_mustBeAWholeNumber_sayingHow() {
    assertThat(CaseReaderTest.problems(CASE.replace("question: 1", "question: \"1\"")))
        .containsExactly("t.yaml:16:15: question (\"1\") must be a whole number: write it without quotes");
    assertThat(CaseReaderTest.problems(CASE.replace("question: 1", "question: first")))
        .containsExactly("t.yaml:16:15: question (\"first\") must be a whole number");
  }
}
