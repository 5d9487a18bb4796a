package org.briefkit.analysis.tradecraft;

import java.util.Objects;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.model.Case;

/** What the tradecraft rules look at: the case, and the materials it names beyond itself. */
public final class TradecraftInput {
  private final Case aCase;
  private final CaseMaterials materials;

  private TradecraftInput(Case aCase, CaseMaterials materials) {
    this.aCase = Objects.requireNonNull(aCase, "case must not be null");
    this.materials = Objects.requireNonNull(materials, "materials must not be null");
  }

  /** The input of a check of {@code aCase} with its {@code materials}. */
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
}
