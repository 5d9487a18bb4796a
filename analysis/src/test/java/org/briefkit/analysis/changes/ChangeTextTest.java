package org.briefkit.analysis.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.changes.DiffCases.edited;
import static org.briefkit.analysis.changes.DiffCases.v1;

import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class ChangeTextTest {
  /** An analyst's second version of {@link DiffCases#V1}. */
  static Case v2() {
    return edited(
        "version: \"1\"", "version: \"2\"",
        """
          - id: m2
            stakeholder: a
            domain: cyber
            claim: Second claim
        """,
        """
          - id: m4
            stakeholder: a
            domain: cyber
            salience: primary
            claim: Alpha wants a say in the region's cyber defence.
        """,
        "    claim: Third claim\n",
        "    claim: Third claim\n    evidence:\n      - {source: s2, locator: p. 7, text: Two reports the talks.}\n",
        "text: One says so.}", "text: One says so again in its second report.}",
        "confidence: low\n", "confidence: moderate\n    changeReason: Two confirms what One reported.\n",
        "statement: Alpha joins.\n    confidence: moderate\n", "statement: Alpha joins.\n    confidence: high\n",
        "status: solid", "status: caveated");
  }

  @Test
  void of_analystsEdits_everySectionIndentedUnderItsTitle() {
    String text = ChangeText.of(CaseDiff.between(v1(), v2()), "d-v1.yaml", "d.yaml");

    assertThat(text)
        .isEqualTo(
            """
            Changes from version 1 (d-v1.yaml) to version 2 (d.yaml)

            Case
              version  "1" → "2"

            Motivations
              added   m4  "Alpha wants a say in the region's cyber defence."
              removed m2  "Second claim"

            Key judgments
              changed kj1  "Talks go on."
                confidence  low → moderate
                likelihood  likely (unchanged)
                reason      "Two confirms what One reported."
              changed kj2  "Alpha joins."
                confidence  moderate → high
                likelihood  (none, unchanged)
                reason      (none given)

            Evidence
              motivation m1
                changed s1 para 1
                  text  "One says so." → "One says so again in its second report."
              motivation m3
                added   s2 p. 7  "Two reports the talks."

            Key assumptions
              changed as1  "Nothing changes."
                status  solid → caveated

            8 changes: 2 added, 1 removed, 5 changed
            """);
  }

  @Test
  void of_sameCase_saysNoChanges() {
    assertThat(ChangeText.of(CaseDiff.between(v1(), v1()), "a.yaml", "b.xlsx")).isEqualTo("No changes.\n");
  }

  @Test
  void of_versionsWithoutLabels_namesTheFilesAlone_andCountsOneChange() {
    Case before = edited("version: \"1\"\n", "");
    Case after = edited("version: \"1\"\n", "", "status: solid", "status: unsupported");

    assertThat(ChangeText.of(CaseDiff.between(before, after), "old.yaml", "new.xlsx"))
        .isEqualTo(
            """
            Changes from old.yaml to new.xlsx

            Key assumptions
              changed as1  "Nothing changes."
                status  solid → unsupported

            1 change: 0 added, 0 removed, 1 changed
            """);
  }

  @Test
  void of_longTextChangedLate_showsWhereItDiffers_newUnderOld() {
    String long1 =
        "Alpha joins the pact once the southern coastal states have ratified the treaty and the"
            + " northern ones have agreed to its annex on shared patrols.";
    String long2 = long1.replace("shared patrols", "joint exercises");
    Case before = edited("version: \"1\"\n", "", "statement: Alpha joins.", "statement: " + long1);
    Case after = edited("version: \"1\"\n", "", "statement: Alpha joins.", "statement: " + long2);

    assertThat(ChangeText.of(CaseDiff.between(before, after), "a.yaml", "b.yaml"))
        .isEqualTo(
            """
            Changes from a.yaml to b.yaml

            Key judgments
              changed kj2
                statement  "…the treaty and the northern ones have agreed to its annex on shared patrols."
                         → "…the treaty and the northern ones have agreed to its annex on joint exercises."

            1 change: 0 added, 0 removed, 1 changed
            """);
  }

  @Test
  void of_multiLineText_runOntoOneLine_shortenedToTheLine_noTrailingSpaces() {
    String summary = "summary: |-\n  " + "A long paragraph about the region. ".repeat(6).strip() + "\n\n  Then a second one.\n";
    Case after = edited("version: \"1\"\n", "version: \"1\"\n" + summary);

    String text = ChangeText.of(CaseDiff.between(v1(), after), "a.yaml", "b.yaml");

    assertThat(text.lines().toList())
        .contains(
            "  summary  (none)",
            "         → \"A long paragraph about the region. A long paragraph about the region. A long paragraph…\"");
    assertThat(text.lines()).allSatisfy(l -> {
      assertThat(l).doesNotEndWith(" ");
      assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(100);
    });
  }

  @Test
  void of_achMatrix_partsNamedByTheirKind() {
    String ach =
        """
        ach:
          - id: why
            hypotheses:
              - {id: h1, statement: Alpha wants security.}
              - {id: h2, statement: Alpha wants trade.}
              - {id: h3, statement: Alpha wants standing.}
            items:
              - {id: i1, source: s1, ratings: [C, I, N], text: Alpha signs a pact.}
        """;
    String v1 = DiffCases.edit(DiffCases.V1, "version: \"1\"\n", "questions:\n  - Why?\n") + ach;
    String v2 =
        DiffCases.edit(v1, "ratings: [C, I, N]", "ratings: [C, N]", "      - {id: h2, statement: Alpha wants trade.}\n", "");

    assertThat(ChangeText.of(CaseDiff.between(DiffCases.parse(v1), DiffCases.parse(v2)), "a.yaml", "b.yaml"))
        .isEqualTo(
            """
            Changes from a.yaml to b.yaml

            Competing hypotheses
              changed why
                removed hypothesis h2  "Alpha wants trade."
                changed item i1  "Alpha signs a pact."
                  ratings  [C, I, N] → [C, N]

            3 changes: 0 added, 1 removed, 2 changed
            """);
  }

  @Test
  void of_sameChanges_sameText() {
    CaseChanges changes = CaseDiff.between(v1(), v2());

    assertThat(ChangeText.of(changes, "a", "b")).isEqualTo(ChangeText.of(CaseDiff.between(v1(), v2()), "a", "b"));
  }
}
