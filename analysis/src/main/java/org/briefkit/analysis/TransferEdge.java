package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.briefkit.model.Actor;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.TransferStatus;

/**
 * A directed link for arms transfers from a supplier to a recipient at one status.
 *
 * @param supplier who supplies
 * @param recipient who receives
 * @param status how far the transfers have gone
 * @param transfers the transfers, in case order (at least one)
 */
public record TransferEdge(
    Actor supplier, Actor recipient, TransferStatus status, ImmutableList<ArmsTransfer> transfers) {
  /** Checks the components and copies the list. */
  public TransferEdge {
    Objects.requireNonNull(supplier, "supplier must not be null");
    Objects.requireNonNull(recipient, "recipient must not be null");
    Objects.requireNonNull(status, "status must not be null");
    transfers = ImmutableList.copyOf(transfers);
  }
}
