package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.Event;
import org.briefkit.model.TransferStatus;

/**
 * The actor network. Edges are collected under numeric keys built from case positions (and
 * the status ordinal) in sorted maps, so that their order is the case's actor order.
 */
final class NetworkAnalysis {
  private static final int STATUSES = TransferStatus.values().length;

  private NetworkAnalysis() {}

  static ActorNetwork network(Case aCase, Index index) {
    List<Actor> actors = aCase.actors();
    long n = actors.size();
    int[] events = new int[actors.size()];
    int[] transfers = new int[actors.size()];
    Set<Long> links = new HashSet<>();
    Map<Long, List<Event>> co = new TreeMap<>();
    for (Event e : aCase.events()) {
      int[] ps = distinctSorted(e.participants(), index);
      for (int p : ps) {
        events[p]++;
      }
      for (int i = 0; i < ps.length; i++) {
        for (int j = i + 1; j < ps.length; j++) {
          long key = ps[i] * n + ps[j];
          co.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
          links.add(key);
        }
      }
    }
    Map<Long, List<ArmsTransfer>> edges = new TreeMap<>();
    Optional<Integer> focus = aCase.focus().map(index::actor);
    Map<Long, List<ArmsTransfer>> imports = new TreeMap<>();
    Map<Long, List<ArmsTransfer>> exports = new TreeMap<>();
    ImmutableList.Builder<ArmsTransfer> others = ImmutableList.builder();
    for (ArmsTransfer t : aCase.transfers()) {
      int s = index.actor(t.supplier());
      int r = index.actor(t.recipient());
      int status = t.status().ordinal();
      transfers[s]++;
      transfers[r]++;
      edges.computeIfAbsent((s * n + r) * STATUSES + status, k -> new ArrayList<>()).add(t);
      links.add(Math.min(s, r) * n + Math.max(s, r));
      if (focus.isPresent() && focus.get() == r) {
        imports.computeIfAbsent((long) s * STATUSES + status, k -> new ArrayList<>()).add(t);
      } else if (focus.isPresent() && focus.get() == s) {
        exports.computeIfAbsent((long) r * STATUSES + status, k -> new ArrayList<>()).add(t);
      } else {
        others.add(t);
      }
    }
    int[] degree = new int[actors.size()];
    for (long key : links) {
      degree[(int) (key / n)]++;
      degree[(int) (key % n)]++;
    }
    ImmutableList.Builder<ActorNode> nodes = ImmutableList.builder();
    for (int i = 0; i < actors.size(); i++) {
      nodes.add(new ActorNode(actors.get(i), degree[i], events[i], transfers[i]));
    }
    ImmutableList.Builder<CoParticipation> coParticipation = ImmutableList.builder();
    co.forEach(
        (key, es) ->
            coParticipation.add(
                new CoParticipation(
                    actors.get((int) (key / n)), actors.get((int) (key % n)),
                    ImmutableList.copyOf(es))));
    ImmutableList.Builder<TransferEdge> transferEdges = ImmutableList.builder();
    edges.forEach(
        (key, ts) -> {
          long pair = key / STATUSES;
          transferEdges.add(
              new TransferEdge(
                  actors.get((int) (pair / n)), actors.get((int) (pair % n)),
                  TransferStatus.values()[(int) (key % STATUSES)], ImmutableList.copyOf(ts)));
        });
    ArmsFlows flows =
        new ArmsFlows(
            focus.map(actors::get), flows(imports, actors), flows(exports, actors), others.build());
    return new ActorNetwork(nodes.build(), coParticipation.build(), transferEdges.build(), flows);
  }

  private static ImmutableList<Flow> flows(Map<Long, List<ArmsTransfer>> byKey, List<Actor> actors) {
    ImmutableList.Builder<Flow> out = ImmutableList.builder();
    byKey.forEach(
        (key, ts) ->
            out.add(
                new Flow(
                    actors.get((int) (key / STATUSES)),
                    TransferStatus.values()[(int) (key % STATUSES)],
                    ImmutableList.copyOf(ts))));
    return out.build();
  }

  /** The participants' case positions, each once, ascending. */
  private static int[] distinctSorted(List<ActorId> ids, Index index) {
    int[] ps = new int[ids.size()];
    for (int i = 0; i < ps.length; i++) {
      ps[i] = index.actor(ids.get(i));
    }
    Arrays.sort(ps);
    return Arrays.stream(ps).distinct().toArray();
  }
}
