package org.briefkit.analysis;

import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.Case;

/**
 * What a case names beyond itself, read by the caller before the analysis: the case's previous
 * version. The analysis stays a pure function of the case and its materials.
 */
public final class CaseMaterials {
  private static final CaseMaterials NONE = new Builder().build();

  private final Optional<Case> previous;

  private CaseMaterials(Builder b) {
    this.previous = b.previous;
  }

  /** No materials: a case analysed on its own. */
  public static CaseMaterials none() {
    return NONE;
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The case's previous version, if the case names one and it was read. */
  public Optional<Case> previous() {
    return previous;
  }

  /** Builds {@link CaseMaterials}. */
  public static final class Builder {
    private Optional<Case> previous = Optional.empty();

    private Builder() {}

    /** Sets the previous version of the case. */
    public Builder previous(Case previous) {
      this.previous = Optional.of(Objects.requireNonNull(previous, "previous must not be null"));
      return this;
    }

    /** Builds the materials. */
    public CaseMaterials build() {
      return new CaseMaterials(this);
    }
  }
}
