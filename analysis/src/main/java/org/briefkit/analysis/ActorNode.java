package org.briefkit.analysis;

import java.util.Objects;
import org.briefkit.model.Actor;

/**
 * An actor in the network.
 *
 * @param actor the actor
 * @param degree how many other actors it is linked to, by sharing an event or by an arms
 *     transfer in either direction (each neighbour counts once however many links there are)
 * @param events how many events it takes part in
 * @param transfers how many arms transfers it supplies or receives
 */
public record ActorNode(Actor actor, int degree, int events, int transfers) {
  /** Checks the components. */
  public ActorNode {
    Objects.requireNonNull(actor, "actor must not be null");
  }
}
