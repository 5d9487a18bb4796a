package org.briefkit.model;

/** How far an arms transfer has gone. */
public enum TransferStatus implements Keyed {
  /** The items have been delivered. */
  DELIVERED,
  /** A contract or order has been placed. */
  ORDERED,
  /** A transfer is planned or negotiated. */
  PLANNED,
  /** A transfer is discussed as possible only. */
  POSSIBLE;

  /** Parses the case-file spelling ({@link Keyed#key()}), ignoring case. */
  public static TransferStatus parse(String text) {
    return Keyed.parse(TransferStatus.class, "transferStatus", text);
  }
}
