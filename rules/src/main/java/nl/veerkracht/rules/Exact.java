package nl.veerkracht.rules;

import java.math.BigInteger;
import nl.veerkracht.scenario.Share;

/** The exact arithmetic of the rules: ratios against shares, never binary floating point. */
public final class Exact {

  private Exact() {
  }

  /** Whether {@code m / n <= share}, exactly ({@code n > 0}). */
  public static boolean within(long m, long n, Share share) {
    return share.compareRatio(BigInteger.valueOf(m), BigInteger.valueOf(n)) <= 0;
  }

  /** Whether {@code m / n > share}, exactly ({@code n > 0}). */
  public static boolean exceeds(long m, long n, Share share) {
    return !within(m, n, share);
  }

  /**
   * Whether vacancy number {@code k} (counting from 0) of a share sequence is marked:
   * ⌊(k+1)·s⌋ − ⌊k·s⌋ = 1. With s = 1/2 the marked numbers are 1, 3, 5, ...
   */
  public static boolean marked(long k, Share share) {
    return floorTimes(k + 1, share).subtract(floorTimes(k, share)).equals(BigInteger.ONE);
  }

  private static BigInteger floorTimes(long k, Share share) {
    return BigInteger.valueOf(k).multiply(share.numerator()).divide(share.denominator());
  }
}
