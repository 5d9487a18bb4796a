package org.briefkit.model.format;

import static org.briefkit.model.format.Field.optional;
import static org.briefkit.model.format.Field.required;

import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;

/** The fields of an {@link Actor}. */
final class ActorFields {
  private ActorFields() {}

  static Entity<Actor, Actor.Builder> entity() {
    return Entity.declare("actor", Actor::builder, Actor.Builder::build)
        .field(required("id", "Id", Types.id(ActorId::of, ""), Actor::id, Actor.Builder::id,
            "the id the rest of the case refers to"))
        .field(required("name", "Name", Types.TEXT, Actor::name, Actor.Builder::name,
            "the name in English (\"Yoon Suk-yeol\")"))
        .field(optional("localName", "Local name", Types.TEXT, Actor::localName,
            Actor.Builder::localName, "the name in its own script (\"윤석열\")"))
        .field(required("kind", "Kind", Types.choice(ActorKind.class), Actor::kind,
            Actor.Builder::kind, "what kind of actor it is"))
        .field(optional("role", "Role", Types.TEXT, Actor::role, Actor.Builder::role,
            "a role or title"))
        .field(optional("affiliation", "Affiliation", Types.id(ActorId::of, "actor"),
            Actor::affiliation, Actor.Builder::affiliation,
            "the actor this one belongs to or acts for, not itself"))
        .field(optional("country", "Country", Types.COUNTRY, Actor::country, Actor.Builder::country,
            "its country"))
        .done();
  }
}
