package org.briefkit.analysis.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.changes.DiffCases.edited;
import static org.briefkit.analysis.changes.DiffCases.v1;

import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class ChangeJsonTest {
  @Test
  void of_analystsEdits_everyChangeWithItsValuesInFull() {
    Case v2 =
        edited(
            "version: \"1\"", "version: \"2\"",
            "confidence: low\n", "confidence: moderate\n    changeReason: Two confirms what One reported.\n",
            "supportedBy: [m1, m3]", "supportedBy: [m3]",
            "      - {source: s2, text: Two agrees.}\n", "",
            """
              - id: m2
                stakeholder: a
                domain: cyber
                claim: Second claim
            """,
            "");

    String json = ChangeJson.of(CaseDiff.between(v1(), v2), "d-v1.yaml", "d.yaml");

    assertThat(json)
        .isEqualTo(
            """
            {
              "before": {
                "file": "d-v1.yaml",
                "version": "1"
              },
              "after": {
                "file": "d.yaml",
                "version": "2"
              },
              "counts": {
                "changes": 5,
                "added": 0,
                "removed": 2,
                "changed": 3
              },
              "sections": [
                {
                  "section": "case",
                  "title": "Case",
                  "changes": [
                    {
                      "change": "changed",
                      "entity": "case",
                      "key": "d",
                      "label": "Diff",
                      "fields": [
                        {
                          "field": "version",
                          "before": "1",
                          "after": "2"
                        }
                      ]
                    }
                  ]
                },
                {
                  "section": "motivations",
                  "title": "Motivations",
                  "changes": [
                    {
                      "change": "removed",
                      "entity": "motivation",
                      "key": "m2",
                      "label": "Second claim"
                    }
                  ]
                },
                {
                  "section": "judgments",
                  "title": "Key judgments",
                  "changes": [
                    {
                      "change": "changed",
                      "entity": "judgment",
                      "key": "kj1",
                      "label": "Talks go on.",
                      "estimate": {
                        "confidence": {
                          "before": "low",
                          "after": "moderate"
                        },
                        "likelihood": {
                          "before": "likely",
                          "after": "likely"
                        },
                        "reason": "Two confirms what One reported."
                      }
                    },
                    {
                      "change": "changed",
                      "entity": "judgment",
                      "key": "kj2",
                      "label": "Alpha joins.",
                      "fields": [
                        {
                          "field": "supportedBy",
                          "before": [
                            "m1",
                            "m3"
                          ],
                          "after": [
                            "m3"
                          ]
                        }
                      ]
                    }
                  ]
                },
                {
                  "section": "evidence",
                  "title": "Evidence",
                  "changes": [
                    {
                      "change": "removed",
                      "entity": "evidence",
                      "key": "s2",
                      "label": "Two agrees.",
                      "owner": {
                        "entity": "motivation",
                        "id": "m1"
                      }
                    }
                  ]
                }
              ]
            }
            """);
  }

  @Test
  void of_sameCase_noSectionsAndCountsOfNought() {
    Case unversioned = edited("version: \"1\"\n", "");

    assertThat(ChangeJson.of(CaseDiff.between(unversioned, unversioned), "a.yaml", "a.xlsx"))
        .isEqualTo(
            """
            {
              "before": {
                "file": "a.yaml",
                "version": null
              },
              "after": {
                "file": "a.xlsx",
                "version": null
              },
              "counts": {
                "changes": 0,
                "added": 0,
                "removed": 0,
                "changed": 0
              },
              "sections": []
            }
            """);
  }

  @Test
  void of_textsWithQuotesAndControlCharacters_escapedSafeToPrint() {
    Case v2 = edited("claim: Second claim", "claim: \"Say \\\"no\\\" \\\\ \\t\\u001b[31m\\u202e\"");

    String json = ChangeJson.of(CaseDiff.between(v1(), v2), "a\u0007.yaml", "b.yaml");

    assertThat(json)
        .contains("\"file\": \"a\\u0007.yaml\"")
        .contains("\"after\": \"Say \\\"no\\\" \\\\ \\t\\u001B[31m\\u202E\"")
        .doesNotContain("\u001b")
        .doesNotContain("\u202e");
  }
}
