package org.briefkit.analysis.changes;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.Case;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.RecordListType;

/**
 * Compares two versions of a case: what was added, removed and changed, section by section.
 *
 * <p>The comparison follows the format's declaration ({@link CaseFormat}): every field of every
 * kind of element is compared as a case file writes it, so a field added to the format later is
 * compared with no change here. Elements are the same element while their id stays (see {@link
 * ElementChange#key()} for those without an id). A key judgment whose confidence or likelihood
 * changed reports both, old and new, with its {@code changeReason} ({@link EstimateChange}). The
 * evidence of an element that is in both versions is compared as a list of items and reported in
 * the evidence section under its owner; the evidence of an element added or removed goes with
 * it. The order of elements within a list is not compared.
 *
 * <p>Stateless and thread-safe; the result is a pure function of the two cases.
 */
public final class CaseDiff {
  /** The section of the case's own values: its title, questions, version... */
  public static final String CASE = "case";

  /** The section of the evidence items of the elements kept from one version to the next. */
  public static final String EVIDENCE = "evidence";

  static final String JUDGMENTS = "judgments";

  /**
   * The sections in the order they are reported: the case's own values, then its lists by the
   * names case files give them, with the evidence after the key judgments; a list the format
   * gains later comes at the end.
   */
  public static final ImmutableList<String> SECTIONS = sections();

  private CaseDiff() {}

  /** The changes from {@code before}, the old version, to {@code after}, the new one. */
  public static CaseChanges between(Case before, Case after) {
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
    Comparison comparison = new Comparison();
    Map<String, List<ElementChange>> found = new LinkedHashMap<>();
    List<FieldChange> own = Comparison.fields(CaseFormat.CASE, before, after);
    if (!own.isEmpty()) {
      found.put(
          CASE,
          List.of(
              new ElementChange(
                  ChangeKind.CHANGED, CaseFormat.CASE.name(), after.id().value(), after.title(),
                  Optional.empty(), ImmutableList.copyOf(own), Optional.empty(),
                  ImmutableList.of())));
    }
    for (String name : SECTIONS) {
      if (!name.equals(CASE) && !name.equals(EVIDENCE)) {
        Field<Case, ?, ?> f = CaseFormat.CASE.field(name).orElseThrow();
        found.put(name, comparison.nested(f, (RecordListType<?>) f.type(), before, after, Optional.empty()));
      }
    }
    found.put(EVIDENCE, comparison.evidence());
    List<SectionChanges> sections = new ArrayList<>();
    for (String name : SECTIONS) {
      List<ElementChange> changes = found.getOrDefault(name, List.of());
      if (!changes.isEmpty()) {
        sections.add(new SectionChanges(name, title(name), ImmutableList.copyOf(changes)));
      }
    }
    return new CaseChanges(before.version(), after.version(), ImmutableList.copyOf(sections));
  }

  /** The title readers see: the header the format gives the case's list ({@code Key judgments}). */
  private static String title(String section) {
    return switch (section) {
      case CASE -> "Case";
      case EVIDENCE -> "Evidence";
      default -> CaseFormat.CASE.field(section).orElseThrow().header();
    };
  }

  private static ImmutableList<String> sections() {
    List<String> order =
        new ArrayList<>(
            List.of(
                CASE, "motivations", JUDGMENTS, EVIDENCE, "assumptions", "indicators", "events",
                "transfers", "sources", "datasets", "stakeholders", "actors", "domains", "ach"));
    List<String> lists = new ArrayList<>();
    for (Field<Case, ?, ?> f : CaseFormat.CASE.fields()) {
      if (f.type() instanceof RecordListType<?>) {
        lists.add(f.name());
      }
    }
    for (String name : order) {
      if (!name.equals(CASE) && !name.equals(EVIDENCE) && !lists.contains(name)) {
        throw new IllegalStateException("the case format has no list called " + name);
      }
    }
    lists.stream().filter(l -> !order.contains(l)).forEach(order::add);
    return ImmutableList.copyOf(order);
  }
}
