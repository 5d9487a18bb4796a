package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import java.util.Comparator;
import org.briefkit.model.ActorId;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;

/**
 * The driver index: which third parties (North Korea, China, Russia...) drive whose
 * motivations, how many and how strongly. A motivation that names the same driver twice
 * counts once.
 *
 * @param stakeholders the columns, every stakeholder in case order
 * @param rows one row per actor that drives at least one motivation, in the case's actor order
 * @param cells the same figures as a table, rows keyed by driver id in actor order, columns by
 *     stakeholder id in case order, zeros included
 */
public record DriverIndex(
    ImmutableList<Stakeholder> stakeholders,
    ImmutableList<DriverRow> rows,
    ImmutableTable<ActorId, StakeholderId, DriverCell> cells) {
  /** Copies the collections. */
  public DriverIndex {
    stakeholders = ImmutableList.copyOf(stakeholders);
    rows = ImmutableList.copyOf(rows);
    cells = ImmutableTable.copyOf(cells);
  }

  /** The rows by descending weight, then descending count, then actor order. */
  public ImmutableList<DriverRow> byWeight() {
    return rows.stream()
        .sorted(
            Comparator.comparingInt(DriverRow::weight)
                .reversed()
                .thenComparing(Comparator.comparingInt(DriverRow::count).reversed()))
        .collect(ImmutableList.toImmutableList());
  }
}
