package nl.veerkracht.democity;

import java.util.List;

/**
 * Last year's placements of households that need extra attention, per street, in capacity units
 * (an intensive client uses 2, as {@code capacityUse} counts them). As the report found, they
 * landed where the cheap corporation dwellings and the vulnerable residents are: drawn by
 * corporation dwellings times the buurt's share of households on social assistance.
 */
final class RecentPlacements {

  static final int PER_YEAR = 800;
  /** Of the clients, the share needing intensive support: that of the generated clients' mix (about 24 %). */
  static final double INTENSIVE_SHARE = 0.24;

  private RecentPlacements() {
  }

  /** Capacity units used per street, in the order of the streets. */
  static int[] perStreet(List<DemoStreet> streets, long seed, double scale) {
    Draw draw = new Draw(seed, "placements");
    double[] cumulative = Draw.cumulative(streets.stream()
        .mapToDouble(street -> street.corporationDwellings() * street.buurt().wijkprofiel(DemoCity.FIGURES_YEAR).socialAssistanceShare())
        .toArray());
    int[] placements = new int[streets.size()];
    for (int i = (int) Math.round(PER_YEAR * scale); i > 0; i--) {
      placements[draw.weightedIndex(cumulative)] += draw.chance(INTENSIVE_SHARE) ? 2 : 1;
    }
    return placements;
  }
}
