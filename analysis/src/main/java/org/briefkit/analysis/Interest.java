package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;

/**
 * Who holds an interest (a domain, or concern about a third party) across the case.
 *
 * @param holders the stakeholders with at least one motivation in it, in case order
 * @param byHolder each holder's count and weight in it, in case order
 */
public record Interest(ImmutableList<Stakeholder> holders, ImmutableMap<StakeholderId, Tally> byHolder) {
  /** Copies the collections. */
  public Interest {
    holders = ImmutableList.copyOf(holders);
    byHolder = ImmutableMap.copyOf(byHolder);
  }

  /** Whether two or more stakeholders hold it. */
  public boolean isShared() {
    return holders.size() >= 2;
  }

  /** Whether exactly one stakeholder holds it. */
  public boolean isOneSided() {
    return holders.size() == 1;
  }

  /** The total over all holders. */
  public Tally total() {
    Tally t = Tally.ZERO;
    for (Tally h : byHolder.values()) {
      t = t.plus(h);
    }
    return t;
  }
}
