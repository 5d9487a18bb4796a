package org.briefkit.model.format;

import static org.briefkit.model.format.Field.list;
import static org.briefkit.model.format.Field.required;
import static org.briefkit.model.format.Field.requiredList;

import org.briefkit.model.Assumption;
import org.briefkit.model.AssumptionId;
import org.briefkit.model.AssumptionStatus;
import org.briefkit.model.Evidence;
import org.briefkit.model.JudgmentId;

/** The fields of an {@link Assumption}. */
final class AssumptionFields {
  private AssumptionFields() {}

  static Entity<Assumption, Assumption.Builder> entity(Entity<Evidence, Evidence.Builder> evidence) {
    return Entity.declare("assumption", Assumption::builder, Assumption.Builder::build)
        .field(required("id", "Id", Types.id(AssumptionId::of, ""), Assumption::id,
            Assumption.Builder::id, "the id of the assumption"))
        .field(required("status", "Status", Types.choice(AssumptionStatus.class),
            Assumption::status, Assumption.Builder::status,
            "what a key assumptions check found: solid, caveated (holds with caveats) or"
                + " unsupported"))
        .field(requiredList("underpins", "Underpins", Types.ids(JudgmentId::of, "judgment"),
            Assumption::underpins, Assumption.Builder::underpins,
            "the key judgments that rest on it, at least one"))
        .field(required("statement", "Statement", Types.TEXT, Assumption::statement,
            Assumption.Builder::statement, "the assumption in a sentence"))
        .field(list("evidence", "Evidence items", Types.records(evidence), Assumption::evidence,
            Assumption.Builder::evidence, "what supports it, if anything"))
        .done();
  }
}
