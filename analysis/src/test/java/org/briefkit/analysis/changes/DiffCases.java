package org.briefkit.analysis.changes;

import org.briefkit.model.Case;
import org.briefkit.model.io.CaseFileException;
import org.briefkit.model.io.CaseFiles;

/**
 * Versions of a small case for the diff tests, written as case files: {@link #V1} and edits of
 * it, each edit replacing a piece of its text as an analyst would edit the file.
 */
final class DiffCases {
  /** The first version: two sources, a stakeholder, three motivations, an event, two judgments, an assumption. */
  static final String V1 =
      """
      id: d
      title: Diff
      version: "1"
      sources:
        - id: s1
          title: One
        - id: s2
          title: Two
      stakeholders:
        - id: a
          name: Alpha
          question: Why?
      motivations:
        - id: m1
          stakeholder: a
          domain: diplomacy
          claim: First claim
          evidence:
            - {source: s1, locator: para 1, kind: fact, text: One says so.}
            - {source: s2, text: Two agrees.}
        - id: m2
          stakeholder: a
          domain: cyber
          claim: Second claim
        - id: m3
          stakeholder: a
          domain: diplomacy
          claim: Third claim
      events:
        - id: e1
          title: Summit
          kind: summit
          evidence:
            - {source: s1, locator: para 2, text: They met.}
      judgments:
        - id: kj1
          statement: Talks go on.
          confidence: low
          likelihood: likely
          supportedBy: [m1]
        - id: kj2
          statement: Alpha joins.
          confidence: moderate
          supportedBy: [m1, m3]
      assumptions:
        - id: as1
          statement: Nothing changes.
          status: solid
          underpins: [kj1]
          evidence:
            - {source: s2, locator: p. 4, text: Two says nothing changes.}
      """;

  private DiffCases() {}

  /** The case of {@code yaml}, a whole case file. */
  static Case parse(String yaml) {
    try {
      return CaseFiles.parse(yaml, "d.yaml");
    } catch (CaseFileException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** {@link #V1}. */
  static Case v1() {
    return parse(V1);
  }

  /**
   * {@link #V1} edited: each pair of {@code edits} is a piece of its text and what replaces it;
   * every piece must be there once.
   */
  static Case edited(String... edits) {
    return parse(edit(V1, edits));
  }

  /** {@code yaml} with each pair of {@code edits} applied. */
  static String edit(String yaml, String... edits) {
    if (edits.length % 2 != 0) {
      throw new IllegalArgumentException("edits come in pairs: what, and what replaces it");
    }
    String out = yaml;
    for (int i = 0; i < edits.length; i += 2) {
      int at = out.indexOf(edits[i]);
      if (at < 0 || out.indexOf(edits[i], at + 1) >= 0) {
        throw new IllegalArgumentException("not once in the case: " + edits[i]);
      }
      out = out.substring(0, at) + edits[i + 1] + out.substring(at + edits[i].length());
    }
    return out;
  }
}
