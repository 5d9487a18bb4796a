package org.briefkit.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.briefkit.model.Figures;

/**
 * A number a finding rests on, with what it measures.
 *
 * @param name what the number is ("NATO weight in Cybersecurity")
 * @param value the number
 * @param kind how it is printed
 */
public record Figure(String name, double value, Kind kind) {
  /** What kind of number a figure is, which says how it is printed ({@link Figures}). */
  public enum Kind {
    /** A count or a weight: a whole number, "6". */
    WHOLE,
    /** A score, such as an overlap from 0 to 1: two decimals, "0.70". */
    SCORE
  }

  /** Checks the components. */
  public Figure {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("figure value (" + value + ") must be finite");
    }
  }

  /** A count or a weight. */
  public Figure(String name, double value) {
    this(name, value, Kind.WHOLE);
  }

  /**
   * The value as written in a finding, by its kind's rule: "6" for a count or a weight, "0.70"
   * for a score; a count that is not whole, which no rule makes, as a score.
   */
  public String display() {
    return kind == Kind.WHOLE && value == Math.rint(value) ? Figures.weight((long) value) : Figures.score(value);
  }

  /** The value rounded to two decimals, as a decimal: 6, 0.7. */
  public BigDecimal decimal() {
    BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? BigDecimal.ZERO : d.scale() < 0 ? d.setScale(0) : d;
  }
}
