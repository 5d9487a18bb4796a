package org.briefkit.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How BriefKit prints each kind of figure, wherever it prints it — the brief's text and tables,
 * the findings, the tradecraft messages and the workbook, whose number formats come from here
 * too — so that one figure reads the same in every place: one rule per kind. Independent of the
 * default locale: a dot for decimals, no grouping.
 *
 * <ul>
 *   <li>a weight (or a count): a whole number, {@code 12};
 *   <li>a score (an overlap from 0 to 1, an ACH weight or weighted inconsistency): two
 *       decimals and a true minus sign, {@code 0.70}, {@code −2.83}, never {@code −0.00};
 *   <li>a share of a whole (0.43): in whole per cent, {@code 43 %};
 *   <li>a percentage (a value already in per cent, the bounds of a likelihood band): whole, with
 *       a space before the sign, {@code 80 %}, {@code 80–95 %}, {@code ≤5 %}.
 * </ul>
 *
 * <p>It lives in the model, under both renderers and the analysis, because the findings and
 * the tradecraft messages print figures as well as the brief and the workbook.
 */
public final class Figures {
  private Figures() {}

  /** The minus sign of scores: U+2212, not the hyphen. */
  public static final char MINUS = '\u2212';

  /** The workbook's number format of weights and counts: {@code 12}. */
  public static final String WEIGHT_FORMAT = "0";

  /**
   * The workbook's number format of scores: two decimals, and a true minus sign for negative
   * ones ({@code −2.83}), as {@link #score} prints them.
   */
  public static final String SCORE_FORMAT = "0.00;\"" + MINUS + "\"0.00;0.00";

  /** The workbook's number format of shares, stored as fractions (0.43): {@code 43 %}. */
  public static final String SHARE_FORMAT = "0 %";

  /**
   * A trend-indicator value (SIPRI's TIV, millions) as every output prints it: a point, no
   * grouping, no trailing zeros ({@code 12.5}, {@code 0.75}, {@code 120}). TIV is not money: what
   * shows it says so.
   */
  public static String tiv(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** A weight or a count: {@code 12}. */
  public static String weight(long value) {
    return Long.toString(value);
  }

  /**
   * A score: two decimals (half up) and a true minus sign, {@code 0.70}, {@code −2.83}; never
   * {@code −0.00} (a sum that is 0 may come out as −0.0 or a trace below it).
   */
  public static String score(double value) {
    requireFinite(value);
    BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    if (d.signum() == 0) {
      return "0.00";
    }
    return d.signum() < 0 ? MINUS + d.negate().toPlainString() : d.toPlainString();
  }

  /** A share of a whole, given as a fraction (0.43): in whole per cent, {@code 43 %}. */
  public static String share(double fraction) {
    requireFinite(fraction);
    return percent(fraction * 100);
  }

  /** A value in per cent (80): whole, {@code 80 %}. */
  public static String percent(double percent) {
    return whole(percent) + " %";
  }

  /** A range of per cent, as a likelihood band's: {@code 80–95 %}, or {@code ≤5 %} from zero. */
  public static String percentRange(int low, int high) {
    return low == 0 ? "≤" + high + " %" : low + "–" + high + " %";
  }

  private static String whole(double value) {
    requireFinite(value);
    BigDecimal d = BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP);
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  private static void requireFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("figure (" + value + ") must be finite");
    }
  }
}
