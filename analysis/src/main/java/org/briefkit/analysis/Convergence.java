package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.function.Predicate;
import org.briefkit.model.StakeholderId;

/**
 * Where the stakeholders' interests converge: pair by pair, and across the whole case.
 *
 * <p>A domain is a <em>shared</em> interest when two or more stakeholders have motivations in
 * it, a <em>one-sided</em> interest when exactly one has. The same holds for third-party
 * drivers: North Korea is a shared concern when it drives motivations of two or more
 * stakeholders.
 *
 * @param pairs one entry per unordered pair of stakeholders, first by the first stakeholder's
 *     case position, then by the second's (empty with fewer than two stakeholders)
 * @param domains every domain of the taxonomy, in taxonomy order, with its holders (domains
 *     nobody holds have no holders)
 * @param drivers every actor that drives at least one motivation, in the case's actor order,
 *     with the stakeholders whose motivations it drives
 */
public record Convergence(
    ImmutableList<PairConvergence> pairs,
    ImmutableList<DomainInterest> domains,
    ImmutableList<DriverInterest> drivers) {
  /** Copies the lists. */
  public Convergence {
    pairs = ImmutableList.copyOf(pairs);
    domains = ImmutableList.copyOf(domains);
    drivers = ImmutableList.copyOf(drivers);
  }

  /** Domains held by two or more stakeholders, in taxonomy order. */
  public ImmutableList<DomainInterest> sharedDomains() {
    return filter(domains, d -> d.interest().isShared());
  }

  /** Domains held by exactly one stakeholder, in taxonomy order. */
  public ImmutableList<DomainInterest> oneSidedDomains() {
    return filter(domains, d -> d.interest().isOneSided());
  }

  /** Third parties driving motivations of two or more stakeholders, in actor order. */
  public ImmutableList<DriverInterest> sharedDrivers() {
    return filter(drivers, d -> d.interest().isShared());
  }

  /** Third parties driving motivations of exactly one stakeholder, in actor order. */
  public ImmutableList<DriverInterest> oneSidedDrivers() {
    return filter(drivers, d -> d.interest().isOneSided());
  }

  /**
   * The pair of {@code a} and {@code b}, in either order.
   *
   * @throws IllegalArgumentException if the case has no such pair
   */
  public PairConvergence pair(StakeholderId a, StakeholderId b) {
    for (PairConvergence p : pairs) {
      StakeholderId f = p.first().id();
      StakeholderId s = p.second().id();
      if ((f.equals(a) && s.equals(b)) || (f.equals(b) && s.equals(a))) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "no stakeholder pair \"" + a + "\" and \"" + b + "\" in the case");
  }

  private static <T> ImmutableList<T> filter(ImmutableList<T> items, Predicate<T> keep) {
    return items.stream().filter(keep).collect(ImmutableList.toImmutableList());
  }
}
