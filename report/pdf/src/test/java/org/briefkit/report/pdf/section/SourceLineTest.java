package org.briefkit.report.pdf.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.briefkit.model.Case;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Locator;
import org.briefkit.model.Source;
import org.briefkit.model.SourceId;
import org.junit.jupiter.api.Test;

class SourceLineTest {
  private static final SourceId SITREP = SourceId.of("sitrep");
  private static final SourceId PAPER = SourceId.of("white-paper");
  private static final Case CASE = Case.builder("c", "C")
      .sources(List.of(
          Source.builder(SITREP, "Situation report no. 7").build(),
          Source.builder(PAPER, "Defence White Paper").build()))
      .build();

  @Test
  void of_paragraphsOfOneSource_mergedIntoRanges_inReadingOrder() {
    String line = SourceLine.of(CASE, List.of(at(SITREP, "para 7"), at(SITREP, "para 3"), at(SITREP, "para 4-6"),
        at(SITREP, "para 12"), at(SITREP, "para 4")));

    assertThat(line).isEqualTo("Source: BriefKit analysis of Situation report no. 7 ¶3–¶7, ¶12.");
  }

  @Test
  void of_severalSources_inTheCaseOrder_notTheOrderCited() {
    String line = SourceLine.of(CASE, List.of(at(PAPER, "p. 12"), at(SITREP, "para 4")));

    assertThat(line).isEqualTo("Source: BriefKit analysis of Situation report no. 7 ¶4; Defence White Paper p. 12.");
  }

  @Test
  void of_pages_onePageOrSeveral() {
    assertThat(SourceLine.of(CASE, List.of(at(PAPER, "p. 4"), at(PAPER, "pp. 5-6"), at(PAPER, "p. 12"))))
        .isEqualTo("Source: BriefKit analysis of Defence White Paper pp. 4–6, 12.");
  }

  @Test
  void of_kindsOfPlaces_paragraphsThenPagesThenSections() {
    assertThat(SourceLine.of(CASE, List.of(at(PAPER, "section A"), at(PAPER, "section 2.3"), at(PAPER, "p. 3"),
            at(PAPER, "para 9"), at(PAPER, "section 2"), at(PAPER, "section 2.3"))))
        .isEqualTo("Source: BriefKit analysis of Defence White Paper ¶9, p. 3, §2, §2.3, §A.");
  }

  @Test
  void of_sourceCitedWithoutAPlace_namedAlone() {
    Evidence whole = new Evidence(PAPER, Optional.empty(), "Says so.", EvidenceKind.FACT);

    assertThat(SourceLine.of(CASE, List.of(whole))).isEqualTo("Source: BriefKit analysis of Defence White Paper.");
    assertThat(SourceLine.of(CASE, List.of(whole, at(PAPER, "p. 2"))))
        .isEqualTo("Source: BriefKit analysis of Defence White Paper p. 2.");
  }

  @Test
  void of_noEvidence_saysTheFigureRestsOnTheCaseAlone() {
    assertThat(SourceLine.of(CASE, List.of())).isEqualTo("Source: BriefKit analysis of the case (no evidence cited).");
  }

  @Test
  void of_sameEvidenceInAnyOrder_sameLine() {
    List<Evidence> a = List.of(at(SITREP, "para 2"), at(PAPER, "p. 1"), at(SITREP, "para 1"));
    List<Evidence> b = List.of(at(SITREP, "para 1"), at(SITREP, "para 2"), at(PAPER, "p. 1"));

    assertThat(SourceLine.of(CASE, a)).isEqualTo(SourceLine.of(CASE, b))
        .isEqualTo("Source: BriefKit analysis of Situation report no. 7 ¶1–¶2; Defence White Paper p. 1.");
  }

  @Test
  void of_manySources_namesTheFirstSixInCaseOrder_countsTheOthers() {
    Case.Builder b = Case.builder("c", "C");
    List<Evidence> evidence = new java.util.ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      SourceId id = SourceId.of("s" + i);
      b.sources(Source.builder(id, "S" + i).build());
      evidence.add(at(id, "para 1"));
    }

    assertThat(SourceLine.of(b.build(), evidence))
        .isEqualTo("Source: BriefKit analysis of S1 ¶1; S2 ¶1; S3 ¶1; S4 ¶1; S5 ¶1; S6 ¶1; and 3 other sources.");
  }

  @Test
  void of_manyScatteredParagraphs_givesTheFirstEightRuns_countsTheRest() {
    List<Evidence> evidence = new java.util.ArrayList<>();
    for (int p = 1; p <= 21; p += 2) {
      evidence.add(at(SITREP, "para " + p));
    }

    assertThat(SourceLine.of(CASE, evidence)).isEqualTo(
        "Source: BriefKit analysis of Situation report no. 7 ¶1, ¶3, ¶5, ¶7, ¶9, ¶11, ¶13, ¶15, and 3 more.");
  }

  @Test
  void of_oneOrTwoBeyondTheLimit_namedRatherThanCounted() {
    List<Evidence> evidence = new java.util.ArrayList<>();
    for (int p = 1; p <= 19; p += 2) {
      evidence.add(at(SITREP, "para " + p));
    }

    assertThat(SourceLine.of(CASE, evidence)).isEqualTo(
        "Source: BriefKit analysis of Situation report no. 7 ¶1, ¶3, ¶5, ¶7, ¶9, ¶11, ¶13, ¶15, ¶17, ¶19.");
  }

  private static Evidence at(SourceId source, String locator) {
    return Evidence.of(source, Locator.parse(locator), "Says so.", EvidenceKind.FACT);
  }
}
