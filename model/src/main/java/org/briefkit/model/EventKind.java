package org.briefkit.model;

/** What kind of event an event is. */
public enum EventKind implements Keyed {
  /** A meeting of heads of state or government. */
  SUMMIT,
  /** Any other meeting, bilateral or multilateral. */
  MEETING,
  /** The launch or a round of a standing dialogue. */
  DIALOGUE,
  /** An agreement signed, renewed or upgraded. */
  AGREEMENT,
  /** Joining an organisation or a body. */
  ACCESSION,
  /** A statement, speech or strategy document. */
  STATEMENT,
  /** Someone taking or leaving office. */
  OFFICE_CHANGE,
  /** A military or cyber exercise. */
  EXERCISE,
  /** An armed attack, invasion or war. */
  CONFLICT,
  /** Anything else. */
  OTHER;

  /** Parses the case-file spelling ({@link Keyed#key()}), ignoring case. */
  public static EventKind parse(String text) {
    return Keyed.parse(EventKind.class, "eventKind", text);
  }
}
