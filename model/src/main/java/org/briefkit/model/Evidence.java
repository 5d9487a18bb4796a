package org.briefkit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What supports a motivation, an event or a transfer: a place in a source and what it says
 * there, in a short quote or the analyst's paraphrase.
 *
 * @param source the source cited
 * @param locator where in the source, if the source has parts
 * @param text a short quote or paraphrase (not blank)
 * @param kind whether the source reports a fact, relays a claim or gives its own assessment
 * @param credibility the analyst's grade of the item's credibility (1–6), if graded
 */
public record Evidence(
    SourceId source,
    Optional<Locator> locator,
    String text,
    EvidenceKind kind,
    Optional<Credibility> credibility) {
  /** Checks that every component is present and the text not blank. */
  public Evidence {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(locator, "locator must not be null (use Optional.empty())");
    Texts.required("evidence text", text);
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(credibility, "credibility must not be null (use Optional.empty())");
  }

  /** Ungraded evidence. */
  public Evidence(SourceId source, Optional<Locator> locator, String text, EvidenceKind kind) {
    this(source, locator, text, kind, Optional.empty());
  }

  /** Evidence at a given place in a source. */
  public static Evidence of(SourceId source, Locator locator, String text, EvidenceKind kind) {
    return new Evidence(source, Optional.of(locator), text, kind);
  }

  /** The citation a reader sees: "csis-2022 ¶4", or the source id alone. */
  public String cite() {
    return locator.map(l -> source.value() + " " + l.cite()).orElse(source.value());
  }

  /**
   * An empty builder; {@link Builder#build()} needs the source and the text. The kind defaults
   * to {@link EvidenceKind#ASSESSMENT}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every part of this evidence, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder().source(source).text(text).kind(kind);
    b.locator = locator;
    b.credibility = credibility;
    return b;
  }

  /** Builds {@link Evidence}. */
  public static final class Builder {
    private SourceId source;
    private Optional<Locator> locator = Optional.empty();
    private String text;
    private EvidenceKind kind = EvidenceKind.ASSESSMENT;
    private Optional<Credibility> credibility = Optional.empty();

    private Builder() {}

    /** Sets the source cited (required). */
    public Builder source(SourceId source) {
      this.source = Objects.requireNonNull(source, "source must not be null");
      return this;
    }

    /** Sets where in the source. */
    public Builder locator(Locator locator) {
      this.locator = Optional.of(locator);
      return this;
    }

    /** Sets the credibility grade. */
    public Builder credibility(Credibility credibility) {
      this.credibility = Optional.of(credibility);
      return this;
    }

    /** Sets the quote or paraphrase (required). */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Sets the kind. */
    public Builder kind(EvidenceKind kind) {
      this.kind = kind;
      return this;
    }

    /** Builds the evidence, validating it. */
    public Evidence build() {
      return new Evidence(source, locator, text, kind, credibility);
    }
  }
}
