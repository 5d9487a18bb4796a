package org.briefkit.analysis;

import java.util.Objects;
import org.briefkit.model.Domain;

/**
 * A domain and the stakeholders that have motivations in it.
 *
 * @param domain the domain
 * @param interest who holds it and how strongly
 */
public record DomainInterest(Domain domain, Interest interest) {
  /** Checks the components. */
  public DomainInterest {
    Objects.requireNonNull(domain, "domain must not be null");
    Objects.requireNonNull(interest, "interest must not be null");
  }
}
