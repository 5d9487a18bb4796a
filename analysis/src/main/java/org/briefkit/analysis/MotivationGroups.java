package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import org.briefkit.model.Motivation;
import org.briefkit.model.StakeholderId;

/**
 * The motivations grouped by stakeholder, then by domain: what each side wants, and how
 * strongly.
 *
 * @param stakeholders one group per stakeholder of the case, in case order, including
 *     stakeholders with no motivations
 * @param byStakeholder every motivation keyed by its stakeholder's id, keys in stakeholder
 *     order, values in case order (a stakeholder without motivations has no key)
 */
public record MotivationGroups(
    ImmutableList<StakeholderGroup> stakeholders,
    ImmutableListMultimap<StakeholderId, Motivation> byStakeholder) {
  /** Copies the collections. */
  public MotivationGroups {
    stakeholders = ImmutableList.copyOf(stakeholders);
    byStakeholder = ImmutableListMultimap.copyOf(byStakeholder);
  }

  /**
   * The group of the stakeholder with {@code id}.
   *
   * @throws IllegalArgumentException if the case has no such stakeholder
   */
  public StakeholderGroup of(StakeholderId id) {
    for (StakeholderGroup g : stakeholders) {
      if (g.stakeholder().id().equals(id)) {
        return g;
      }
    }
    throw new IllegalArgumentException("stakeholder \"" + id + "\" is not in the case");
  }
}
