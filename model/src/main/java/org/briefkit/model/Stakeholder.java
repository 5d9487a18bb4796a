package org.briefkit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A party whose motivations the case explains (NATO, the Republic of Korea), with the
 * question asked from its side ("Why was President Yoon invited?").
 *
 * @param id the id motivations refer to
 * @param name the full name ("North Atlantic Treaty Organization")
 * @param shortName the name used in tables and charts ("NATO")
 * @param question the analytic question from this stakeholder's perspective
 * @param kind alliance, state or organisation
 * @param colour the colour given to this stakeholder in every chart, if the analyst chose one
 * @param actor the actor this stakeholder is, if the case lists it among its actors
 */
public record Stakeholder(
    StakeholderId id,
    String name,
    String shortName,
    String question,
    StakeholderKind kind,
    Optional<Colour> colour,
    Optional<ActorId> actor) {

  /** Checks that the texts are not blank. */
  public Stakeholder {
    Objects.requireNonNull(id, "id must not be null");
    Texts.required("stakeholder name", name);
    Texts.required("stakeholder short name", shortName);
    Texts.required("stakeholder question", question);
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(colour, "colour must not be null");
    Objects.requireNonNull(actor, "actor must not be null");
  }

  /** A builder; the short name defaults to the name. */
  public static Builder builder(StakeholderId id, String name) {
    return new Builder(id, name);
  }

  /** Builds a {@link Stakeholder}. */
  public static final class Builder {
    private final StakeholderId id;
    private final String name;
    private String shortName;
    private String question;
    private StakeholderKind kind = StakeholderKind.STATE;
    private Optional<Colour> colour = Optional.empty();
    private Optional<ActorId> actor = Optional.empty();

    private Builder(StakeholderId id, String name) {
      java.util.Objects.requireNonNull(id, "id must not be null");
      java.util.Objects.requireNonNull(name, "name must not be null");
      this.id = id;
      this.name = name;
    }

    /** Sets the short name. */
    public Builder shortName(String shortName) {
      this.shortName = shortName;
      return this;
    }

    /** Sets the question asked from this stakeholder's perspective (required). */
    public Builder question(String question) {
      this.question = question;
      return this;
    }

    /** Sets the kind (default: state). */
    public Builder kind(StakeholderKind kind) {
      this.kind = kind;
      return this;
    }

    /** Sets the colour. */
    public Builder colour(Colour colour) {
      this.colour = Optional.of(colour);
      return this;
    }

    /** Links the stakeholder to an actor of the case. */
    public Builder actor(ActorId actor) {
      this.actor = Optional.of(actor);
      return this;
    }

    /** Builds the stakeholder, validating it. */
    public Stakeholder build() {
      return new Stakeholder(
          id, name, shortName == null ? name : shortName, question, kind, colour, actor);
    }
  }
}
