package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.briefkit.model.ActorId;
import org.briefkit.model.Case;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Domain;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Locator;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Salience;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.TransferStatus;
import org.junit.jupiter.api.Test;

class CaseReaderTest {
  static String resource(String name) throws IOException {
    try (InputStream in = CaseReaderTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<String> problems(String yaml) {
    CaseFileException e =
        catchThrowableOfType(CaseFileException.class, () -> CaseFiles.parse(yaml, "t.yaml"));
    assertThat(e).as("expected problems").isNotNull();
    return e.problems().stream().map(CaseFileProblem::toString).toList();
  }

  @Test
  void read_completeFile_givesEveryField() throws IOException {
    Case c = CaseFiles.parse(resource("valid/complete.yaml"), "complete.yaml");

    assertThat(c.id().value()).isEqualTo("lakeland-water");
    assertThat(c.subtitle()).contains("A fictional test case");
    assertThat(c.authors()).containsExactly("A. Analyst", "B. Analyst");
    assertThat(c.asOf()).contains(PartialDate.ofDay(2024, 3, 1));
    assertThat(c.summary()).isEqualTo("Lakeland and Hillside share a river.\n\nThis case is made up for tests.\n");
    assertThat(c.focus()).contains(ActorId.of("lakeland"));
    assertThat(c.sources().get(1).date()).contains(PartialDate.ofYear(2005));
    assertThat(c.sources().get(0).accessed()).contains(java.time.LocalDate.of(2024, 2, 20));
    assertThat(c.stakeholders().get(1).shortName()).isEqualTo("Hillside Union");
    assertThat(c.stakeholders().get(0).colour().map(Object::toString)).contains("#0072B2");
    assertThat(c.actors().get(1).localName()).contains("미라");
    assertThat(c.motivations().get(0).salience()).isEqualTo(Salience.PRIMARY);
    assertThat(c.motivations().get(0).evidence().get(1).locator()).contains(Locator.page(12));
    assertThat(c.motivations().get(0).evidence().get(1).kind()).isEqualTo(EvidenceKind.FACT);
    assertThat(c.motivations().get(1).stakeholder()).isEqualTo(StakeholderId.of("hillside"));
    assertThat(c.events().get(0).when()).contains(DateSpan.parse("2024-01-15/2024-01-16"));
    assertThat(c.events().get(0).tags()).containsExactly("river-pact", "water");
    assertThat(c.events().get(1).when()).contains(DateSpan.parse("2005"));
    assertThat(c.transfers().get(0).status()).isEqualTo(TransferStatus.POSSIBLE);
    assertThat(c.transfers().get(0).evidence().get(0).kind()).isEqualTo(EvidenceKind.ASSESSMENT);
    assertThat(c.judgments().get(0).supportedBy()).hasSize(2);
  }

  @Test
  void read_minimalFile_usesDefaults() throws IOException {
    Case c = CaseFiles.parse(resource("valid/minimal.yaml"), "minimal.yaml");

    assertThat(c.language()).isEqualTo("en");
    assertThat(c.summary()).isEmpty();
    assertThat(c.domains()).isEqualTo(Domain.defaults());
  }

  @Test
  void read_json_isRead() throws IOException {
    Case c =
        CaseReader.standard()
            .read(new ByteArrayInputStream(resource("valid/minimal.json").getBytes(StandardCharsets.UTF_8)), "m.json");

    assertThat(c.id().value()).isEqualTo("minimal-json");
    assertThat(c.asOf()).contains(PartialDate.ofYear(2022));
    assertThat(c.stakeholders()).hasSize(1);
  }

  @Test
  void read_reader_isRead() throws IOException {
    Case c = CaseReader.standard().read(new StringReader("id: r\ntitle: From a reader\n"), "r.yaml");

    assertThat(c.title()).isEqualTo("From a reader");
  }

  @Test
  void read_unknownField_suggestsTheClosest() {
    assertThat(problems("id: x\ntitle: T\nstakeholders:\n  - id: a\n    name: A\n    question: Q\n    shortname: B\n"))
        .containsExactly("t.yaml:7:5: unknown field \"shortname\" in stakeholder (did you mean \"shortName\"?)");
  }

  @Test
  void read_danglingReference_pointsAtTheReference() {
    assertThat(
            problems(
                "id: x\ntitle: T\nstakeholders:\n  - id: nato\n    name: N\n    question: Q\n"
                    + "motivations:\n  - id: m1\n    stakeholder: natoo\n    domain: cyber\n    claim: C\n"))
        .containsExactly(
            "t.yaml:9:18: motivation m1: stakeholder \"natoo\" is not a known stakeholder (did you mean \"nato\"?)");
  }

  @Test
  void read_columnsAfterWideCharacters_countCodePoints() {
    assertThat(problems("id: x\ntitle: T\nactors: [{name: 윤석열 🙂, id: y, kind: persn}]\n"))
        .containsExactly(
            "t.yaml:3:37: kind (\"persn\") must be one of state, alliance, organisation, person, institution"
                + " (did you mean \"person\"?)");
  }

  @Test
  void read_windowsLineEndings_countLinesOnce() {
    assertThat(problems("id: x\r\ntitle: T\r\nsubtitle: [S]\r\n"))
        .containsExactly("t.yaml:3:11: subtitle must be text, not a list");
  }

  @Test
  void read_manyThreads_giveEqualCases() throws Exception {
    String text = resource("valid/complete.yaml");
    Case expected = CaseFiles.parse(text, "complete.yaml");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Case>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> CaseFiles.parse(text, "complete.yaml")));
      }
      for (java.util.concurrent.Future<Case> r : results) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void read_duplicateId_namesTheLineOfTheFirst() {
    assertThat(problems("id: x\ntitle: T\nactors:\n  - {id: a, name: A, kind: state}\n  - {id: a, name: B, kind: state}\n"))
        .containsExactly("t.yaml:5:10: duplicate actor id \"a\" (first given at line 4)");
  }

  @Test
  void problem_printsAsFileLineColumnMessage() {
    assertThat(new CaseFileProblem("a.yaml", 3, 7, "wrong")).hasToString("a.yaml:3:7: wrong");
  }
}
