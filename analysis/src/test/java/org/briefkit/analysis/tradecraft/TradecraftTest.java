package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.TradecraftCases.BASE;
import static org.briefkit.analysis.tradecraft.TradecraftCases.parse;

import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class TradecraftTest {
  /**
   * kj1 (high) says "likely" against very-likely, rests on m1 (one claim from s2, graded E), has
   * no indicator and rests on a1, which is unsupported; kj2 (low) is clean; a waiver names no
   * rule, and {@code waivers} adds more.
   */
  private static Case flawed(String waivers) {
    return parse(
        BASE
            + """
            motivations:
              - id: m1
                stakeholder: a
                domain: diplomacy
                claim: First
                evidence:
                  - source: s2
                    text: B says so.
                    kind: claim
            judgments:
              - id: kj1
                statement: It is likely to hold.
                confidence: high
                likelihood: very-likely
                supportedBy: [m1]
              - id: kj2
                statement: Talks go on.
                confidence: low
                supportedBy: [m1]
            assumptions:
              - id: a1
                statement: Nothing changes.
                status: unsupported
                underpins: [kj1]
            waivers:
              - rule: no-such-rule
                reason: A typo.
            """
            + waivers);
  }

  private static String summary(TradecraftWarning w) {
    return w.rule() + " " + w.pointer() + "@" + w.offset();
  }

  @Test
  void rules_areTheSpecsInOrder() {
    assertThat(Tradecraft.ids())
        .containsExactly(
            "term-disagrees", "term-without-likelihood", "confidence-with-likelihood", "other-scale-term",
            "mixed-terms", "single-source", "low-graded-evidence", "claims-only", "previous-version-missing",
            "change-without-reason",
            "no-key-assumption", "no-indicator", "unsupported-assumption", "source-text-missing",
            "locator-not-found", "quote-not-found", "unknown-rule");
  }

  @Test
  void rules_describeThemselvesInOneLine() {
    for (TradecraftRule r : Tradecraft.RULES) {
      assertThat(r.id()).matches("[a-z]+(-[a-z]+)*");
      assertThat(r.description()).as(r.id()).isNotBlank().doesNotContain("\n").doesNotEndWith(".");
    }
  }

  @Test
  void rule_byId_findsItOrNothing() {
    assertThat(Tradecraft.rule("single-source")).map(TradecraftRule::id).contains("single-source");
    assertThat(Tradecraft.rule("single-sorce")).isEmpty();
  }

  @Test
  void check_warnings_comeInCaseOrderThenRuleOrder() {
    assertThat(Tradecraft.check(flawed("")))
        .extracting(TradecraftTest::summary)
        .containsExactly(
            "no-indicator /judgments/0/id@0",
            "term-disagrees /judgments/0/statement@6",
            "single-source /judgments/0/confidence@0",
            "low-graded-evidence /judgments/0/confidence@0",
            "claims-only /judgments/0/confidence@0",
            "unsupported-assumption /assumptions/0/status@0",
            "unknown-rule /waivers/0/rule@0");
  }

  @Test
  void check_waiver_switchesItsRuleOffForTheWholeCase() {
    String waivers =
        """
          - rule: single-source
            reason: The only source there is.
          - rule: no-indicator
            reason: Nothing would show.
        """;

    assertThat(Tradecraft.check(flawed(waivers)))
        .extracting(TradecraftWarning::rule)
        .containsExactly(
            "term-disagrees", "low-graded-evidence", "claims-only", "unsupported-assumption",
            "unknown-rule");
  }

  @Test
  void check_waivingUnknownRule_silencesIt() {
    String waivers = "  - rule: unknown-rule\n    reason: Rules of a later version.\n";

    assertThat(Tradecraft.check(flawed(waivers))).extracting(TradecraftWarning::rule).doesNotContain("unknown-rule");
  }

  @Test
  void check_soundCase_givesNothing() {
    Case c =
        parse(
            BASE
                + """
                motivations:
                  - id: m1
                    stakeholder: a
                    domain: diplomacy
                    claim: First
                    evidence:
                      - source: s1
                        text: A reports it.
                        kind: fact
                      - source: s3
                        text: C reports it.
                        kind: fact
                judgments:
                  - id: kj1
                    statement: Seoul will very likely join.
                    confidence: high
                    likelihood: very-likely
                    supportedBy: [m1]
                assumptions:
                  - id: a1
                    statement: Nothing changes.
                    status: solid
                    underpins: [kj1]
                indicators:
                  - id: i1
                    statement: Seoul sends its leader.
                    strengthens: [kj1]
                """);

    assertThat(Tradecraft.check(c)).isEmpty();
  }
}
