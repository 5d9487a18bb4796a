package org.briefkit.analysis;

import java.util.Objects;
import java.util.Optional;
import org.briefkit.analysis.provenance.SourceTexts;
import org.briefkit.model.Case;

/**
 * What a case names beyond itself, read by the caller before the analysis: its sources' texts
 * and its previous version. The analysis stays a pure function of the case and its materials.
 */
public final class CaseMaterials {
  private static final CaseMaterials NONE = new Builder().build();

  private final Optional<Case> previous;
  private final Optional<String> previousMissing;
  private final SourceTexts texts;

  private CaseMaterials(Builder b) {
    this.previous = b.previous;
    this.previousMissing = b.previousMissing;
    this.texts = b.texts;
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

  /**
   * Why the previous version the case names could not be read because it is not there ("there is
   * no file ... in the case's folder"), for the {@code previous-version-missing} warning.
   */
  public Optional<String> previousMissing() {
    return previousMissing;
  }

  /**
   * The texts of the case's sources, which its citations are checked against ({@link
   * SourceTexts#none()} unless set).
   */
  public SourceTexts texts() {
    return texts;
  }

  /** Builds {@link CaseMaterials}. */
  public static final class Builder {
    private Optional<Case> previous = Optional.empty();
    private Optional<String> previousMissing = Optional.empty();
    private SourceTexts texts = SourceTexts.none();

    private Builder() {}

    /** Sets the previous version of the case. */
    public Builder previous(Case previous) {
      this.previous = Optional.of(Objects.requireNonNull(previous, "previous must not be null"));
      return this;
    }

    /**
     * Records that the previous version the case names is not there, and why; the analysis then
     * reports no changes and the tradecraft check warns.
     */
    public Builder previousMissing(String why) {
      this.previousMissing = Optional.of(Objects.requireNonNull(why, "why must not be null"));
      return this;
    }

    /** Sets the texts of the case's sources ({@link SourceTexts#load}). */
    public Builder texts(SourceTexts texts) {
      this.texts = Objects.requireNonNull(texts, "texts must not be null");
      return this;
    }

    /** Builds the materials. */
    public CaseMaterials build() {
      return new CaseMaterials(this);
    }
  }
}
