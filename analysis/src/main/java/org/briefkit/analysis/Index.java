package org.briefkit.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.Case;
import org.briefkit.model.Domain;
import org.briefkit.model.DomainId;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;
import org.briefkit.model.Source;
import org.briefkit.model.SourceId;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;

/**
 * Positions of the case's elements by id, built once so that every lookup is constant time
 * (the case's own lookups scan its lists). Hash maps serve lookups only; every result is
 * ordered by these positions, never by hash order.
 */
final class Index {
  final Case aCase;
  final Map<StakeholderId, Integer> stakeholders;
  final Map<DomainId, Integer> domains;
  final Map<ActorId, Integer> actors;
  final Map<SourceId, Integer> sources;
  private Map<MotivationId, Integer> motivations;

  Index(Case aCase) {
    this.aCase = aCase;
    stakeholders = positions(aCase.stakeholders(), Stakeholder::id);
    domains = positions(aCase.domains(), Domain::id);
    actors = positions(aCase.actors(), Actor::id);
    sources = positions(aCase.citableSources(), Source::id);
  }

  private static <T, I> Map<I, Integer> positions(List<T> items, Function<T, I> id) {
    Map<I, Integer> m = new HashMap<>(Math.max(16, items.size() * 2));
    for (int i = 0; i < items.size(); i++) {
      m.put(id.apply(items.get(i)), i);
    }
    return m;
  }

  int stakeholder(StakeholderId id) {
    return stakeholders.get(id);
  }

  int domain(DomainId id) {
    return domains.get(id);
  }

  int actor(ActorId id) {
    return actors.get(id);
  }

  int source(SourceId id) {
    return sources.get(id);
  }

  /** The motivation with {@code id}; the index of motivations is built on first use. */
  Motivation motivation(MotivationId id) {
    if (motivations == null) {
      motivations = positions(aCase.motivations(), Motivation::id);
    }
    return aCase.motivations().get(motivations.get(id));
  }
}
