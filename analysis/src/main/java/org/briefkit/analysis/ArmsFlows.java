package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.Actor;
import org.briefkit.model.ArmsTransfer;

/**
 * Arms flows seen from the case's focus actor: what it imports, from whom, and what it
 * exports, to whom, each by partner and status.
 *
 * @param focus the focus actor, if the case names one (without a focus every transfer is in
 *     {@code others})
 * @param imports transfers the focus receives, by supplier (in the case's actor order) then
 *     status (delivered, ordered, planned, possible)
 * @param exports transfers the focus supplies, by recipient then status, in the same order
 * @param others transfers that do not involve the focus as supplier or recipient, in case order
 */
public record ArmsFlows(
    Optional<Actor> focus,
    ImmutableList<Flow> imports,
    ImmutableList<Flow> exports,
    ImmutableList<ArmsTransfer> others) {
  /** Checks the components and copies the lists. */
  public ArmsFlows {
    Objects.requireNonNull(focus, "focus must not be null");
    imports = ImmutableList.copyOf(imports);
    exports = ImmutableList.copyOf(exports);
    others = ImmutableList.copyOf(others);
  }

  /** How many import transfers, over all partners and statuses. */
  public int importCount() {
    return imports.stream().mapToInt(Flow::count).sum();
  }

  /** How many export transfers, over all partners and statuses. */
  public int exportCount() {
    return exports.stream().mapToInt(Flow::count).sum();
  }
}
