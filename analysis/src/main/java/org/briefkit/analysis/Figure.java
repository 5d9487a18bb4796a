package org.briefkit.analysis;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number a finding rests on, with what it measures.
 *
 * @param name what the number is ("NATO weight in Cybersecurity")
 * @param value the number
 */
public record Figure(String name, double value) {
  /** Checks the components. */
  public Figure {
    Objects.requireNonNull(name, "name must not be null");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("figure value (" + value + ") must be finite");
    }
  }

  /** The value as written in a finding: "6", "0.43" (at most two decimals, no exponent). */
  public String display() {
    return Numbers.format(value);
  }

  /** The value rounded to two decimals, as a decimal. */
  public BigDecimal decimal() {
    return new BigDecimal(display());
  }
}
