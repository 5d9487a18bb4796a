package org.briefkit.model;

/**
 * The standard estimative terms for how likely a judged outcome is, each with its
 * probability range (as in US Intelligence Community Directive 203).
 */
public enum Likelihood implements Keyed {
  /** 1–5 %. */
  ALMOST_NO_CHANCE(1, 5),
  /** 5–20 %. */
  VERY_UNLIKELY(5, 20),
  /** 20–45 %. */
  UNLIKELY(20, 45),
  /** 45–55 %. */
  ROUGHLY_EVEN_CHANCE(45, 55),
  /** 55–80 %. */
  LIKELY(55, 80),
  /** 80–95 %. */
  VERY_LIKELY(80, 95),
  /** 95–99 %. */
  ALMOST_CERTAIN(95, 99);

  private final int lowPercent;
  private final int highPercent;

  Likelihood(int lowPercent, int highPercent) {
    this.lowPercent = lowPercent;
    this.highPercent = highPercent;
  }

  /** The lower bound of the probability range, in percent. */
  public int lowPercent() {
    return lowPercent;
  }

  /** The upper bound of the probability range, in percent. */
  public int highPercent() {
    return highPercent;
  }

  /** Parses the case-file spelling ({@code very-likely}). */
  public static Likelihood parse(String text) {
    return Keyed.parse(Likelihood.class, "likelihood", text);
  }
}
