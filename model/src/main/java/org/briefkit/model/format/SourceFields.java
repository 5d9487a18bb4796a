package org.briefkit.model.format;

import static org.briefkit.model.format.Field.list;
import static org.briefkit.model.format.Field.optional;
import static org.briefkit.model.format.Field.required;

import org.briefkit.model.Source;
import org.briefkit.model.SourceId;

/** The fields of a {@link Source}. */
final class SourceFields {
  private SourceFields() {}

  static Entity<Source, Source.Builder> entity() {
    return Entity.declare("source", Source::builder, Source.Builder::build)
        .field(required("id", "Id", Types.id(SourceId::of, ""), Source::id, Source.Builder::id,
            "the id evidence cites"))
        .field(required("title", "Title", Types.TEXT, Source::title, Source.Builder::title,
            "the title of the publication"))
        .field(list("authors", "Authors", Types.TEXTS, Source::authors, Source.Builder::authors,
            "the authors, in byline order"))
        .field(optional("publisher", "Publisher", Types.TEXT, Source::publisher,
            Source.Builder::publisher, "the publisher or outlet"))
        .field(optional("date", "Date", Types.DATE, Source::date, Source.Builder::date,
            "the publication date, to the precision known"))
        .field(optional("url", "URL", Types.URL, Source::url, Source.Builder::url,
            "the address of an online source: an absolute http, https or file URI"))
        .field(optional("accessed", "Accessed", Types.FULL_DATE, Source::accessed,
            Source.Builder::accessed, "when an online source was last consulted"))
        .field(optional("reliability", "Reliability", Types.choice(Source.Reliability.class),
            Source::reliability, Source.Builder::reliability,
            "the analyst's grade of the source's reliability, A (completely reliable) to E"
                + " (unreliable), or F when it cannot be judged (Admiralty system)"))
        .done();
  }
}
