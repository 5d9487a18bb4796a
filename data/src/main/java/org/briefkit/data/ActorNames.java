package org.briefkit.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorName;
import org.briefkit.model.Case;
import org.briefkit.model.Dataset;
import org.briefkit.model.Suggestions;

/**
 * The case's actors under the names a dataset gives them: first the dataset's own list ({@code
 * Republic of Calder = calder}), then each actor's name and id, all ignoring case.
 */
final class ActorNames {
  private final Map<String, ActorId> byName = new LinkedHashMap<>();
  private final List<String> spelt = new ArrayList<>();

  ActorNames(Case c, Dataset d) {
    for (ActorName n : d.actors()) {
      add(n.name(), n.actor());
    }
    for (Actor a : c.actors()) {
      add(a.name(), a.id());
      add(a.id().value(), a.id());
    }
  }

  private void add(String name, ActorId id) {
    if (byName.putIfAbsent(name.toLowerCase(Locale.ROOT), id) == null) {
      spelt.add(name);
    }
  }

  /** The actor the dataset's {@code name} stands for, if any. */
  Optional<ActorId> find(String name) {
    return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The message for a name that stands for no actor, with a near name when there is one. */
  String unknown(String role, String name) {
    return role + " \"" + name + "\" is none of the case's actors" + Suggestions.didYouMean(name, spelt)
        + ": add \"" + name + " = <actor id>\" to the dataset's actors, or the actor to the case";
  }
}
