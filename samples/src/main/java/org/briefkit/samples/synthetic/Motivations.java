package org.briefkit.samples.synthetic;

import static org.briefkit.samples.synthetic.Words.DOMAINS;
import static org.briefkit.samples.synthetic.Words.EVIDENCE;
import static org.briefkit.samples.synthetic.Words.OBJECTS;
import static org.briefkit.samples.synthetic.Words.RATIONALES;
import static org.briefkit.samples.synthetic.Words.VERBS;
import static org.briefkit.samples.synthetic.Words.romanNumeral;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefkit.model.ActorId;
import org.briefkit.model.Case;
import org.briefkit.model.Domain;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Instrument;
import org.briefkit.model.Locator;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;
import org.briefkit.model.Salience;
import org.briefkit.model.StakeholderId;

/**
 * The domain taxonomy and the motivations in it, each with its drivers, other actors and
 * evidence.
 */
final class Motivations {
  private Motivations() {}

  static void domains(World w, Case.Builder b) {
    for (int i = 0; i < w.sizes.domains(); i++) {
      Object[] d = DOMAINS[i % DOMAINS.length];
      String label = i < DOMAINS.length ? (String) d[0] : d[0] + " " + romanNumeral(i / DOMAINS.length + 1);
      String id = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      Domain domain = Domain.of(id, label, (String) d[1], (Instrument) d[2]);
      w.domains.add(domain);
      b.domains(domain);
    }
  }

  static List<MotivationId> generate(World w, Case.Builder b) {
    Salience[] saliences = {Salience.PRIMARY, Salience.SECONDARY, Salience.SECONDARY, Salience.SUBSIDIARY};
    EvidenceKind[] kinds = EvidenceKind.values();
    List<Motivation> list = new ArrayList<>(w.sizes.motivations());
    List<MotivationId> ids = new ArrayList<>(w.sizes.motivations());
    for (int i = 0; i < w.sizes.motivations(); i++) {
      MotivationId id = MotivationId.of(String.format(Locale.ROOT, "m%06d", i));
      // Round robin first, so that every stakeholder and domain has motivations; then skewed,
      // as real cases dwell on a few domains.
      int s = i < w.sizes.stakeholders() ? i : w.random.nextInt(w.sizes.stakeholders());
      int d = i < w.sizes.domains() ? i : skewed(w, w.sizes.domains());
      ActorId self = w.states.get(s);
      Domain domain = w.domains.get(d);
      ActorId driver = w.drivers.isEmpty() ? w.states.get(w.states.size() - 1) : w.drivers.get(skewed(w, w.drivers.size()));
      String claim =
          VERBS[w.random.nextInt(VERBS.length)]
              + " "
              + String.format(Locale.ROOT, OBJECTS[w.random.nextInt(OBJECTS.length)], w.name(driver))
              + " ("
              + domain.label().toLowerCase(Locale.ROOT)
              + ")";
      Motivation.Builder m =
          Motivation.builder(id, StakeholderId.of(String.format(Locale.ROOT, "k%02d", s)), domain.id())
              .claim(claim)
              .rationale(String.format(Locale.ROOT, RATIONALES[w.random.nextInt(RATIONALES.length)], w.name(self), w.name(driver)))
              .salience(saliences[w.random.nextInt(saliences.length)]);
      if (!w.drivers.isEmpty() && w.random.nextInt(5) != 0) {
        m.drivers(driver);
      }
      int involved = w.random.nextInt(3);
      Set<ActorId> others = new LinkedHashSet<>();
      for (int k = 0; k < involved; k++) {
        ActorId other = w.all.get(w.random.nextInt(w.all.size()));
        if (!other.equals(self) && others.add(other)) {
          m.actors(other);
        }
      }
      for (int k = 0; k < w.sizes.evidencePerMotivation(); k++) {
        m.evidence(
            Evidence.of(
                w.sources.get(w.random.nextInt(w.sources.size())),
                Locator.paragraph(1 + w.random.nextInt(40)),
                String.format(Locale.ROOT, EVIDENCE[w.random.nextInt(EVIDENCE.length)], w.name(self), w.name(driver)),
                kinds[w.random.nextInt(kinds.length)]));
      }
      list.add(m.build());
      ids.add(id);
    }
    b.motivations(list);
    return ids;
  }

  /** An index below {@code n}, low indexes more likely (about a third of draws hit the first 15 %). */
  private static int skewed(World w, int n) {
    double u = w.random.nextDouble();
    return Math.min(n - 1, (int) (n * u * u));
  }
}
