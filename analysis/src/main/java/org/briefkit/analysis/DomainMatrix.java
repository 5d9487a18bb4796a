package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import java.util.Objects;
import org.briefkit.model.Domain;
import org.briefkit.model.DomainId;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;

/**
 * The stakeholder × domain matrix: for every stakeholder and every domain of the taxonomy,
 * how many motivations, how much weight, and what share of the stakeholder's total.
 *
 * <p>Every pair has a cell, zeros included, so the matrix can be drawn as is.
 *
 * @param stakeholders the rows, in case order
 * @param domains the columns, in taxonomy order
 * @param cells the cells keyed by stakeholder id (rows in case order) and domain id (columns in
 *     taxonomy order)
 * @param stakeholderTotals each stakeholder's total, in case order
 * @param domainTotals each domain's total over all stakeholders, in taxonomy order
 * @param total the grand total
 */
public record DomainMatrix(
    ImmutableList<Stakeholder> stakeholders,
    ImmutableList<Domain> domains,
    ImmutableTable<StakeholderId, DomainId, MatrixCell> cells,
    ImmutableMap<StakeholderId, Tally> stakeholderTotals,
    ImmutableMap<DomainId, Tally> domainTotals,
    Tally total) {
  /** Copies the collections. */
  public DomainMatrix {
    stakeholders = ImmutableList.copyOf(stakeholders);
    domains = ImmutableList.copyOf(domains);
    cells = ImmutableTable.copyOf(cells);
    stakeholderTotals = ImmutableMap.copyOf(stakeholderTotals);
    domainTotals = ImmutableMap.copyOf(domainTotals);
    Objects.requireNonNull(total, "total must not be null");
  }

  /**
   * The cell of {@code stakeholder} and {@code domain}.
   *
   * @throws IllegalArgumentException if either is not in the case
   */
  public MatrixCell cell(StakeholderId stakeholder, DomainId domain) {
    MatrixCell c = cells.get(stakeholder, domain);
    if (c == null) {
      throw new IllegalArgumentException(
          "no matrix cell for stakeholder \"" + stakeholder + "\" and domain \"" + domain + "\"");
    }
    return c;
  }
}
