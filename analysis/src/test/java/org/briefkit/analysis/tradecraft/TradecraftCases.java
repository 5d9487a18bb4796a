package org.briefkit.analysis.tradecraft;

import org.briefkit.model.Case;
import org.briefkit.model.LocatedCase;
import org.briefkit.model.io.CaseFileException;
import org.briefkit.model.io.CaseFiles;

/**
 * Cases for the tradecraft tests, written as case files: three sources (s1 graded B, s2 graded
 * E, s3 ungraded), one stakeholder {@code a}, and what each test adds. {@link #WITH_M1} adds a
 * motivation m1 without evidence, enough for judgments whose evidence does not matter.
 */
final class TradecraftCases {
  static final String BASE =
      """
      id: t
      title: Tradecraft
      sources:
        - id: s1
          title: One
          reliability: B
        - id: s2
          title: Two
          reliability: E
        - id: s3
          title: Three
      stakeholders:
        - id: a
          name: A
          question: Why?
      """;

  /** The base and a motivation m1 without evidence. */
  static final String WITH_M1 =
      BASE
          + """
          motivations:
            - id: m1
              stakeholder: a
              domain: diplomacy
              claim: First
          """;

  private TradecraftCases() {}

  /** The case of {@code yaml}, a whole case file. */
  static Case parse(String yaml) {
    return located(yaml).value();
  }

  /** The case of {@code yaml}, read as the file {@code t.yaml}. */
  static LocatedCase located(String yaml) {
    try {
      return CaseFiles.parseLocated(yaml, "t.yaml");
    } catch (CaseFileException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** A case of {@link #WITH_M1} and one judgment kj1 supported by m1. */
  static Case judgment(String statement, String confidence, String likelihood) {
    return parse(
        WITH_M1
            + "judgments:\n  - id: kj1\n    statement: " + statement + "\n    confidence: " + confidence + "\n"
            + (likelihood == null ? "" : "    likelihood: " + likelihood + "\n")
            + "    supportedBy: [m1]\n");
  }
}
