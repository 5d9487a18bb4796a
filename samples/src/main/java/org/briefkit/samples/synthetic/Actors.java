package org.briefkit.samples.synthetic;

import static org.briefkit.samples.synthetic.Words.FIRST_NAMES;
import static org.briefkit.samples.synthetic.Words.INSTITUTIONS;
import static org.briefkit.samples.synthetic.Words.KOREAN_SURNAMES;
import static org.briefkit.samples.synthetic.Words.KOREAN_SYLLABLES;
import static org.briefkit.samples.synthetic.Words.NAME_HEADS;
import static org.briefkit.samples.synthetic.Words.NAME_MIDS;
import static org.briefkit.samples.synthetic.Words.NAME_TAILS;
import static org.briefkit.samples.synthetic.Words.ROLES;
import static org.briefkit.samples.synthetic.Words.STATE_FORMS;
import static org.briefkit.samples.synthetic.Words.SURNAMES;
import static org.briefkit.samples.synthetic.Words.romanNumeral;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.Case;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.StakeholderKind;

/**
 * The actors: states first (the second an alliance where there are several stakeholders), then
 * institutions and people of those states; the stakeholders are the first states.
 */
final class Actors {
  private Actors() {}

  static void generate(World w, Case.Builder b) {
    Set<String> used = new LinkedHashSet<>();
    int n = w.sizes.actors();
    // The first actors are states (the stakeholders among them), then a mix of kinds.
    int stateCount = Math.max(w.sizes.stakeholders() + 1, n / 2);
    for (int i = 0; i < n; i++) {
      ActorId id = ActorId.of(String.format(Locale.ROOT, "a%04d", i));
      Actor actor;
      if (i < stateCount) {
        String base = uniqueStateName(w, used);
        // With several stakeholders, the second is an alliance, as NATO is in the flagship.
        actor =
            i == 1 && w.sizes.stakeholders() > 1
                ? Actor.builder(id, base + " Treaty Organization", ActorKind.ALLIANCE).build()
                : Actor.builder(id, STATE_FORMS[w.random.nextInt(STATE_FORMS.length)] + base, ActorKind.STATE).build();
        w.states.add(id);
        w.actorNames.add(actor.name());
      } else {
        ActorId state = w.states.get(w.random.nextInt(w.states.size()));
        String stateName = w.name(state);
        if (w.random.nextInt(3) == 0) {
          actor =
              Actor.builder(id, INSTITUTIONS[w.random.nextInt(INSTITUTIONS.length)] + " of " + stateName, ActorKind.INSTITUTION)
                  .affiliation(state)
                  .build();
        } else {
          Actor.Builder person;
          if (w.random.nextInt(4) == 0) {
            String[] surname = KOREAN_SURNAMES[w.random.nextInt(KOREAN_SURNAMES.length)];
            String[] first = KOREAN_SYLLABLES[w.random.nextInt(KOREAN_SYLLABLES.length)];
            String[] second = KOREAN_SYLLABLES[w.random.nextInt(KOREAN_SYLLABLES.length)];
            String roman =
                surname[1] + " " + capitalise(first[1]) + "-" + second[1];
            person = Actor.builder(id, roman, ActorKind.PERSON).localName(surname[0] + first[0] + second[0]);
          } else {
            person =
                Actor.builder(
                    id,
                    FIRST_NAMES[w.random.nextInt(FIRST_NAMES.length)] + " " + SURNAMES[w.random.nextInt(SURNAMES.length)],
                    ActorKind.PERSON);
          }
          actor =
              person.role(ROLES[w.random.nextInt(ROLES.length)] + " of " + stateName).affiliation(state).build();
        }
        w.actorNames.add(actor.name());
      }
      w.all.add(id);
      b.actors(actor);
    }
    // Third parties that drive motivations: the states that are not stakeholders.
    for (int i = w.sizes.stakeholders(); i < w.states.size() && w.drivers.size() < 8; i++) {
      w.drivers.add(w.states.get(i));
    }
  }

  private static String uniqueStateName(World w, Set<String> used) {
    for (int attempt = 0; ; attempt++) {
      String name =
          NAME_HEADS[w.random.nextInt(NAME_HEADS.length)]
              + NAME_MIDS[w.random.nextInt(NAME_MIDS.length)]
              + NAME_TAILS[w.random.nextInt(NAME_TAILS.length)];
      if (attempt > 20) {
        name = name + " " + romanNumeral(used.size() + 1);
      }
      if (used.add(name)) {
        return name;
      }
    }
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static void stakeholders(World w, Case.Builder b) {
    for (int i = 0; i < w.sizes.stakeholders(); i++) {
      ActorId actor = w.states.get(i);
      String name = w.name(actor);
      boolean alliance = name.endsWith("Treaty Organization");
      String shortName = alliance ? initials(name) : name.replaceFirst("^(Republic|Kingdom|Federation|Commonwealth) of ", "");
      b.stakeholders(
          Stakeholder.builder(StakeholderId.of(String.format(Locale.ROOT, "k%02d", i)), name)
              .shortName(shortName)
              .question("Why does " + shortName + " seek closer ties with its partners?")
              .kind(alliance ? StakeholderKind.ALLIANCE : StakeholderKind.STATE)
              .actor(actor)
              .build());
      if (i < 3) {
        b.questions("Why does " + shortName + " seek closer ties with its partners?");
      }
    }
  }

  private static String initials(String name) {
    StringBuilder s = new StringBuilder();
    for (String word : name.split(" ")) {
      s.append(word.charAt(0));
    }
    return s.toString();
  }
}
