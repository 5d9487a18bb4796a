package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.briefkit.model.Actor;
import org.briefkit.model.Event;

/**
 * An undirected link between two actors that took part in the same events.
 *
 * @param first the actor that comes first in the case's actor list
 * @param second the other actor
 * @param events the events both took part in, in case order (at least one)
 */
public record CoParticipation(Actor first, Actor second, ImmutableList<Event> events) {
  /** Checks the components and copies the list. */
  public CoParticipation {
    Objects.requireNonNull(first, "first must not be null");
    Objects.requireNonNull(second, "second must not be null");
    events = ImmutableList.copyOf(events);
  }
}
