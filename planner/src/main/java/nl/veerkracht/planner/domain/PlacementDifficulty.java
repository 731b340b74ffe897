package nl.veerkracht.planner.domain;

import java.util.Comparator;

/**
 * Construction order (the hardest is placed first): clients whose placement is worth the most
 * per unit of street capacity first ({@code placementWeight / capacityUse}; with the default
 * weights of 1, the clients that use less capacity first, since they leave the most room for
 * others); among those, the clients with the fewest eligible dwellings; then the longest waiting.
 */
public class PlacementDifficulty implements Comparator<Placement> {

  private static final Comparator<Placement> EASIEST_FIRST = Comparator
      .comparingDouble(PlacementDifficulty::worthPerCapacityUnit)
      .thenComparing(Comparator.comparingInt((Placement p) -> p.getEligibleDwellings().size()).reversed())
      .thenComparingLong(Placement::getWaitingDays)
      .thenComparing(Placement::getClient, Comparator.reverseOrder());

  /** Placement weight per capacity unit used (a client using no capacity is worth the most). */
  static double worthPerCapacityUnit(Placement placement) {
    return (double) placement.getPlacementWeight() / placement.getCapacityUse();
  }

  @Override
  public int compare(Placement a, Placement b) {
    return EASIEST_FIRST.compare(a, b);
  }
}
