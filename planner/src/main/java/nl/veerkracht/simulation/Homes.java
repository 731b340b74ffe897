package nl.veerkracht.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.veerkracht.scenario.Seeker;

/**
 * Where a run's households live (the scenario format has no address): a buurt drawn in proportion
 * to its dwellings, and for a household on a benefit also to its vulnerability index (÷ 100), so
 * that such households live where the data says they do.
 */
final class Homes {

  private final List<String> codes;
  private final double[] everyone;
  private final double[] onBenefit;

  /** @param indexOfBuurt each buurt's vulnerability index (null where unknown) */
  Homes(Buurten buurten, Map<String, Double> indexOfBuurt) {
    this.codes = new ArrayList<>(buurten.codes());
    this.everyone = new double[codes.size()];
    this.onBenefit = new double[codes.size()];
    for (int i = 0; i < codes.size(); i++) {
      everyone[i] = buurten.dwellings(codes.get(i));
      Double index = indexOfBuurt.get(codes.get(i));
      onBenefit[i] = everyone[i] * (index == null ? 1 : Math.max(0, index) / 100);
    }
  }

  String draw(Seeker seeker, SplittableRandom random) {
    return codes.get(weightedIndex(Vulnerability.onBenefit(seeker.incomeSource()) ? onBenefit : everyone, random));
  }

  static int weightedIndex(double[] weights, SplittableRandom random) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double point = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      point -= weights[i];
      if (point < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
