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
    return new Builder().id(id).name(name);
  }

  /**
   * An empty builder; {@link Builder#build()} needs the id, the name and the question. The short
   * name defaults to the name, the kind to {@link StakeholderKind#STATE}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every part of this stakeholder, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).name(name).shortName(shortName).question(question).kind(kind);
    b.colour = colour;
    b.actor = actor;
    return b;
  }

  /** Builds a {@link Stakeholder}. */
  public static final class Builder {
    private StakeholderId id;
    private String name;
    private String shortName;
    private String question;
    private StakeholderKind kind = StakeholderKind.STATE;
    private Optional<Colour> colour = Optional.empty();
    private Optional<ActorId> actor = Optional.empty();

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(StakeholderId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the full name (required). */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name must not be null");
      return this;
    }

    /** Sets the short name used in tables and charts. */
    public Builder shortName(String shortName) {
      this.shortName = shortName;
      return this;
    }

    /** Sets the analytic question from this stakeholder's side (required). */
    public Builder question(String question) {
      this.question = question;
      return this;
    }

    /** Sets the kind. */
    public Builder kind(StakeholderKind kind) {
      this.kind = kind;
      return this;
    }

    /** Sets the colour used for this stakeholder in every chart. */
    public Builder colour(Colour colour) {
      this.colour = Optional.of(colour);
      return this;
    }

    /** Sets the actor this stakeholder is. */
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
