package org.briefkit.analysis.tradecraft;

import java.util.Objects;
import java.util.Optional;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.analysis.changes.CaseChanges;
import org.briefkit.analysis.changes.CaseDiff;
import org.briefkit.analysis.provenance.ProvenanceReport;
import org.briefkit.model.Case;

/**
 * What the tradecraft rules look at: the case, the materials it names beyond itself, and what
 * is derived from them once for every rule (the check of its citations against its sources'
 * texts, the changes since the previous version). Immutable.
 */
public final class TradecraftInput {
  private final Case aCase;
  private final CaseMaterials materials;
  private final ProvenanceReport provenance;
  private final Optional<CaseChanges> changes;

  private TradecraftInput(Case aCase, CaseMaterials materials, ProvenanceReport provenance) {
    this.aCase = Objects.requireNonNull(aCase, "case must not be null");
    this.materials = Objects.requireNonNull(materials, "materials must not be null");
    this.provenance = Objects.requireNonNull(provenance, "provenance must not be null");
    this.changes = materials.previous().map(p -> CaseDiff.between(p, aCase));
  }

  /**
   * The input of a check of {@code aCase} with its {@code materials}: checks its citations, and
   * compares the case with its previous version if the materials hold one.
   */
  public static TradecraftInput of(Case aCase, CaseMaterials materials) {
    Objects.requireNonNull(aCase, "case must not be null");
    Objects.requireNonNull(materials, "materials must not be null");
    return new TradecraftInput(aCase, materials, ProvenanceReport.of(aCase, materials.texts()));
  }

  /**
   * The input of a check of {@code aCase} with its {@code materials} and the check of its
   * citations already made ({@code ProvenanceReport.of(aCase, materials.texts())}).
   */
  public static TradecraftInput of(Case aCase, CaseMaterials materials, ProvenanceReport provenance) {
    return new TradecraftInput(aCase, materials, provenance);
  }

  /** The case checked. */
  public Case aCase() {
    return aCase;
  }

  /** What the case names beyond itself. */
  public CaseMaterials materials() {
    return materials;
  }

  /** The case's citations checked against its sources' texts. */
  public ProvenanceReport provenance() {
    return provenance;
  }

  /** What changed since the previous version, when the materials hold one. */
  public Optional<CaseChanges> changes() {
    return changes;
  }
}
