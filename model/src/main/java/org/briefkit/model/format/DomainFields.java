package org.briefkit.model.format;

import static org.briefkit.model.format.Field.defaulted;
import static org.briefkit.model.format.Field.required;

import org.briefkit.model.Domain;
import org.briefkit.model.DomainId;
import org.briefkit.model.Instrument;

/** The fields of a {@link Domain}. */
final class DomainFields {
  private DomainFields() {}

  static Entity<Domain, Domain.Builder> entity() {
    return Entity.declare("domain", Domain::builder, Domain.Builder::build)
        .field(required("id", "Id", Types.id(DomainId::of, ""), Domain::id, Domain.Builder::id,
            "the id motivations refer to"))
        .field(required("label", "Label", Types.TEXT, Domain::label, Domain.Builder::label,
            "the short label in tables and charts"))
        .field(required("instrument", "Instrument", Types.choice(Instrument.class),
            Domain::instrument, Domain.Builder::instrument,
            "the instrument of power it belongs to (DIME)"))
        .field(defaulted("description", "Description", Types.PROSE, "", null, Domain::description,
            Domain.Builder::description, "what the domain covers"))
        .done();
  }
}
