package org.briefkit.model.format;

import static org.briefkit.model.format.Field.required;

import org.briefkit.model.Hypothesis;
import org.briefkit.model.HypothesisId;

/** The fields of a {@link Hypothesis}. */
final class HypothesisFields {
  private HypothesisFields() {}

  static Entity<Hypothesis, Hypothesis.Builder> entity() {
    return Entity.declare("hypothesis", Hypothesis::builder, Hypothesis.Builder::build)
        .field(required("id", "Id", Types.id(HypothesisId::of, ""), Hypothesis::id,
            Hypothesis.Builder::id, "the id of the hypothesis, unique in its matrix"))
        .field(required("statement", "Statement", Types.TEXT, Hypothesis::statement,
            Hypothesis.Builder::statement, "the explanation in a sentence"))
        .done();
  }
}
