package org.briefkit.model;

/** The analyst's confidence in a key judgment (the evidence and reasoning behind it). */
public enum Confidence implements Keyed {
  /** Fragmentary or questionable information. */
  LOW,
  /** Credible information, not corroborated enough for high confidence. */
  MODERATE,
  /** High-quality information from several sources. */
  HIGH;

  /** Parses the case-file spelling ({@link Keyed#key()}), ignoring case. */
  public static Confidence parse(String text) {
    return Keyed.parse(Confidence.class, "confidence", text);
  }
}
