package org.briefkit.analysis.provenance;

import java.util.Optional;
import org.briefkit.model.Case;
import org.briefkit.model.SourceId;
import org.briefkit.model.TextCopy;
import org.briefkit.model.io.CaseFileException;
import org.briefkit.model.io.CaseFiles;

/**
 * Cases and texts for the provenance tests: a fictional situation report ({@link #SITREP}, the
 * text of source {@code sitrep}), a source {@code other} without a text, and a motivation whose
 * evidence each test writes.
 */
final class ProvenanceCases {
  static final SourceId SITREP_ID = SourceId.of("sitrep");

  /** Headings skipped: ¶1 the task force, ¶2 energy imports, ¶3 fees and patrols, ¶4 Varnya. */
  static final String SITREP =
      """
      Situation report 14

      The Compact's task force has kept the Calder Strait open since March.

      Nine tenths of Haedo’s energy imports cross the strait, and Haedo’s
      government calls their safety its “first concern”.

      The inter-
      related questions of transit fees and patrols remain open — Varnya wants
      both settled before winter.

      Varnya is Tarsk's only partner with influence in its government.
      """;

  private ProvenanceCases() {}

  /** One item of evidence citing {@code source} at {@code locator} (none if null), saying {@code text}. */
  static String evidence(String source, String locator, String text) {
    return "      - source: " + source + "\n"
        + (locator == null ? "" : "        locator: " + locator + "\n")
        + "        text: |-\n          " + text + "\n";
  }

  /** One item of evidence citing the situation report. */
  static String evidence(String locator, String text) {
    return evidence("sitrep", locator, text);
  }

  /** A case whose motivation m1 has the {@code evidence} items, in order. */
  static Case citing(String... evidence) {
    String yaml =
        """
        id: t
        title: Provenance
        sources:
          - id: sitrep
            title: Situation report 14
          - id: other
            title: Another report
        stakeholders:
          - id: a
            name: A
            question: Why?
        motivations:
          - id: m1
            stakeholder: a
            domain: diplomacy
            claim: First
            evidence:
        """
            + String.join("", evidence);
    try {
      return CaseFiles.parse(yaml, "t.yaml");
    } catch (CaseFileException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** The texts: {@code content} as the situation report's, read as {@code file} with its headings skipped. */
  static SourceTexts texts(String file, String content) {
    return SourceTexts.builder()
        .put(SITREP_ID, new TextCopy(file, Optional.empty(), TextCopy.Paragraphs.BLANK_LINES, TextCopy.Headings.SKIPPED), content)
        .build();
  }

  /** The texts: the situation report. */
  static SourceTexts sitrep() {
    return texts("sitrep.txt", SITREP);
  }

  /** The report on {@code c} with the situation report's text. */
  static ProvenanceReport report(Case c) {
    return ProvenanceReport.of(c, sitrep());
  }
}
