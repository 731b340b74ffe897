package nl.veerkracht.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.rules.indicators.ModelParameters;
import nl.veerkracht.scenario.Scenario;

/**
 * Where a dwelling can be set aside for direct mediation (docs/simulation.md, "Direct offers"):
 * only in a street that can take a client, as a corporation working with the city's adaptive
 * capacity would set it aside. A street's room is the baseline indicator model's (the common
 * draws use no variant's policy); each offer of the last twelve months takes one unit of it
 * (the least a client uses), so a street with room for two gets at most two offers a year.
 */
final class OfferRoom {

  private final Map<String, Integer> room;
  /** The months (from 0) of the offers set aside in each street. */
  private final Map<String, List<Integer>> offered = new HashMap<>();

  OfferRoom(Scenario scenario) {
    this.room = MonthlyMediation.room(scenario, ModelParameters.DEFAULTS);
  }

  /** Whether the street has room for an offer in this month; if so, the offer takes it. */
  boolean take(String street, int month) {
    List<Integer> months = offered.computeIfAbsent(street, s -> new ArrayList<>());
    long lastTwelve = months.stream().filter(m -> m > month - MonthlyMediation.WINDOW_MONTHS).count();
    if (lastTwelve >= room.getOrDefault(street, 0)) {
      return false;
    }
    months.add(month);
    return true;
  }
}
