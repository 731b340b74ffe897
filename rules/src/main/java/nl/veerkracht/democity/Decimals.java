package nl.veerkracht.democity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How generated numbers are written: rounded, without trailing zeros. */
final class Decimals {

  private Decimals() {
  }

  /** Rounded half-even, without trailing zeros ({@code 0.2}, not {@code 0.2000}). */
  static BigDecimal rounded(double value, int decimals) {
    BigDecimal result = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return result.scale() < 0 ? result.setScale(0) : result;
  }
}
