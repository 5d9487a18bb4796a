package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.briefkit.model.Domain;
import org.briefkit.model.Motivation;

/**
 * One stakeholder's motivations in one domain.
 *
 * @param domain the domain
 * @param count how many motivations the stakeholder has in this domain
 * @param weight their salience-weighted score: primary 3, secondary 2, subsidiary 1, summed
 * @param motivations the motivations, in case order
 */
public record DomainGroup(
    Domain domain, int count, int weight, ImmutableList<Motivation> motivations) {
  /** Checks the components and copies the list. */
  public DomainGroup {
    Objects.requireNonNull(domain, "domain must not be null");
    motivations = ImmutableList.copyOf(motivations);
  }

  /** The count and weight together. */
  public Tally tally() {
    return new Tally(count, weight);
  }
}
