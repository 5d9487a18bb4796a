package org.briefkit.analysis.ach;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * The ranking with one item left out: how sensitive the conclusion is to that item.
 *
 * @param item the item left out
 * @param ranking the hypotheses' scores without it, least inconsistent first
 * @param flipsLeader whether the hypotheses ranked first change without it (another leads, or a
 *     tie forms or breaks): the item is a linchpin of the conclusion
 */
public record Removal(ScoredItem item, ImmutableList<HypothesisScore> ranking, boolean flipsLeader) {
  /** Checks the parts and copies the ranking. */
  public Removal {
    Objects.requireNonNull(item, "item must not be null");
    ranking = ImmutableList.copyOf(ranking);
  }

  /** The hypothesis that leads without the item. */
  public HypothesisScore leader() {
    return ranking.get(0);
  }
}
