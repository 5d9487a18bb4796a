package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import org.briefkit.model.Actor;
import org.briefkit.model.Motivation;
import org.briefkit.model.StakeholderId;

/**
 * One third party in the driver index: whose motivations it drives and how strongly.
 *
 * @param driver the third party
 * @param count how many motivations cite it as a driver, over all stakeholders
 * @param weight their salience-weighted score
 * @param motivations those motivations, in case order
 * @param byStakeholder a cell for every stakeholder of the case, in case order, zeros included
 */
public record DriverRow(
    Actor driver,
    int count,
    int weight,
    ImmutableList<Motivation> motivations,
    ImmutableMap<StakeholderId, DriverCell> byStakeholder) {
  /** Checks the components and copies the collections. */
  public DriverRow {
    Objects.requireNonNull(driver, "driver must not be null");
    motivations = ImmutableList.copyOf(motivations);
    byStakeholder = ImmutableMap.copyOf(byStakeholder);
  }

  /** The count and weight together. */
  public Tally tally() {
    return new Tally(count, weight);
  }
}
