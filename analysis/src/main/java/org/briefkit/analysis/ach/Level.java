package org.briefkit.analysis.ach;

/** A low, medium or high weight, as PARC ACH 1.1 weighs credibility and relevance. */
public enum Level {
  /** Weight 1/√2. */
  LOW,
  /** Weight 1. */
  MEDIUM,
  /** Weight √2. */
  HIGH;

  /** The weight: low 1/√2, medium 1, high √2. */
  public double weight() {
    return switch (this) {
      case LOW -> 1 / Math.sqrt(2);
      case MEDIUM -> 1;
      case HIGH -> Math.sqrt(2);
    };
  }

  /** The level as written: "low". */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
