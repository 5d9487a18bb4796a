package org.briefkit.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting independent of the default locale. */
final class Numbers {
  private Numbers() {}

  /** At most two decimals, trailing zeros dropped, a dot as separator: 6, 0.43, 0.5. */
  static String format(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
