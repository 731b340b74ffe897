package nl.veerkracht.planner;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veerkracht.planner.domain.Dwelling;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.domain.Placement;
import nl.veerkracht.planner.domain.Street;

/** Roughly what is done by hand: the longest waiting client first, on the first eligible dwelling with room. */
public final class GreedyBaseline {

  private GreedyBaseline() {
  }

  public static int placed(MediationPlan plan) {
    Set<Dwelling> taken = new HashSet<>();
    Map<Street, Integer> used = new HashMap<>();
    List<Placement> byWaiting = plan.getPlacements().stream()
        .sorted(Comparator.comparingLong(Placement::getWaitingDays).reversed().thenComparing(Placement::getClient))
        .toList();
    int placed = 0;
    for (Placement client : byWaiting) {
      for (Dwelling dwelling : client.getEligibleDwellings()) {
        Street street = dwelling.getStreet();
        if (!taken.contains(dwelling) && used.getOrDefault(street, 0) + client.getCapacityUse() <= street.getCapacity()) {
          taken.add(dwelling);
          used.merge(street, client.getCapacityUse(), Integer::sum);
          placed++;
          break;
        }
      }
    }
    return placed;
  }
}
