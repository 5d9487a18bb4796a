package org.briefkit.analysis.tradecraft;

import java.util.Objects;
import java.util.Optional;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.analysis.changes.CaseChanges;
import org.briefkit.analysis.changes.CaseDiff;
import org.briefkit.model.Case;

/**
 * What the tradecraft rules look at: the case, the materials it names beyond itself, and what
 * is derived from them once for every rule (the changes since the previous version). Immutable.
 */
public final class TradecraftInput {
  private final Case aCase;
  private final CaseMaterials materials;
  private final Optional<CaseChanges> changes;

  private TradecraftInput(Case aCase, CaseMaterials materials) {
    this.aCase = Objects.requireNonNull(aCase, "case must not be null");
    this.materials = Objects.requireNonNull(materials, "materials must not be null");
    this.changes = materials.previous().map(p -> CaseDiff.between(p, aCase));
  }

  /**
   * The input of a check of {@code aCase} with its {@code materials}; compares the case with its
   * previous version, if the materials hold one.
   */
  public static TradecraftInput of(Case aCase, CaseMaterials materials) {
    return new TradecraftInput(aCase, materials);
  }

  /** The case checked. */
  public Case aCase() {
    return aCase;
  }

  /** What the case names beyond itself. */
  public CaseMaterials materials() {
    return materials;
  }

  /** What changed since the previous version, when the materials hold one. */
  public Optional<CaseChanges> changes() {
    return changes;
  }
}
