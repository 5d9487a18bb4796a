package org.briefkit.model.format;

import static org.briefkit.model.format.Field.defaulted;
import static org.briefkit.model.format.Field.required;
import static org.briefkit.model.format.Field.requiredList;

import org.briefkit.model.AchId;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Hypothesis;

/** The fields of an {@link AchMatrix}. */
final class AchFields {
  private AchFields() {}

  static Entity<AchMatrix, AchMatrix.Builder> entity(
      Entity<Hypothesis, Hypothesis.Builder> hypothesis, Entity<AchItem, AchItem.Builder> item) {
    return Entity.declare("ach", AchMatrix::builder, AchMatrix.Builder::build)
        .field(required("id", "Id", Types.id(AchId::of, ""), AchMatrix::id, AchMatrix.Builder::id,
            "the id of the matrix"))
        .field(defaulted("question", "Question", Types.NUMBER, 1, "`1`", AchMatrix::question,
            AchMatrix.Builder::question, "which of the case's questions it answers, counted from 1"))
        .field(requiredList("hypotheses", "Hypotheses", Types.records(hypothesis),
            AchMatrix::hypotheses, AchMatrix.Builder::hypotheses,
            "the competing explanations, at least two"))
        .field(requiredList("items", "Items", Types.records(item), AchMatrix::items,
            AchMatrix.Builder::items, "the items rated against every hypothesis"))
        .done();
  }
}
