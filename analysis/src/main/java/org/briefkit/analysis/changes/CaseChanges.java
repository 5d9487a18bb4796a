package org.briefkit.analysis.changes;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.Case;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.PartialDate;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Field;

/**
 * What changed between two versions of a case, section by section, as {@link CaseDiff#between}
 * finds it. Sections without a change are left out; when nothing changed there are none.
 *
 * @param versionBefore the old version's label ({@code version} in the case file), if it has one
 * @param versionAfter the new version's label, if it has one
 * @param sections the sections with changes, in the order of {@link CaseDiff#SECTIONS}
 */
public record CaseChanges(
    Optional<String> versionBefore, Optional<String> versionAfter, ImmutableList<SectionChanges> sections) {
  /** Checks the parts and copies the sections. */
  public CaseChanges {
    Objects.requireNonNull(versionBefore, "versionBefore must not be null (use Optional.empty())");
    Objects.requireNonNull(versionAfter, "versionAfter must not be null (use Optional.empty())");
    sections = ImmutableList.copyOf(sections);
  }

  /** Whether the two versions are the same. */
  public boolean isEmpty() {
    return sections.isEmpty();
  }

  /**
   * How many changes of {@code kind} there are: every element, evidence item, hypothesis and ACH
   * item added, removed or changed counts once.
   */
  public int count(ChangeKind kind) {
    return sections.stream().mapToInt(s -> s.count(kind)).sum();
  }

  /** How many changes there are, of every kind. */
  public int total() {
    int n = 0;
    for (ChangeKind k : ChangeKind.values()) {
      n += count(k);
    }
    return n;
  }

  /** The section called {@code name} ({@code judgments}), if it has changes. */
  public Optional<SectionChanges> section(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * The change of the confidence or likelihood of the key judgment {@code id}, if it is in both
   * versions and either changed.
   */
  public Optional<EstimateChange> estimate(JudgmentId id) {
    return section(CaseDiff.JUDGMENTS).stream()
        .flatMap(s -> s.changes().stream())
        .filter(c -> c.key().equals(id.value()))
        .flatMap(c -> c.estimate().stream())
        .findFirst();
  }

  /**
   * The as-of date of the version compared with: the one {@code after}'s date changed from, or
   * {@code after}'s own when it did not change.
   */
  public Optional<PartialDate> asOfBefore(Case after) {
    Optional<FieldChange> asOf = section(CaseDiff.CASE).stream()
        .flatMap(s -> s.changes().stream())
        .flatMap(e -> e.fields().stream())
        .filter(f -> f.field().equals("asOf"))
        .findFirst();
    return asOf.isEmpty() ? after.asOf() : asOf.get().before().map(FieldValue::text).map(PartialDate::parse);
  }

  /**
   * The header a field of {@code entity} (as {@link ElementChange#entity()} names it) has in the
   * workbook ("Supported by"); the field's name when the format has no such field.
   */
  public static String header(String entity, String field) {
    return CaseFormat.ALL.stream()
        .filter(en -> en.name().equals(entity))
        .findFirst()
        .flatMap(en -> en.field(field).map(Field::header))
        .orElse(field);
  }
}
