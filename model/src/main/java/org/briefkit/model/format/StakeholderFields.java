package org.briefkit.model.format;

import static org.briefkit.model.format.Field.defaulted;
import static org.briefkit.model.format.Field.defaultedTo;
import static org.briefkit.model.format.Field.optional;
import static org.briefkit.model.format.Field.required;

import org.briefkit.model.ActorId;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.StakeholderKind;

/** The fields of a {@link Stakeholder}. */
final class StakeholderFields {
  private StakeholderFields() {}

  static Entity<Stakeholder, Stakeholder.Builder> entity() {
    return Entity.declare("stakeholder", Stakeholder::builder, Stakeholder.Builder::build)
        .field(required("id", "Id", Types.id(StakeholderId::of, ""), Stakeholder::id,
            Stakeholder.Builder::id, "the id motivations refer to"))
        .field(required("name", "Name", Types.TEXT, Stakeholder::name, Stakeholder.Builder::name,
            "the full name (\"North Atlantic Treaty Organization\")"))
        .field(defaultedTo("shortName", "Short name", Types.TEXT, Stakeholder::name, "the name",
            Stakeholder::shortName, Stakeholder.Builder::shortName,
            "the name in tables and charts (\"NATO\")"))
        .field(defaulted("kind", "Kind", Types.choice(StakeholderKind.class), StakeholderKind.STATE,
            null, Stakeholder::kind, Stakeholder.Builder::kind, "what kind of party it is"))
        .field(optional("colour", "Colour", Types.COLOUR, Stakeholder::colour,
            Stakeholder.Builder::colour,
            "its colour in every chart; quote it, as # starts a YAML comment"))
        .field(optional("actor", "Actor", Types.id(ActorId::of, "actor"), Stakeholder::actor,
            Stakeholder.Builder::actor, "the actor this stakeholder is"))
        .field(required("question", "Question", Types.TEXT, Stakeholder::question,
            Stakeholder.Builder::question, "the analytic question from this stakeholder's side"))
        .done();
  }
}
