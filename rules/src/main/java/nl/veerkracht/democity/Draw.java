package nl.veerkracht.democity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The random draws of one part of the demo city. Each part has its own stream, derived from the
 * seed and the part's name, so that a change in how one part draws leaves the others as they
 * were. Never seeded from the clock.
 */
final class Draw {

  private final SplittableRandom random;

  Draw(long seed, String part) {
    this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + part.hashCode());
  }

  /** Uniform in [min, max). */
  double uniform(double min, double max) {
    return min + random.nextDouble() * (max - min);
  }

  /** Uniform in [min, max], both inclusive. */
  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** Normally distributed (Box-Muller). */
  double normal(double mean, double deviation) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A positive number whose logarithm is normal: {@code median} times e to the power N(0, spread). */
  double logNormal(double median, double spread) {
    return median * Math.exp(normal(0, spread));
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** A key with probability proportional to its weight, in the map's iteration order. */
  <K> K weighted(Map<K, Double> weights) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    double point = random.nextDouble() * total;
    K last = null;
    for (Map.Entry<K, Double> entry : weights.entrySet()) {
      last = entry.getKey();
      point -= entry.getValue();
      if (point < 0) {
        return last;
      }
    }
    return last;
  }

  /** An index with probability proportional to its weight, from the running totals of the weights. */
  int weightedIndex(double[] cumulativeWeights) {
    double point = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
    int low = 0;
    int high = cumulativeWeights.length - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (cumulativeWeights[middle] > point) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  /** The running totals of weights, for {@link #weightedIndex}. */
  static double[] cumulative(double[] weights) {
    double[] cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
    return cumulative;
  }

  /** Fisher-Yates, in place. */
  <T> void shuffle(List<T> items) {
    for (int i = items.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      items.set(j, items.set(i, items.get(j)));
    }
  }

  /** A day in [from, to], both inclusive. */
  LocalDate dayBetween(LocalDate from, LocalDate to) {
    return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
  }

  /** A stream of its own, split off this one, for a part that draws with {@link SplittableRandom} itself. */
  SplittableRandom split() {
    return random.split();
  }

  /** A key for weighted sampling without replacement (Efraimidis-Spirakis): take the largest keys. */
  double samplingKey(double weight) {
    return Math.log(1 - random.nextDouble()) / weight;
  }
}
