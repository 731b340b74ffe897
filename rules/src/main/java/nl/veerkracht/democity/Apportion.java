package nl.veerkracht.democity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Splits a whole number into whole parts proportional to weights (the largest-remainder
 * method), so that generated counts add up exactly and each part is within one of its exact
 * share. Ties go to the lower index.
 */
final class Apportion {

  private Apportion() {
  }

  /**
   * {@code total} keys, each as often as its share says (within one), in the map's iteration
   * order: exact quotas, for the caller to shuffle.
   */
  static <K> List<K> quotas(int total, Map<K, Double> shares) {
    List<K> keys = new ArrayList<>(shares.keySet());
    int[] counts = largestRemainder(total, shares.values().stream().mapToDouble(Double::doubleValue).toArray());
    List<K> result = new ArrayList<>(total);
    for (int i = 0; i < keys.size(); i++) {
      result.addAll(Collections.nCopies(counts[i], keys.get(i)));
    }
    return result;
  }

  static int[] largestRemainder(int total, double[] weights) {
    int[] unlimited = new int[weights.length];
    Arrays.fill(unlimited, Integer.MAX_VALUE);
    return largestRemainder(total, weights, unlimited);
  }

  /**
   * As {@link #largestRemainder(int, double[])}, with no part above its cap: a part whose share
   * exceeds its cap gets the cap and the rest is shared among the others.
   */
  static int[] largestRemainder(int total, double[] weights, int[] caps) {
    long room = 0;
    for (int cap : caps) {
      room += cap;
    }
    if (total < 0 || total > room) {
      throw new IllegalArgumentException("cannot split " + total + " within caps totalling " + room);
    }
    int[] parts = new int[weights.length];
    boolean[] capped = new boolean[weights.length];
    int left = total;
    boolean cappedMore = true;
    while (cappedMore) {
      cappedMore = false;
      double weightLeft = weightOf(weights, capped);
      for (int i = 0; i < weights.length; i++) {
        if (!capped[i] && weightLeft > 0 && left * weights[i] / weightLeft > caps[i]) {
          capped[i] = true;
          parts[i] = caps[i];
          left -= caps[i];
          cappedMore = true;
        }
      }
    }
    shareOut(left, weights, capped, caps, parts);
    return parts;
  }

  private static void shareOut(int total, double[] weights, boolean[] capped, int[] caps, int[] parts) {
    double weightLeft = weightOf(weights, capped);
    List<Integer> open = new ArrayList<>();
    double[] remainders = new double[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!capped[i]) {
        // With no weight left (all zero), the parts with room take the rest in turn.
        double exact = weightLeft > 0 ? total * weights[i] / weightLeft : 0;
        parts[i] = (int) Math.floor(exact);
        remainders[i] = weightLeft > 0 ? exact - parts[i] : 0;
        given += parts[i];
        open.add(i);
      }
    }
    open.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparing(i -> i));
    int rest = total - given;
    for (int k = 0; rest > 0; k = (k + 1) % open.size()) {
      int i = open.get(k);
      if (parts[i] < caps[i]) {
        parts[i]++;
        rest--;
      }
    }
  }

  private static double weightOf(double[] weights, boolean[] capped) {
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!capped[i]) {
        sum += weights[i];
      }
    }
    return sum;
  }
}
