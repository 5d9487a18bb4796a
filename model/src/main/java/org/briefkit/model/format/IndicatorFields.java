package org.briefkit.model.format;

import static org.briefkit.model.format.Field.defaulted;
import static org.briefkit.model.format.Field.list;
import static org.briefkit.model.format.Field.optional;
import static org.briefkit.model.format.Field.required;

import org.briefkit.model.Indicator;
import org.briefkit.model.IndicatorId;
import org.briefkit.model.IndicatorStatus;
import org.briefkit.model.JudgmentId;

/** The fields of an {@link Indicator}. */
final class IndicatorFields {
  private IndicatorFields() {}

  static Entity<Indicator, Indicator.Builder> entity() {
    return Entity.declare("indicator", Indicator::builder, Indicator.Builder::build)
        .field(required("id", "Id", Types.id(IndicatorId::of, ""), Indicator::id,
            Indicator.Builder::id, "the id of the indicator"))
        .field(list("strengthens", "Strengthens", Types.ids(JudgmentId::of, "judgment"),
            Indicator::strengthens, Indicator.Builder::strengthens,
            "the key judgments that observing it would strengthen"))
        .field(list("weakens", "Weakens", Types.ids(JudgmentId::of, "judgment"),
            Indicator::weakens, Indicator.Builder::weakens,
            "the key judgments that observing it would weaken (with strengthens, at least one)"))
        .field(defaulted("status", "Status", Types.choice(IndicatorStatus.class),
            IndicatorStatus.WATCHING, null, Indicator::status, Indicator.Builder::status,
            "watching for it, observed, or lapsed (its window passed unobserved)"))
        .field(optional("observed", "Observed", Types.DATE, Indicator::observed,
            Indicator.Builder::observed, "when it was observed, to the precision known"))
        .field(required("statement", "Statement", Types.TEXT, Indicator::statement,
            Indicator.Builder::statement, "what would be observed, in a sentence"))
        .done();
  }
}
