package org.briefkit.model.format;

import static org.briefkit.model.format.Field.defaulted;
import static org.briefkit.model.format.Field.list;
import static org.briefkit.model.format.Field.optional;
import static org.briefkit.model.format.Field.required;

import org.briefkit.model.Source;
import org.briefkit.model.SourceId;
import org.briefkit.model.TextCopy;

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
        .field(optional("textFile", "Text file", Types.PATH,
            s -> s.text().map(TextCopy::file), Source.Builder::textFile,
            "a local copy of the source's text (plain text, Markdown or HTML), a path relative to"
                + " the case file's folder; the citations of the source are checked against it"
                + " (docs/provenance.md)"))
        .field(optional("textFormat", "Text format", Types.choice(TextCopy.Format.class),
            s -> s.text().flatMap(TextCopy::format), Source.Builder::textFormat,
            "how the text is written; when left out, told by the file's extension (`.md`,"
                + " `.html`, otherwise plain text)"))
        .field(defaulted("paragraphs", "Paragraphs", Types.choice(TextCopy.Paragraphs.class),
            TextCopy.Paragraphs.BLANK_LINES, null,
            s -> s.text().map(TextCopy::paragraphs).orElse(TextCopy.Paragraphs.BLANK_LINES),
            Source.Builder::paragraphs,
            "what separates the paragraphs of a plain text: blank lines, or every line"))
        .field(defaulted("headings", "Headings", Types.choice(TextCopy.Headings.class),
            TextCopy.Headings.SKIPPED, null,
            s -> s.text().map(TextCopy::headings).orElse(TextCopy.Headings.SKIPPED),
            Source.Builder::headings,
            "whether the text's headings count as paragraphs when a locator says `para 4`"))
        .done();
  }
}
