package org.briefkit.analysis;

import java.util.Objects;
import org.briefkit.model.Actor;

/**
 * A third party and the stakeholders whose motivations it drives.
 *
 * @param driver the third party (North Korea, China...)
 * @param interest whose motivations it drives, and how many and how strongly
 */
public record DriverInterest(Actor driver, Interest interest) {
  /** Checks the components. */
  public DriverInterest {
    Objects.requireNonNull(driver, "driver must not be null");
    Objects.requireNonNull(interest, "interest must not be null");
  }
}
