package org.briefkit.model;

/** What kind of party a stakeholder is. */
public enum StakeholderKind implements Keyed {
  /** A military or political alliance (NATO). */
  ALLIANCE,
  /** A sovereign state (the Republic of Korea). */
  STATE,
  /** Any other organisation (the EU, an NGO). */
  ORGANISATION;

  /** Parses the case-file spelling ({@link Keyed#key()}), ignoring case. */
  public static StakeholderKind parse(String text) {
    return Keyed.parse(StakeholderKind.class, "stakeholderKind", text);
  }
}
