package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.briefkit.model.Actor;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.TransferStatus;

/**
 * Arms flowing between the focus actor and one partner at one status.
 *
 * @param partner the supplier of an import, or the recipient of an export
 * @param status how far the transfers have gone
 * @param transfers the transfers, in case order (at least one)
 */
public record Flow(Actor partner, TransferStatus status, ImmutableList<ArmsTransfer> transfers) {
  /** Checks the components and copies the list. */
  public Flow {
    Objects.requireNonNull(partner, "partner must not be null");
    Objects.requireNonNull(status, "status must not be null");
    transfers = ImmutableList.copyOf(transfers);
  }

  /** How many transfers. */
  public int count() {
    return transfers.size();
  }
}
