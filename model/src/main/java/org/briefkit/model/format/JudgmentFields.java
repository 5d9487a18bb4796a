package org.briefkit.model.format;

import static org.briefkit.model.format.Field.optional;
import static org.briefkit.model.format.Field.required;
import static org.briefkit.model.format.Field.requiredList;

import org.briefkit.model.Confidence;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.MotivationId;

/** The fields of a {@link KeyJudgment}. */
final class JudgmentFields {
  private JudgmentFields() {}

  static Entity<KeyJudgment, KeyJudgment.Builder> entity() {
    return Entity.declare("judgment", KeyJudgment::builder, KeyJudgment.Builder::build)
        .field(required("id", "Id", Types.id(JudgmentId::of, ""), KeyJudgment::id,
            KeyJudgment.Builder::id, "the id of the judgment"))
        .field(required("statement", "Statement", Types.TEXT, KeyJudgment::statement,
            KeyJudgment.Builder::statement, "the judgment in a sentence or two"))
        .field(required("confidence", "Confidence", Types.choice(Confidence.class),
            KeyJudgment::confidence, KeyJudgment.Builder::confidence,
            "the analyst's confidence in the judgment"))
        .field(optional("likelihood", "Likelihood", Types.LIKELIHOOD,
            KeyJudgment::likelihood, KeyJudgment.Builder::likelihood,
            "how likely the judged outcome is, for forecasts: a row of the case's estimative scale"))
        .field(requiredList("supportedBy", "Supported by", Types.ids(MotivationId::of, "motivation"),
            KeyJudgment::supportedBy, KeyJudgment.Builder::supportedBy,
            "the motivations it rests on, at least one"))
        .field(optional("changeReason", "Change reason", Types.TEXT, KeyJudgment::changeReason,
            KeyJudgment.Builder::changeReason,
            "why the confidence or likelihood changed since the previous version"
                + " (docs/provenance.md)"))
        .done();
  }
}
