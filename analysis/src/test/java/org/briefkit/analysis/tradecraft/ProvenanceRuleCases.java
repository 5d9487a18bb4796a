package org.briefkit.analysis.tradecraft;

import org.briefkit.analysis.CaseMaterials;
import org.briefkit.analysis.provenance.SourceTexts;
import org.briefkit.model.Case;
import org.briefkit.model.SourceId;
import org.briefkit.model.TextCopy;

/**
 * Cases for the provenance rules: the base of {@link TradecraftCases} (sources s1, s2, s3) with
 * a motivation m1 whose evidence each test writes, checked with {@link #TEXT} as the text of s1.
 */
final class ProvenanceRuleCases {
  /** Headings skipped: ¶1 the task force, ¶2 energy imports, ¶3 Varnya. */
  static final String TEXT =
      """
      Situation report 14

      The task force has kept the strait open since March.

      Nine tenths of Haedo’s energy imports cross the strait; Haedo calls their
      safety its “first concern”.

      Varnya is Tarsk's only partner with influence in its government.
      """;

  private ProvenanceRuleCases() {}

  /** An item of evidence citing s1 at {@code locator} (none if null) with {@code text}. */
  static String cites(String locator, String text) {
    return "      - source: s1\n"
        + (locator == null ? "" : "        locator: " + locator + "\n")
        + "        text: |-\n          " + text + "\n";
  }

  /** The base case with motivation m1 citing {@code evidence}. */
  static Case citing(String... evidence) {
    return TradecraftCases.parse(
        TradecraftCases.BASE
            + "motivations:\n  - id: m1\n    stakeholder: a\n    domain: diplomacy\n    claim: First\n    evidence:\n"
            + String.join("", evidence));
  }

  /** The input of a check of {@code c} with {@link #TEXT} as the text of s1. */
  static TradecraftInput withText(Case c) {
    SourceTexts texts = SourceTexts.builder().put(SourceId.of("s1"), TextCopy.of("s1.txt"), TEXT).build();
    return TradecraftInput.of(c, CaseMaterials.builder().texts(texts).build());
  }
}
