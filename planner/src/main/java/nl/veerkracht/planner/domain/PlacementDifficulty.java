package nl.veerkracht.planner.domain;

import java.util.Comparator;

/**
 * Construction order (the hardest is placed first): clients that use less capacity first, since
 * they leave the most room for others; among those, the clients with the fewest eligible
 * dwellings; then the longest waiting.
 */
public class PlacementDifficulty implements Comparator<Placement> {

  private static final Comparator<Placement> EASIEST_FIRST = Comparator
      .comparingInt(Placement::getCapacityUse).reversed()
      .thenComparing(Comparator.comparingInt((Placement p) -> p.getEligibleDwellings().size()).reversed())
      .thenComparingLong(Placement::getWaitingDays)
      .thenComparing(Placement::getClient, Comparator.reverseOrder());

  @Override
  public int compare(Placement a, Placement b) {
    return EASIEST_FIRST.compare(a, b);
  }
}
