package org.briefkit.model.format;

import static org.briefkit.model.format.Field.list;
import static org.briefkit.model.format.Field.optional;
import static org.briefkit.model.format.Field.required;

import org.briefkit.model.Dataset;
import org.briefkit.model.SourceId;

/** The fields of a {@link Dataset}. */
final class DatasetFields {
  private DatasetFields() {}

  static Entity<Dataset, Dataset.Builder> entity() {
    return Entity.declare("dataset", Dataset::builder, Dataset.Builder::build)
        .field(required("id", "Id", Types.id(SourceId::of, ""), Dataset::id, Dataset.Builder::id,
            "the id the imported rows' evidence cites as their source"))
        .field(required("format", "Format", Types.choice(Dataset.Format.class), Dataset::format,
            Dataset.Builder::format,
            "the export layout: `sipri` (trade register) or `acled` (events) (docs/data.md)"))
        .field(required("file", "File", Types.PATH, Dataset::file, Dataset.Builder::file,
            "the CSV file, a path relative to the case file's folder"))
        .field(required("edition", "Edition", Types.TEXT, Dataset::edition, Dataset.Builder::edition,
            "the dataset's edition or export, as its publisher names it (`2026-03`)"))
        .field(required("accessed", "Accessed", Types.FULL_DATE, Dataset::accessed,
            Dataset.Builder::accessed, "when the file was downloaded"))
        .field(list("suppliers", "Suppliers", Types.TEXTS, Dataset::suppliers,
            Dataset.Builder::suppliers, "SIPRI: the suppliers whose transfers are kept"))
        .field(list("recipients", "Recipients", Types.TEXTS, Dataset::recipients,
            Dataset.Builder::recipients, "SIPRI: the recipients whose transfers are kept"))
        .field(list("countries", "Countries", Types.TEXTS, Dataset::countries,
            Dataset.Builder::countries, "ACLED: the countries whose events are kept"))
        .field(list("eventTypes", "Event types", Types.TEXTS, Dataset::eventTypes,
            Dataset.Builder::eventTypes, "ACLED: the event types kept (`Battles`)"))
        .field(optional("period", "Period", Types.SPAN, Dataset::period, Dataset.Builder::period,
            "the rows kept by date: SIPRI's delivery or order year, ACLED's event date"))
        .field(list("actors", "Actor names", Types.ACTOR_NAMES, Dataset::actors,
            Dataset.Builder::actors,
            "the names the dataset gives the case's actors, `Name = actor-id`, where they differ"
                + " from the actors' own names"))
        .done();
  }
}
