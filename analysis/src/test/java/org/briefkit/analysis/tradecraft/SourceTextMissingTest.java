package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.analysis.provenance.SourceTexts;
import org.briefkit.model.Case;
import org.briefkit.model.io.CaseFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextMissingTest {
  private final SourceTextMissing rule = new SourceTextMissing();

  @TempDir Path tmp;

  /** s1 names texts/s1.txt and is cited twice, s3 names texts/s3.txt and is cited by none. */
  private static Case naming() {
    return TradecraftCases.parse(
        """
        id: t
        title: T
        sources:
          - id: s1
            title: One
            textFile: texts/s1.txt
          - id: s2
            title: Two
          - id: s3
            title: Three
            textFile: texts/s3.txt
        stakeholders:
          - {id: a, name: A, question: Why?}
        motivations:
          - id: m1
            stakeholder: a
            domain: diplomacy
            claim: First
            evidence:
              - {source: s1, locator: para 1, text: One.}
              - {source: s1, locator: para 2, text: Two.}
              - {source: s2, text: Three.}
        """);
  }

  private TradecraftInput loaded(Case c) {
    SourceTexts texts = SourceTexts.load(c, CaseFolder.of(tmp));
    return TradecraftInput.of(c, CaseMaterials.builder().texts(texts).build());
  }

  @Test
  void check_missingTexts_fireAtTheirTextFile_countingTheCitationsUnchecked() {
    assertThat(rule.check(loaded(naming())))
        .containsExactly(
            TradecraftWarning.at(
                "source-text-missing", "/sources/0/textFile",
                "the text of source s1 is missing: there is no file \"texts/s1.txt\" in the case's folder, " + tmp
                    + "; its 2 citations go unchecked"),
            TradecraftWarning.at(
                "source-text-missing", "/sources/2/textFile",
                "the text of source s3 is missing: there is no file \"texts/s3.txt\" in the case's folder, " + tmp));
  }

  @Test
  void check_textsThere_orNotLoaded_staySilent() throws IOException {
    Files.createDirectories(tmp.resolve("texts"));
    Files.writeString(tmp.resolve("texts/s1.txt"), "One.\n\nTwo.\n", StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("texts/s3.txt"), "Three.\n", StandardCharsets.UTF_8);

    assertThat(rule.check(loaded(naming()))).isEmpty();
    assertThat(rule.check(TradecraftInput.of(naming(), CaseMaterials.none()))).isEmpty();
  }
}
