package org.briefkit.analysis.ach;

import org.briefkit.model.Credibility;
import org.briefkit.model.Source;

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

  /**
   * The credibility level of an item's grade: 1–2 high, 5 low; 3, 4 and 6 (cannot be judged)
   * medium.
   */
  public static Level of(Credibility grade) {
    return switch (grade) {
      case CONFIRMED, PROBABLY_TRUE -> HIGH;
      case POSSIBLY_TRUE, DOUBTFUL, CANNOT_BE_JUDGED -> MEDIUM;
      case IMPROBABLE -> LOW;
    };
  }

  /** The credibility level of a source's reliability: A–B high, E low; C, D and F medium. */
  public static Level of(Source.Reliability grade) {
    return switch (grade) {
      case A, B -> HIGH;
      case C, D, F -> MEDIUM;
      case E -> LOW;
    };
  }
}
