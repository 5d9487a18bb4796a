package org.briefkit.model;

/**
 * How credible an item of evidence is, graded 1 to 6 as in the Admiralty (NATO) system of
 * information evaluation; 6 says that its truth cannot be judged, not that it is false.
 */
public enum Credibility implements Keyed {
  /** Confirmed by other independent sources; logical; consistent with other information. */
  CONFIRMED("confirmed by other sources"),
  /** Not confirmed; logical; consistent with other information. */
  PROBABLY_TRUE("probably true"),
  /** Not confirmed; reasonably logical; agrees with some other information. */
  POSSIBLY_TRUE("possibly true"),
  /** Not confirmed; possible but not logical; no other information on the subject. */
  DOUBTFUL("doubtful"),
  /** Not confirmed; not logical; contradicted by other information. */
  IMPROBABLE("improbable"),
  /** No basis to evaluate the validity of the information. */
  CANNOT_BE_JUDGED("truth cannot be judged");

  private final String meaning;

  Credibility(String meaning) {
    this.meaning = meaning;
  }

  /** Grades are written as their number, 1 to 6. */
  @Override
  public String key() {
    return Integer.toString(ordinal() + 1);
  }

  /** The grade's number and meaning: "2 (probably true)". */
  @Override
  public String label() {
    return key() + " (" + meaning + ")";
  }

  /** What the grade means, in words: "probably true". */
  public String meaning() {
    return meaning;
  }

  /** Whether the grade leaves the item too weak to carry a judgment alone (5 or 6). */
  public boolean isLow() {
    return this == IMPROBABLE || this == CANNOT_BE_JUDGED;
  }
}
