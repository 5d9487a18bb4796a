package org.briefkit.model.format;

import static org.briefkit.model.format.Field.defaulted;
import static org.briefkit.model.format.Field.derived;
import static org.briefkit.model.format.Field.list;
import static org.briefkit.model.format.Field.required;

import org.briefkit.model.ActorId;
import org.briefkit.model.DomainId;
import org.briefkit.model.Evidence;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;
import org.briefkit.model.Salience;
import org.briefkit.model.StakeholderId;

/** The fields of a {@link Motivation}. */
final class MotivationFields {
  private MotivationFields() {}

  static Entity<Motivation, Motivation.Builder> entity(Entity<Evidence, Evidence.Builder> evidence) {
    return Entity.declare("motivation", Motivation::builder, Motivation.Builder::build)
        .field(required("id", "Id", Types.id(MotivationId::of, ""), Motivation::id,
            Motivation.Builder::id, "the id key judgments refer to"))
        .field(required("stakeholder", "Stakeholder", Types.id(StakeholderId::of, "stakeholder"),
            Motivation::stakeholder, Motivation.Builder::stakeholder, "whose motivation it is"))
        .field(required("domain", "Domain", Types.id(DomainId::of, "domain"), Motivation::domain,
            Motivation.Builder::domain, "the domain it belongs to"))
        .field(defaulted("salience", "Salience", Types.choice(Salience.class), Salience.SECONDARY,
            null, Motivation::salience, Motivation.Builder::salience,
            "how much it weighs: primary (weight 3), secondary (2) or subsidiary (1), the"
                + " source's \"primarily\", \"in addition\", \"subsidiary benefit\""))
        .field(derived("weight", "Weight", Types.NUMBER, Motivation::weight,
            "3, 2 or 1, from the salience"))
        .field(required("claim", "Claim", Types.TEXT, Motivation::claim, Motivation.Builder::claim,
            "the motivation in one line"))
        .field(defaulted("rationale", "Rationale", Types.PROSE, "", null, Motivation::rationale,
            Motivation.Builder::rationale, "why, in a few sentences"))
        .field(list("drivers", "Drivers", Types.ids(ActorId::of, "actor"), Motivation::drivers,
            Motivation.Builder::drivers, "the third parties whose behaviour drives it"))
        .field(list("actors", "Actors", Types.ids(ActorId::of, "actor"), Motivation::actors,
            Motivation.Builder::actors, "the other actors it involves"))
        .field(list("evidence", "Evidence items", Types.records(evidence), Motivation::evidence,
            Motivation.Builder::evidence, "what supports it"))
        .done();
  }
}
