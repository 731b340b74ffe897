package nl.veerkracht.democity;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out each buurt's real number of dwellings (Context 2015, times the city's scale) over
 * generated streets, and its real share of social rent over their corporation dwellings.
 */
final class StreetPlan {

  /** Average dwellings per street; Rotterdam's 301,000 dwellings then fill some 3,500 streets. */
  static final int DWELLINGS_PER_STREET = 85;
  static final int MIN_STREETS = 2;
  /** Spread of street sizes around the average (log scale). */
  private static final double SIZE_SPREAD = 0.6;
  /** The noise added to a street's corporation share to make its deviation (see {@link DemoStreet}). */
  private static final double DEVIATION_NOISE = 0.25;

  private StreetPlan() {
  }

  static List<DemoStreet> streets(RotterdamData data, long seed, double scale) {
    Draw draw = new Draw(seed, "streets");
    StreetNames names = new StreetNames(seed);
    List<DemoStreet> streets = new ArrayList<>();
    for (Buurt buurt : data.buurten()) {
      int dwellings = Math.max(MIN_STREETS, (int) Math.round(scale * buurt.context().dwellings()));
      int corporation = (int) Math.round(dwellings * buurt.context().socialRentShare());
      int count = Math.max(MIN_STREETS, Math.round((float) dwellings / DWELLINGS_PER_STREET));
      int[] sizes = sizes(dwellings, count, draw);
      int[] corporationDwellings = corporationDwellings(corporation, sizes, draw);
      double[] deviations = deviations(sizes, corporationDwellings, buurt.context().socialRentShare(), draw);
      List<String> streetNames = names.forBuurt(count);
      for (int i = 0; i < count; i++) {
        String id = String.format("ST%04d", streets.size() + 1);
        streets.add(new DemoStreet(id, streetNames.get(i), buurt, sizes[i], corporationDwellings[i], deviations[i]));
      }
    }
    return streets;
  }

  /** Street sizes of at least one dwelling that add up to the buurt's dwellings. */
  private static int[] sizes(int dwellings, int count, Draw draw) {
    double[] weights = new double[count];
    for (int i = 0; i < count; i++) {
      weights[i] = draw.logNormal(1, SIZE_SPREAD);
    }
    int[] sizes = Apportion.largestRemainder(dwellings - count, weights);
    for (int i = 0; i < count; i++) {
      sizes[i]++;
    }
    return sizes;
  }

  /**
   * The buurt's corporation dwellings over its streets: some streets mostly corporation, others
   * mostly private, never more than a street has.
   */
  private static int[] corporationDwellings(int corporation, int[] sizes, Draw draw) {
    double[] weights = new double[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      weights[i] = sizes[i] * draw.uniform(0, 2);
    }
    return Apportion.largestRemainder(corporation, weights, sizes);
  }

  /**
   * Each street's deviation: its corporation share above the buurt's, plus noise, within [-1, 1],
   * then centred so that the dwelling-weighted mean is zero (which keeps it within [-2, 2]).
   * Vulnerable households concentrate where corporations own more, as the report found.
   */
  private static double[] deviations(int[] sizes, int[] corporation, double buurtShare, Draw draw) {
    double[] deviations = new double[sizes.length];
    double weighted = 0;
    double total = 0;
    for (int i = 0; i < sizes.length; i++) {
      double raw = (double) corporation[i] / sizes[i] - buurtShare + draw.normal(0, DEVIATION_NOISE);
      deviations[i] = Math.max(-1, Math.min(1, raw));
      weighted += sizes[i] * deviations[i];
      total += sizes[i];
    }
    for (int i = 0; i < sizes.length; i++) {
      deviations[i] -= weighted / total;
    }
    return deviations;
  }
}
