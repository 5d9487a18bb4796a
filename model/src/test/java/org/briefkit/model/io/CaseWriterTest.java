package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.briefkit.model.Case;
import org.briefkit.model.Colour;
import org.briefkit.model.Confidence;
import org.briefkit.model.DomainId;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Locator;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;
import org.briefkit.model.PartialDate;
import org.briefkit.model.SourceId;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CaseWriterTest {
  @Test
  void write_completeFile_readsBackEqual() throws IOException {
    Case c = CaseFiles.parse(CaseReaderTest.resource("valid/complete.yaml"), "complete.yaml");

    String yaml = CaseWriter.toYaml(c);

    assertThat(CaseFiles.parse(yaml, "written.yaml")).isEqualTo(c);
  }

  @Test
  void write_twice_givesTheSameBytes() throws IOException {
    Case c = CaseFiles.parse(CaseReaderTest.resource("valid/complete.yaml"), "complete.yaml");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    CaseWriter.write(c, out);

    String once = out.toString(StandardCharsets.UTF_8);
    assertThat(once).isEqualTo(CaseWriter.toYaml(CaseFiles.parse(once, "once.yaml")));
  }

  @Test
  void write_completeFile_isReadableBlockStyle() throws IOException {
    Case c = CaseFiles.parse(CaseReaderTest.resource("valid/complete.yaml"), "complete.yaml");

    String yaml = CaseWriter.toYaml(c);

    assertThat(yaml)
        .startsWith("briefkit: 1\nid: lakeland-water\ntitle: Why Lakeland shares its river\n")
        .contains("summary: |\n  Lakeland and Hillside share a river.\n\n  This case is made up for tests.\n")
        .contains("sources:\n  - id: gazette-2024\n    title: The river pact\n")
        .contains("    drivers: [hillside]\n")
        .contains("    colour: '#0072B2'\n")
        .contains("    localName: 미라\n")
        .contains("    date: 2005\n")
        .contains("    when: 2024-01-15/2024-01-16\n");
  }

  @Test
  void write_minimalCase_leavesDefaultsOut() {
    Case c = Case.builder("m", "Minimal").build();

    assertThat(CaseWriter.toYaml(c)).isEqualTo("briefkit: 1\nid: m\ntitle: Minimal\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2005", "yes", "true", "null", "~", "- a list?", "key: value", "# not a comment", "'quoted'",
        "\"double\"", "  leading spaces", "trailing spaces  ", "tab\there", "line\nbreak",
        "ends with newline\n", "\n starts with a newline", "two  spaces inside", "윤석열 대통령",
        "@at", "`tick", "%percent", "&anchor", "*alias", "!tag", "|pipe", ">fold", "[x]", "{y}",
        "a very long line that goes on and on well past the hundred columns the writer folds at, "
            + "with  double  spaces  and punctuation: here, there; everywhere.",
        "x\r\ny", "control\u0007char", "emoji 🙂 face", "0x10", "1e3", ".inf", "-"
      })
  void write_awkwardText_readsBackExactly(String text) throws IOException {
    StakeholderId s = StakeholderId.of("s");
    Case c =
        Case.builder("c", text)
            .summary(text)
            .sources(Source.builder(SourceId.of("src"), text).authors(text).build())
            .stakeholders(Stakeholder.builder(s, text).question(text).colour(new Colour(0x123456)).build())
            .motivations(
                Motivation.builder(MotivationId.of("m"), s, DomainId.of("cyber"))
                    .claim(text)
                    .rationale(text)
                    .evidence(Evidence.of(SourceId.of("src"), Locator.paragraph(4), text, EvidenceKind.CLAIM))
                    .build())
            .judgments(KeyJudgment.of(JudgmentId.of("j"), text, Confidence.HIGH, MotivationId.of("m")))
            .asOf(PartialDate.ofMonth(2022, 6))
            .build();

    String yaml = CaseWriter.toYaml(c);

    assertThat(CaseFiles.parse(yaml, "written.yaml")).as(yaml).isEqualTo(c);
  }

  @Test
  void writeToPath_thenRead_givesAnEqualCase(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    Case c = CaseFiles.parse(CaseReaderTest.resource("valid/complete.yaml"), "complete.yaml");
    java.nio.file.Path file = dir.resolve("case.yaml");

    CaseFiles.write(c, file);
    CaseFiles.write(c, file);

    assertThat(CaseFiles.read(file)).isEqualTo(c);
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r--r--");
  }
}
