package org.briefkit.analysis.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.Likelihood;

/**
 * The changes as JSON, for programs: keys in a fixed order, texts in full, indented by two
 * spaces. The shape:
 *
 * <pre>
 * {
 *   "before": {"file": "calder-strait-v1.yaml", "version": "1"},    version null when not given
 *   "after": {"file": "calder-strait.yaml", "version": "2"},
 *   "counts": {"changes": 4, "added": 2, "removed": 1, "changed": 1},
 *   "sections": [                                    only sections with changes, in order
 *     {
 *       "section": "judgments",                      case, evidence, or the case file's list
 *       "title": "Key judgments",
 *       "changes": [
 *         {
 *           "change": "changed",                     added, removed or changed
 *           "entity": "judgment",                    the kind of element, as the format names it
 *           "key": "kj-strait-open",                 its id; evidence: "source locator"
 *           "label": "The Compact's task force ...", what it says, in full
 *           "owner": {"entity": "motivation", "id": "haedo-energy"},   evidence only
 *           "fields": [                              changed elements with changed fields only
 *             {"field": "statement", "before": "...", "after": "..."}
 *           ],                                       a value: a text, a list of texts, or null
 *           "estimate": {                            judgments whose confidence or likelihood changed
 *             "confidence": {"before": "moderate", "after": "high"},
 *             "likelihood": {"before": "likely", "after": "likely"},   null when not given
 *             "reason": "..."                        the changeReason, or null
 *           },
 *           "parts": [ ... ]                         the changes of an ACH matrix' hypotheses and items
 *         }
 *       ]
 *     }
 *   ]
 * }
 * </pre>
 *
 * <p>{@code owner}, {@code fields}, {@code estimate} and {@code parts} are left out when they do
 * not apply. Two equal versions give {@code "sections": []} and counts of 0. Characters that
 * could drive a terminal are escaped, so the text is safe to print. The same changes always give
 * the same text.
 */
public final class ChangeJson {
  private ChangeJson() {}

  /**
   * The JSON of {@code changes}, ending with a line break.
   *
   * @param before how to name the old version, such as its file name as the user gave it
   * @param after how to name the new version
   */
  public static String of(CaseChanges changes, String before, String after) {
    Objects.requireNonNull(changes, "changes must not be null");
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("before", side(before, changes.versionBefore()));
    root.put("after", side(after, changes.versionAfter()));
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("changes", changes.total());
    for (ChangeKind k : ChangeKind.values()) {
      counts.put(k.key(), changes.count(k));
    }
    root.put("counts", counts);
    List<Object> sections = new ArrayList<>();
    for (SectionChanges s : changes.sections()) {
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("section", s.name());
      section.put("title", s.title());
      section.put("changes", s.changes().stream().map(ChangeJson::element).toList());
      sections.add(section);
    }
    root.put("sections", sections);
    return JsonWriter.write(root);
  }

  private static Map<String, Object> side(String file, Optional<String> version) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file);
    m.put("version", version.orElse(null));
    return m;
  }

  private static Map<String, Object> element(ElementChange c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("change", c.kind().key());
    m.put("entity", c.entity());
    m.put("key", c.key());
    m.put("label", c.label());
    c.owner().ifPresent(o -> {
      Map<String, Object> owner = new LinkedHashMap<>();
      owner.put("entity", o.entity());
      owner.put("id", o.id());
      m.put("owner", owner);
    });
    if (!c.fields().isEmpty()) {
      List<Object> fields = new ArrayList<>();
      for (FieldChange f : c.fields()) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("field", f.field());
        field.put("before", f.before().map(ChangeJson::value).orElse(null));
        field.put("after", f.after().map(ChangeJson::value).orElse(null));
        fields.add(field);
      }
      m.put("fields", fields);
    }
    c.estimate().ifPresent(e -> {
      Map<String, Object> estimate = new LinkedHashMap<>();
      estimate.put("confidence", pair(e.confidenceBefore().key(), e.confidenceAfter().key()));
      estimate.put(
          "likelihood",
          pair(
              e.likelihoodBefore().map(Likelihood::key).orElse(null),
              e.likelihoodAfter().map(Likelihood::key).orElse(null)));
      estimate.put("reason", e.reason().orElse(null));
      m.put("estimate", estimate);
    });
    if (!c.parts().isEmpty()) {
      m.put("parts", c.parts().stream().map(ChangeJson::element).toList());
    }
    return m;
  }

  private static Object value(FieldValue v) {
    return v.list() ? v.items() : v.text();
  }

  private static Map<String, Object> pair(String before, String after) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("before", before);
    m.put("after", after);
    return m;
  }
}
