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
    return new Builder(id, stakeholder, domain);
  }

  /** The salience weight: 3, 2 or 1. */
  public int weight() {
    return salience.weight();
  }

  /** Builds a {@link Motivation}; the salience defaults to secondary. */
  public static final class Builder {
    private final MotivationId id;
    private final StakeholderId stakeholder;
    private final DomainId domain;
    private String claim;
    private String rationale = "";
    private Salience salience = Salience.SECONDARY;
    private final ImmutableList.Builder<ActorId> drivers = ImmutableList.builder();
    private final ImmutableList.Builder<ActorId> actors = ImmutableList.builder();
    private final ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();

    private Builder(MotivationId id, StakeholderId stakeholder, DomainId domain) {
      java.util.Objects.requireNonNull(id, "id must not be null");
      java.util.Objects.requireNonNull(stakeholder, "stakeholder must not be null");
      java.util.Objects.requireNonNull(domain, "domain must not be null");
      this.id = id;
      this.stakeholder = stakeholder;
      this.domain = domain;
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
      drivers.addAll(Arrays.asList(ids));
      return this;
    }

    /** Adds involved actors. */
    public Builder actors(ActorId... ids) {
      actors.addAll(Arrays.asList(ids));
      return this;
    }

    /** Adds evidence. */
    public Builder evidence(Evidence... items) {
      evidence.addAll(Arrays.asList(items));
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
