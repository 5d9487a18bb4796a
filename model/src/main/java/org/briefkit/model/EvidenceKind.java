package org.briefkit.model;

/** What a piece of evidence is, in the source's own terms. */
public enum EvidenceKind implements Keyed {
  /** Something the source reports as having happened or being so. */
  FACT,
  /** Something an actor says, as reported by the source. */
  CLAIM,
  /** The source author's own judgment. */
  ASSESSMENT;

  /** Parses the case-file spelling ({@link Keyed#key()}), ignoring case. */
  public static EvidenceKind parse(String text) {
    return Keyed.parse(EvidenceKind.class, "evidenceKind", text);
  }
}
