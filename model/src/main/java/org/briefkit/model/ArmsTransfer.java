package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
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
 * @param tiv the SIPRI trend-indicator value (TIV) of what was delivered, in millions of TIV: a
 *     measure of military capability transferred, not a price or money
 * @param estimates which of the values are estimates rather than known figures
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
    Optional<BigDecimal> tiv,
    ImmutableList<Estimate> estimates,
    ImmutableList<Evidence> evidence) {

  /** A value of a transfer that its source gives as an estimate (SIPRI's "is estimate" flags). */
  public enum Estimate implements Keyed {
    /** The date of the order. */
    ORDER_DATE,
    /** The number of items delivered. */
    NUMBER,
    /** The year of delivery. */
    DELIVERY_YEAR,
    /** The trend-indicator value. */
    TIV
  }

  /** Checks the components and copies the lists. */
  public ArmsTransfer {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(supplier, "supplier must not be null");
    Objects.requireNonNull(recipient, "recipient must not be null");
    Texts.required("transfer items", items);
    Objects.requireNonNull(status, "status must not be null");
    intermediaries = ImmutableList.copyOf(intermediaries);
    Objects.requireNonNull(when, "when must not be null");
    Objects.requireNonNull(tiv, "tiv must not be null (use Optional.empty())");
    tiv.ifPresent(ArmsTransfer::requireTiv);
    estimates = ImmutableList.copyOf(estimates);
    evidence = ImmutableList.copyOf(evidence);
  }

  /**
   * Returns {@code tiv} if it is zero or more.
   *
   * @throws IllegalArgumentException naming the value and the rule
   */
  public static BigDecimal requireTiv(BigDecimal tiv) {
    if (tiv.signum() < 0) {
      throw new IllegalArgumentException("tiv (" + tiv.toPlainString() + ") must be zero or more");
    }
    return tiv;
  }

  /** A builder for a transfer. */
  public static Builder builder(TransferId id, ActorId supplier, ActorId recipient) {
    return new Builder().id(id).supplier(supplier).recipient(recipient);
  }

  /**
   * An empty builder; {@link Builder#build()} needs the id, the supplier, the recipient and the
   * items. The status defaults to {@link TransferStatus#DELIVERED}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every part of this transfer, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .id(id)
            .supplier(supplier)
            .recipient(recipient)
            .items(items)
            .status(status)
            .intermediaries(intermediaries)
            .estimates(estimates)
            .evidence(evidence);
    b.when = when;
    b.tiv = tiv;
    return b;
  }

  /** Builds an {@link ArmsTransfer}. List setters add to what the builder holds. */
  public static final class Builder {
    private TransferId id;
    private ActorId supplier;
    private ActorId recipient;
    private String items;
    private TransferStatus status = TransferStatus.DELIVERED;
    private final ImmutableList.Builder<ActorId> intermediaries = ImmutableList.builder();
    private Optional<DateSpan> when = Optional.empty();
    private Optional<BigDecimal> tiv = Optional.empty();
    private final ImmutableList.Builder<Estimate> estimates = ImmutableList.builder();
    private final ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(TransferId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the supplier (required). */
    public Builder supplier(ActorId supplier) {
      this.supplier = Objects.requireNonNull(supplier, "supplier must not be null");
      return this;
    }

    /** Sets the recipient (required). */
    public Builder recipient(ActorId recipient) {
      this.recipient = Objects.requireNonNull(recipient, "recipient must not be null");
      return this;
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
      return intermediaries(Arrays.asList(ids));
    }

    /** Adds intermediaries. */
    public Builder intermediaries(Iterable<ActorId> ids) {
      intermediaries.addAll(ids);
      return this;
    }

    /** Sets when. */
    public Builder when(DateSpan when) {
      this.when = Optional.of(when);
      return this;
    }

    /** Sets the trend-indicator value delivered (millions of TIV, not money). */
    public Builder tiv(BigDecimal tiv) {
      this.tiv = Optional.of(tiv);
      return this;
    }

    /** Adds the values given as estimates. */
    public Builder estimates(Estimate... items) {
      return estimates(Arrays.asList(items));
    }

    /** Adds the values given as estimates. */
    public Builder estimates(Iterable<Estimate> items) {
      estimates.addAll(items);
      return this;
    }

    /** Adds evidence. */
    public Builder evidence(Evidence... items) {
      return evidence(Arrays.asList(items));
    }

    /** Adds evidence. */
    public Builder evidence(Iterable<Evidence> items) {
      evidence.addAll(items);
      return this;
    }

    /** Builds the transfer, validating it. */
    public ArmsTransfer build() {
      return new ArmsTransfer(
          id, supplier, recipient, items, status, intermediaries.build(), when, tiv,
          estimates.build(), evidence.build());
    }
  }
}
