package org.briefkit.samples.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.briefkit.model.ActorId;
import org.briefkit.model.Domain;
import org.briefkit.model.SourceId;

/**
 * The fictional world as far as it is drawn: the one random sequence every part draws from, in
 * turn, and what the parts made so far that later parts refer to.
 */
final class World {
  final SplittableRandom random;
  final SyntheticCase.Sizes sizes;
  /** The actors' names, by the number in their id. */
  final List<String> actorNames = new ArrayList<>();
  /** The states and alliances, stakeholders first. */
  final List<ActorId> states = new ArrayList<>();
  /** Every actor, in id order. */
  final List<ActorId> all = new ArrayList<>();
  /** The third parties that drive motivations. */
  final List<ActorId> drivers = new ArrayList<>();
  final List<SourceId> sources = new ArrayList<>();
  final List<Domain> domains = new ArrayList<>();

  World(long seed, SyntheticCase.Sizes sizes) {
    this.random = new SplittableRandom(seed);
    this.sizes = sizes;
  }

  String name(ActorId id) {
    return actorNames.get(Integer.parseInt(id.value().substring(1)));
  }
}
