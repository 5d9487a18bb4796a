package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.Domain;
import org.briefkit.model.DomainId;
import org.briefkit.model.Motivation;
import org.briefkit.model.Stakeholder;

/**
 * One stakeholder's motivations, in total and domain by domain.
 *
 * <p>A stakeholder with no motivations has a group too, with zero count and weight and no
 * domain groups.
 *
 * @param stakeholder the stakeholder
 * @param count how many motivations it has
 * @param weight their salience-weighted score: primary 3, secondary 2, subsidiary 1, summed
 * @param motivations all its motivations, in case order
 * @param domains one group per domain in which it has at least one motivation, in the order
 *     of the case's domain taxonomy
 * @param byDomain the same motivations keyed by domain id, keys in taxonomy order, values in
 *     case order
 */
public record StakeholderGroup(
    Stakeholder stakeholder,
    int count,
    int weight,
    ImmutableList<Motivation> motivations,
    ImmutableList<DomainGroup> domains,
    ImmutableListMultimap<DomainId, Motivation> byDomain) {
  /** Checks the components and copies the collections. */
  public StakeholderGroup {
    Objects.requireNonNull(stakeholder, "stakeholder must not be null");
    motivations = ImmutableList.copyOf(motivations);
    domains = ImmutableList.copyOf(domains);
    byDomain = ImmutableListMultimap.copyOf(byDomain);
  }

  /** The count and weight together. */
  public Tally tally() {
    return new Tally(count, weight);
  }

  /** The group for {@code domain}, empty if the stakeholder has no motivation there. */
  public Optional<DomainGroup> domain(DomainId domain) {
    for (DomainGroup g : domains) {
      if (g.domain().id().equals(domain)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /** The domains this stakeholder has motivations in, in taxonomy order. */
  public ImmutableList<Domain> domainList() {
    return domains.stream().map(DomainGroup::domain).collect(ImmutableList.toImmutableList());
  }
}
