package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.briefkit.model.ActorId;

/**
 * The actors and how they are linked: by taking part in the same events (undirected) and by
 * arms transfers (directed, by status).
 *
 * @param nodes every actor of the case, in case order, with its degree
 * @param coParticipation one link per pair of actors that share at least one event, ordered
 *     by the first actor's then the second actor's position in the case's actor list
 * @param transfers one directed link per supplier, recipient and status, ordered by supplier,
 *     recipient (actor order) and status (delivered, ordered, planned, possible)
 * @param flows the arms flows relative to the focus actor
 */
public record ActorNetwork(
    ImmutableList<ActorNode> nodes,
    ImmutableList<CoParticipation> coParticipation,
    ImmutableList<TransferEdge> transfers,
    ArmsFlows flows) {
  /** Copies the lists. */
  public ActorNetwork {
    nodes = ImmutableList.copyOf(nodes);
    coParticipation = ImmutableList.copyOf(coParticipation);
    transfers = ImmutableList.copyOf(transfers);
    Objects.requireNonNull(flows, "flows must not be null");
  }

  /**
   * The node of the actor with {@code id}.
   *
   * @throws IllegalArgumentException if the case has no such actor
   */
  public ActorNode node(ActorId id) {
    for (ActorNode n : nodes) {
      if (n.actor().id().equals(id)) {
        return n;
      }
    }
    throw new IllegalArgumentException("actor \"" + id + "\" is not in the case");
  }
}
