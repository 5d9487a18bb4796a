package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;

/**
 * One reason a stakeholder acts as it does, in one domain: the heart of a case.
 *
 * @param id the id key judgments refer to
 * @param stakeholder whose motivation this is
 * @param domain the domain it belongs to
 * @param claim the motivation in one line ("Cooperate on cyber defence")
 * @param rationale why, in a few sentences (may be empty)
 * @param salience how much it weighs: primary, secondary or subsidiary
 * @param drivers the third parties whose behaviour drives it (North Korea, China...)
 * @param actors the other actors it involves
 * @param evidence what supports it
 */
public record Motivation(
    MotivationId id,
    StakeholderId stakeholder,
    DomainId domain,
    String claim,
    String rationale,
    Salience salience,
    ImmutableList<ActorId> drivers,
    ImmutableList<ActorId> actors,
    ImmutableList<Evidence> evidence) {

  /** Checks the components and copies the lists. */
  public Motivation {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(stakeholder, "stakeholder must not be null");
    Objects.requireNonNull(domain, "domain must not be null");
    Texts.required("motivation claim", claim);
    Texts.nonNull("motivation rationale", rationale);
    Objects.requireNonNull(salience, "salience must not be null");
    drivers = ImmutableList.copyOf(drivers);
    actors = ImmutableList.copyOf(actors);
    evidence = ImmutableList.copyOf(evidence);
  }

  /** A builder for a motivation of {@code stakeholder} in {@code domain}. */
  public static Builder builder(MotivationId id, StakeholderId stakeholder, DomainId domain) {
    return new Builder().id(id).stakeholder(stakeholder).domain(domain);
  }

  /** An empty builder; {@link Builder#build()} needs the id, the stakeholder, the domain and the claim. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every part of this motivation, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .stakeholder(stakeholder)
        .domain(domain)
        .claim(claim)
        .rationale(rationale)
        .salience(salience)
        .drivers(drivers)
        .actors(actors)
        .evidence(evidence);
  }

  /** The salience weight: 3, 2 or 1. */
  public int weight() {
    return salience.weight();
  }

  /**
   * Builds a {@link Motivation}; the salience defaults to secondary. List setters add to what
   * the builder holds.
   */
  public static final class Builder {
    private MotivationId id;
    private StakeholderId stakeholder;
    private DomainId domain;
    private String claim;
    private String rationale = "";
    private Salience salience = Salience.SECONDARY;
    private final ImmutableList.Builder<ActorId> drivers = ImmutableList.builder();
    private final ImmutableList.Builder<ActorId> actors = ImmutableList.builder();
    private final ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(MotivationId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the stakeholder (required). */
    public Builder stakeholder(StakeholderId stakeholder) {
      this.stakeholder = Objects.requireNonNull(stakeholder, "stakeholder must not be null");
      return this;
    }

    /** Sets the domain (required). */
    public Builder domain(DomainId domain) {
      this.domain = Objects.requireNonNull(domain, "domain must not be null");
      return this;
    }

    /** Sets the one-line claim (required). */
    public Builder claim(String claim) {
      this.claim = claim;
      return this;
    }

    /** Sets the rationale. */
    public Builder rationale(String rationale) {
      this.rationale = rationale;
      return this;
    }

    /** Sets the salience. */
    public Builder salience(Salience salience) {
      this.salience = salience;
      return this;
    }

    /** Adds third-party drivers. */
    public Builder drivers(ActorId... ids) {
      return drivers(Arrays.asList(ids));
    }

    /** Adds third-party drivers. */
    public Builder drivers(Iterable<ActorId> ids) {
      drivers.addAll(ids);
      return this;
    }

    /** Adds involved actors. */
    public Builder actors(ActorId... ids) {
      return actors(Arrays.asList(ids));
    }

    /** Adds involved actors. */
    public Builder actors(Iterable<ActorId> ids) {
      actors.addAll(ids);
      return this;
    }

    /** Adds evidence. */
    public Builder evidence(Evidence... items) {
      return evidence(Arrays.asList(items));
    }

    /** Adds evidence. */
    public Builder evidence(Iterable<Evidence> items) {
      evidence.addAll(items);
      return this;
    }

    /** Builds the motivation, validating it. */
    public Motivation build() {
      return new Motivation(
          id, stakeholder, domain, claim, rationale, salience, drivers.build(), actors.build(),
          evidence.build());
    }
  }
}
