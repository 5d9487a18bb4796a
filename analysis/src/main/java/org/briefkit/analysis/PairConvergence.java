package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.briefkit.model.Actor;
import org.briefkit.model.Domain;
import org.briefkit.model.Stakeholder;

/**
 * Where two stakeholders' interests meet and where they part.
 *
 * <p>The {@code overlap} score compares the two stakeholders' domain profiles. Each profile
 * is the share of the stakeholder's weighted motivations that falls in each domain (the
 * {@link MatrixCell#share() share} column of the matrix). The overlap is the sum, over all
 * domains, of the smaller of the two shares:
 *
 * <pre>overlap = Σ over domains d of min(share_first(d), share_second(d))</pre>
 *
 * <p>It reads as "the part of each side's weighted attention that the other side matches
 * domain for domain": 1 means both spread their weight across the domains in exactly the same
 * proportions, 0 means they have no domain in common. Shares are used rather than raw
 * weights so that a stakeholder the case describes in more detail (more motivations) does
 * not look less convergent for that alone; this is the histogram intersection of the two
 * profiles, equal to one minus their total-variation distance. When either stakeholder has
 * no motivations the overlap is 0.
 *
 * @param first the stakeholder that comes first in the case
 * @param second the stakeholder that comes second
 * @param sharedDomains domains in which both have motivations, in taxonomy order
 * @param onlyFirstDomains domains in which only the first has motivations
 * @param onlySecondDomains domains in which only the second has motivations
 * @param sharedDrivers third parties that drive motivations of both, in the case's actor order
 * @param onlyFirstDrivers third parties that drive only the first's motivations
 * @param onlySecondDrivers third parties that drive only the second's motivations
 * @param overlap the overlap score between 0 and 1, as defined above
 */
public record PairConvergence(
    Stakeholder first,
    Stakeholder second,
    ImmutableList<Domain> sharedDomains,
    ImmutableList<Domain> onlyFirstDomains,
    ImmutableList<Domain> onlySecondDomains,
    ImmutableList<Actor> sharedDrivers,
    ImmutableList<Actor> onlyFirstDrivers,
    ImmutableList<Actor> onlySecondDrivers,
    double overlap) {
  /** Checks the components and copies the lists. */
  public PairConvergence {
    Objects.requireNonNull(first, "first must not be null");
    Objects.requireNonNull(second, "second must not be null");
    sharedDomains = ImmutableList.copyOf(sharedDomains);
    onlyFirstDomains = ImmutableList.copyOf(onlyFirstDomains);
    onlySecondDomains = ImmutableList.copyOf(onlySecondDomains);
    sharedDrivers = ImmutableList.copyOf(sharedDrivers);
    onlyFirstDrivers = ImmutableList.copyOf(onlyFirstDrivers);
    onlySecondDrivers = ImmutableList.copyOf(onlySecondDrivers);
    if (!(overlap >= 0 && overlap <= 1)) {
      throw new IllegalArgumentException("overlap (" + overlap + ") must be between 0 and 1");
    }
  }
}
