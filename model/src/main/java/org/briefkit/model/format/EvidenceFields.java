package org.briefkit.model.format;

import static org.briefkit.model.format.Field.defaulted;
import static org.briefkit.model.format.Field.optional;
import static org.briefkit.model.format.Field.required;

import org.briefkit.model.Credibility;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.SourceId;

/** The fields of {@link Evidence}. */
final class EvidenceFields {
  private EvidenceFields() {}

  static Entity<Evidence, Evidence.Builder> entity() {
    return Entity.declare("evidence", Evidence::builder, Evidence.Builder::build)
        .field(required("source", "Source", Types.id(SourceId::of, "source"), Evidence::source,
            Evidence.Builder::source, "the source cited"))
        .field(optional("locator", "Locator", Types.LOCATOR, Evidence::locator,
            Evidence.Builder::locator, "where in the source"))
        .field(defaulted("kind", "Kind", Types.choice(EvidenceKind.class), EvidenceKind.ASSESSMENT,
            null, Evidence::kind, Evidence.Builder::kind,
            "a fact the source reports, a claim it relays, or its own assessment"))
        .field(optional("credibility", "Credibility", Types.choice(Credibility.class),
            Evidence::credibility, Evidence.Builder::credibility,
            "the analyst's grade of the item's credibility, 1 (confirmed by other sources) to 5"
                + " (improbable), or 6 when its truth cannot be judged (Admiralty system)"))
        .field(required("text", "Text", Types.TEXT, Evidence::text, Evidence.Builder::text,
            "a short quote or paraphrase"))
        .done();
  }
}
