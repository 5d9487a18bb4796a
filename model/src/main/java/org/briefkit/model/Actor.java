package org.briefkit.model;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person, state, alliance, organisation or institution the case names.
 *
 * @param id the id other elements refer to
 * @param name the name in English ("Yoon Suk-yeol")
 * @param localName the name in its own script, such as Hangul ("윤석열")
 * @param kind what kind of actor
 * @param role a role or title ("President of the Republic of Korea")
 * @param affiliation the actor this one belongs to or acts for (a president's state)
 * @param country the ISO 3166-1 alpha-2 code of the actor's country, where one applies
 */
public record Actor(
    ActorId id,
    String name,
    Optional<String> localName,
    ActorKind kind,
    Optional<String> role,
    Optional<ActorId> affiliation,
    Optional<String> country) {
  private static final ImmutableSet<String> COUNTRIES =
      ImmutableSet.copyOf(Arrays.asList(Locale.getISOCountries()));

  /** Checks the texts and the country code. */
  public Actor {
    Objects.requireNonNull(id, "id must not be null");
    Texts.required("actor name", name);
    Texts.optional("actor local name", localName);
    Objects.requireNonNull(kind, "kind must not be null");
    Texts.optional("actor role", role);
    Objects.requireNonNull(affiliation, "affiliation must not be null");
    Objects.requireNonNull(country, "country must not be null");
    country.ifPresent(Actor::requireCountry);
  }

  /**
   * Returns {@code code} if it is an ISO 3166-1 alpha-2 country code ({@code KR}).
   *
   * @throws IllegalArgumentException naming the value and the rule
   */
  public static String requireCountry(String code) {
    if (!COUNTRIES.contains(Objects.requireNonNull(code, "country must not be null"))) {
      throw new IllegalArgumentException(
          "country (" + Texts.quote(code) + ") must be an ISO 3166-1 alpha-2 code such as KR");
    }
    return code;
  }

  /** A builder for an actor of the given kind. */
  public static Builder builder(ActorId id, String name, ActorKind kind) {
    return new Builder().id(id).name(name).kind(kind);
  }

  /** An empty builder; {@link Builder#build()} needs the id, the name and the kind. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every part of this actor, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).name(name).kind(kind);
    b.localName = localName;
    b.role = role;
    b.affiliation = affiliation;
    b.country = country;
    return b;
  }

  /** The name with the local-script name in brackets when there is one: "Yoon Suk-yeol (윤석열)". */
  public String displayName() {
    return localName.map(l -> name + " (" + l + ")").orElse(name);
  }

  /** Builds an {@link Actor}. */
  public static final class Builder {
    private ActorId id;
    private String name;
    private ActorKind kind;
    private Optional<String> localName = Optional.empty();
    private Optional<String> role = Optional.empty();
    private Optional<ActorId> affiliation = Optional.empty();
    private Optional<String> country = Optional.empty();

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(ActorId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the name in English (required). */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name must not be null");
      return this;
    }

    /** Sets the kind (required). */
    public Builder kind(ActorKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind must not be null");
      return this;
    }

    /** Sets the name in the actor's own script. */
    public Builder localName(String localName) {
      this.localName = Optional.of(localName);
      return this;
    }

    /** Sets the role or title. */
    public Builder role(String role) {
      this.role = Optional.of(role);
      return this;
    }

    /** Sets the actor this one belongs to or acts for. */
    public Builder affiliation(ActorId affiliation) {
      this.affiliation = Optional.of(affiliation);
      return this;
    }

    /** Sets the ISO 3166-1 alpha-2 country code. */
    public Builder country(String country) {
      this.country = Optional.of(country);
      return this;
    }

    /** Builds the actor, validating it. */
    public Actor build() {
      return new Actor(id, name, localName, kind, role, affiliation, country);
    }
  }
}
