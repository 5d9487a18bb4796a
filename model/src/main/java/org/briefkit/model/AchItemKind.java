package org.briefkit.model;

/** What an item of an ACH matrix is. */
public enum AchItemKind implements Keyed {
  /** Evidence: what a source says at a place ({@code source}, {@code locator}). */
  EVIDENCE,
  /** One of the case's key assumptions ({@code assumption}). */
  ASSUMPTION,
  /** The absence of evidence one would expect to see: what is not there. */
  ABSENCE
}
