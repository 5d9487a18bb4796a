package org.briefkit.model.format;

import static org.briefkit.model.format.Field.required;

import org.briefkit.model.Waiver;

/** The fields of a {@link Waiver}. */
final class WaiverFields {
  private WaiverFields() {}

  static Entity<Waiver, Waiver.Builder> entity() {
    return Entity.declare("waiver", Waiver::builder, Waiver.Builder::build)
        .field(required("rule", "Rule", Types.TEXT, Waiver::rule, Waiver.Builder::rule,
            "the id of the tradecraft rule switched off (see docs/tradecraft.md)"))
        .field(required("reason", "Reason", Types.TEXT, Waiver::reason, Waiver.Builder::reason,
            "why the rule does not apply to this case; the brief prints it"))
        .done();
  }
}
