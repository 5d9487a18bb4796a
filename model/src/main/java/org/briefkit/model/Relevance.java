package org.briefkit.model;

/** How much an item of an ACH matrix matters to the question, weighted as in PARC ACH 1.1. */
public enum Relevance implements Keyed {
  /** Weight 1/√2. */
  LOW,
  /** Weight 1. */
  MEDIUM,
  /** Weight √2. */
  HIGH;

  /** The weight in the score: low 1/√2, medium 1, high √2. */
  public double weight() {
    return switch (this) {
      case LOW -> 1 / Math.sqrt(2);
      case MEDIUM -> 1;
      case HIGH -> Math.sqrt(2);
    };
  }
}
