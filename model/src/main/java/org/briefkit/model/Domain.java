package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A policy domain in which motivations are classified (cybersecurity, arms trade...). Each
 * case declares its own taxonomy; {@link #defaults()} is a sensible starting set.
 *
 * @param id the id motivations refer to
 * @param label the short label shown in tables and charts (not blank)
 * @param description what the domain covers (may be empty)
 * @param instrument the instrument of power it belongs to
 */
public record Domain(DomainId id, String label, String description, Instrument instrument) {
  private static final ImmutableList<Domain> DEFAULTS =
      ImmutableList.of(
          of("diplomacy", "Diplomacy & alliances", "Political ties, alliance management, standing.", Instrument.DIPLOMATIC),
          of("regional-security", "Regional security", "Policies towards neighbours and regional threats.", Instrument.DIPLOMATIC),
          of("cyber", "Cybersecurity", "Cyber defence, information sharing, exercises.", Instrument.INFORMATION),
          of("non-proliferation", "Non-proliferation", "Nuclear, CBRN and missile proliferation.", Instrument.MILITARY),
          of("military-cooperation", "Military cooperation", "Exercises, research, interoperability, expertise.", Instrument.MILITARY),
          of("arms-trade", "Arms trade", "Imports and exports of arms and military technology.", Instrument.ECONOMIC));

  /** Checks that the label is not blank. */
  public Domain {
    Objects.requireNonNull(id, "id must not be null");
    Texts.required("domain label", label);
    Texts.nonNull("domain description", description);
    Objects.requireNonNull(instrument, "instrument must not be null");
  }

  /** A domain from its parts. */
  public static Domain of(String id, String label, String description, Instrument instrument) {
    return new Domain(DomainId.of(id), label, description, instrument);
  }

  /**
   * A default taxonomy for security-policy cases: diplomacy, regional security,
   * cybersecurity, non-proliferation, military cooperation and the arms trade.
   */
  public static ImmutableList<Domain> defaults() {
    return DEFAULTS;
  }

  /**
   * An empty builder; {@link Builder#build()} needs the id, the label and the instrument. The
   * description defaults to empty.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every part of this domain, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder().id(id).label(label).description(description).instrument(instrument);
  }

  /** Builds a {@link Domain}. */
  public static final class Builder {
    private DomainId id;
    private String label;
    private String description = "";
    private Instrument instrument;

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(DomainId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the short label (required). */
    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /** Sets what the domain covers. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Sets the instrument of power (required). */
    public Builder instrument(Instrument instrument) {
      this.instrument = instrument;
      return this;
    }

    /** Builds the domain, validating it. */
    public Domain build() {
      return new Domain(id, label, description, instrument);
    }
  }
}
