package org.briefkit.analysis.tradecraft;

import java.util.Objects;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.analysis.provenance.ProvenanceReport;
import org.briefkit.model.Case;

/**
 * What the tradecraft rules look at: the case, the materials it names beyond itself, and what
 * is computed from them once for every rule (the check of its citations against its sources'
 * texts).
 */
public final class TradecraftInput {
  private final Case aCase;
  private final CaseMaterials materials;
  private final ProvenanceReport provenance;

  private TradecraftInput(Case aCase, CaseMaterials materials, ProvenanceReport provenance) {
    this.aCase = Objects.requireNonNull(aCase, "case must not be null");
    this.materials = Objects.requireNonNull(materials, "materials must not be null");
    this.provenance = Objects.requireNonNull(provenance, "provenance must not be null");
  }

  /** The input of a check of {@code aCase} with its {@code materials}; checks its citations. */
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
}
