package org.briefkit.model;

/** What kind of actor an actor is. */
public enum ActorKind implements Keyed {
  /** A sovereign state. */
  STATE,
  /** A military or political alliance. */
  ALLIANCE,
  /** An international or non-governmental organisation. */
  ORGANISATION,
  /** A named person. */
  PERSON,
  /** A body within a state (a ministry, the armed forces, a centre). */
  INSTITUTION;

  /** Parses the case-file spelling ({@link Keyed#key()}), ignoring case. */
  public static ActorKind parse(String text) {
    return Keyed.parse(ActorKind.class, "actorKind", text);
  }
}
