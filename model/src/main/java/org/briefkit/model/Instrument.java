package org.briefkit.model;

/** The instrument of national power a domain belongs to (the DIME model). */
public enum Instrument implements Keyed {
  /** Diplomacy, alliances and political relations. */
  DIPLOMATIC,
  /** Information, intelligence and cyber. */
  INFORMATION,
  /** Armed forces, arms and defence technology. */
  MILITARY,
  /** Trade, industry and finance. */
  ECONOMIC;

  /** Parses the case-file spelling ({@link Keyed#key()}), ignoring case. */
  public static Instrument parse(String text) {
    return Keyed.parse(Instrument.class, "instrument", text);
  }
}
