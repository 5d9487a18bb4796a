package org.briefkit.model.format;

import static org.briefkit.model.format.Field.defaulted;
import static org.briefkit.model.format.Field.list;
import static org.briefkit.model.format.Field.optional;
import static org.briefkit.model.format.Field.required;

import org.briefkit.model.ActorId;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;
import org.briefkit.model.Evidence;

/** The fields of an {@link Event}. */
final class EventFields {
  private EventFields() {}

  static Entity<Event, Event.Builder> entity(Entity<Evidence, Evidence.Builder> evidence) {
    return Entity.declare("event", Event::builder, Event.Builder::build)
        .field(required("id", "Id", Types.id(EventId::of, ""), Event::id, Event.Builder::id,
            "the id of the event"))
        .field(optional("when", "When", Types.SPAN, Event::when, Event.Builder::when,
            "when it happened, to the precision the source gives"))
        .field(required("title", "Title", Types.TEXT, Event::title, Event.Builder::title,
            "what happened"))
        .field(required("kind", "Kind", Types.choice(EventKind.class), Event::kind,
            Event.Builder::kind, "what kind of event it is"))
        .field(list("participants", "Participants", Types.ids(ActorId::of, "actor"),
            Event::participants, Event.Builder::participants, "the actors that took part"))
        .field(optional("location", "Location", Types.TEXT, Event::location, Event.Builder::location,
            "where it happened"))
        .field(defaulted("significance", "Significance", Types.PROSE, "", null, Event::significance,
            Event.Builder::significance, "why it matters to the case"))
        .field(list("tags", "Tags", Types.TAGS, e -> e.tags().asList(), Event.Builder::tags,
            "threads it belongs to, such as partnership"))
        .field(list("evidence", "Evidence items", Types.records(evidence), Event::evidence,
            Event.Builder::evidence, "what supports it"))
        .done();
  }
}
