package org.briefkit.samples.synthetic;

import java.util.List;
import java.util.Objects;
import org.briefkit.model.Case;
import org.briefkit.model.MotivationId;
import org.briefkit.model.PartialDate;

/**
 * Generates valid, realistic-looking cases of any size from a seed, for benchmarks and for
 * tests that need more data than the samples hold.
 *
 * <p>A generated case is set in a fictional world: invented states and alliances, their
 * ministers (some with Hangul names, as in the flagship sample), a domain taxonomy drawn from
 * security policy, motivations with rationale and evidence, dated events and arms transfers.
 * Every reference resolves, so the case passes the model's integrity check and the case-file
 * codec reads back what it writes.
 *
 * <pre>{@code
 * Case big = SyntheticCase.generate(42, SyntheticCase.Sizes.forMotivations(100_000));
 * }</pre>
 *
 * <p>Generation is deterministic: the same seed and sizes give an equal case, in any locale,
 * time zone or JVM. It takes time and memory linear in the sizes.
 */
public final class SyntheticCase {
  private SyntheticCase() {}

  /**
   * How big a generated case is.
   *
   * @param stakeholders the number of stakeholders, at least 1
   * @param domains the number of domains, at least 1
   * @param motivations the number of motivations, at least 1 (key judgments cite them)
   * @param events the number of events, at least 0
   * @param actors the number of actors, at least one more than the stakeholders (each
   *     stakeholder is an actor, and the rest drive its motivations)
   * @param transfers the number of arms transfers, at least 0
   * @param evidencePerMotivation the evidence items each motivation cites, at least 0
   */
  public record Sizes(
      int stakeholders,
      int domains,
      int motivations,
      int events,
      int actors,
      int transfers,
      int evidencePerMotivation) {

    /** Checks the bounds. */
    public Sizes {
      atLeast("stakeholders", stakeholders, 1);
      atLeast("domains", domains, 1);
      atLeast("motivations", motivations, 1);
      atLeast("events", events, 0);
      atLeast("actors", actors, stakeholders + 1);
      atLeast("transfers", transfers, 0);
      atLeast("evidencePerMotivation", evidencePerMotivation, 0);
    }

    private static void atLeast(String name, int value, int min) {
      if (value < min) {
        throw new IllegalArgumentException(name + " (" + value + ") must be at least " + min);
      }
    }

    /**
     * Sizes in the proportions of an aggregated research case with {@code motivations}
     * motivations: 2 to 8 stakeholders, 6 to 16 domains, one event per 20 motivations, one
     * actor per 20 (10 to 400), one transfer per 100 and two evidence items per motivation.
     */
    public static Sizes forMotivations(int motivations) {
      atLeast("motivations", motivations, 1);
      return new Sizes(
          clamp(motivations / 100, 2, 8),
          clamp(motivations / 50, 6, Words.DOMAINS.length),
          motivations,
          Math.max(8, motivations / 20),
          clamp(motivations / 20, 10, 400),
          Math.max(4, motivations / 100),
          2);
    }

    private static int clamp(int value, int min, int max) {
      return Math.max(min, Math.min(max, value));
    }
  }

  /**
   * Generates the case for {@code seed} and {@code sizes}. Its id is {@code
   * synthetic-SEED-MOTIVATIONS}.
   */
  public static Case generate(long seed, Sizes sizes) {
    Objects.requireNonNull(sizes, "sizes must not be null");
    return build(seed, new World(seed, sizes));
  }

  private static Case build(long seed, World w) {
    Sizes sizes = w.sizes;
    Case.Builder b =
        Case.builder(
            "synthetic-" + Long.toUnsignedString(seed) + "-" + sizes.motivations(),
            "Partners and pressures in a fictional region");
    b.subtitle("A synthetic case of " + sizes.motivations() + " motivations, generated from seed " + Long.toUnsignedString(seed))
        .authors("BriefKit case generator")
        .organisation("BriefKit")
        .asOf(PartialDate.ofDay(2024, 6, 30))
        .marking("SYNTHETIC — generated test data")
        .language("en");
    // Every part draws from one random sequence, in this order: reordering the parts, or the
    // draws within one, gives another case for the same seed.
    Actors.generate(w, b);
    Sources.generate(w, b);
    Actors.stakeholders(w, b);
    Motivations.domains(w, b);
    List<MotivationId> motivationIds = Motivations.generate(w, b);
    Events.generate(w, b);
    Transfers.generate(w, b);
    Judgments.generate(w, b, motivationIds);
    b.summary(
        "This case is generated. It follows "
            + sizes.stakeholders()
            + " stakeholders of a fictional region through "
            + sizes.motivations()
            + " motivations in "
            + sizes.domains()
            + " domains, driven by the behaviour of "
            + w.drivers.size()
            + " third parties, with "
            + sizes.events()
            + " events and "
            + sizes.transfers()
            + " arms transfers. Names, events and sources are invented.");
    b.focus(w.states.get(0));
    return b.build();
  }
}
