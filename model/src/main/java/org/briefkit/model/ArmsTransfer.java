package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Arms, weapon systems or military technology moving from a supplier to a recipient,
 * delivered or only ordered, planned or possible.
 *
 * @param id the id
 * @param supplier who supplies
 * @param recipient who receives
 * @param items what is transferred ("K2 tanks", "arms and military technology")
 * @param status delivered, ordered, planned or possible
 * @param intermediaries the actors a transfer may pass through ("via Canada or Poland")
 * @param when when, if the source says
 * @param evidence what supports it
 */
public record ArmsTransfer(
    TransferId id,
    ActorId supplier,
    ActorId recipient,
    String items,
    TransferStatus status,
    ImmutableList<ActorId> intermediaries,
    Optional<DateSpan> when,
    ImmutableList<Evidence> evidence) {

  /** Checks the components and copies the lists. */
  public ArmsTransfer {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(supplier, "supplier must not be null");
    Objects.requireNonNull(recipient, "recipient must not be null");
    Texts.required("transfer items", items);
    Objects.requireNonNull(status, "status must not be null");
    intermediaries = ImmutableList.copyOf(intermediaries);
    Objects.requireNonNull(when, "when must not be null");
    evidence = ImmutableList.copyOf(evidence);
  }

  /** A builder for a transfer. */
  public static Builder builder(TransferId id, ActorId supplier, ActorId recipient) {
    return new Builder(id, supplier, recipient);
  }

  /** Builds an {@link ArmsTransfer}; the status defaults to delivered. */
  public static final class Builder {
    private final TransferId id;
    private final ActorId supplier;
    private final ActorId recipient;
    private String items;
    private TransferStatus status = TransferStatus.DELIVERED;
    private final ImmutableList.Builder<ActorId> intermediaries = ImmutableList.builder();
    private Optional<DateSpan> when = Optional.empty();
    private final ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();

    private Builder(TransferId id, ActorId supplier, ActorId recipient) {
      java.util.Objects.requireNonNull(id, "id must not be null");
      java.util.Objects.requireNonNull(supplier, "supplier must not be null");
      java.util.Objects.requireNonNull(recipient, "recipient must not be null");
      this.id = id;
      this.supplier = supplier;
      this.recipient = recipient;
    }

    /** Sets what is transferred (required). */
    public Builder items(String items) {
      this.items = items;
      return this;
    }

    /** Sets the status. */
    public Builder status(TransferStatus status) {
      this.status = status;
      return this;
    }

    /** Adds intermediaries. */
    public Builder intermediaries(ActorId... ids) {
      intermediaries.addAll(Arrays.asList(ids));
      return this;
    }

    /** Sets when. */
    public Builder when(DateSpan when) {
      this.when = Optional.of(when);
      return this;
    }

    /** Adds evidence. */
    public Builder evidence(Evidence... items) {
      evidence.addAll(Arrays.asList(items));
      return this;
    }

    /** Builds the transfer, validating it. */
    public ArmsTransfer build() {
      return new ArmsTransfer(
          id, supplier, recipient, items, status, intermediaries.build(), when, evidence.build());
    }
  }
}
