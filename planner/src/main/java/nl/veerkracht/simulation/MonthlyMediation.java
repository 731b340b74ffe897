package nl.veerkracht.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.planner.PlanOptions;
import nl.veerkracht.planner.PlanResult;
import nl.veerkracht.planner.Planner;
import nl.veerkracht.rules.indicators.IndicatorModel;
import nl.veerkracht.rules.indicators.ModelParameters;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.SupportLevel;
import nl.veerkracht.scenario.Unit;

/**
 * Direct mediation month by month with the real planner: each month the clients still waiting
 * are planned onto that month's direct offers, within what is left of each street's adaptive
 * capacity: the indicator model's room for twelve months, used up by the placements of the
 * last twelve months (a rolling window, in capacity units): those of the run, and the
 * scenario's {@code recentPlacements}, taken as spread evenly over the twelve months before the
 * start, so that they age out month by month. An officer's capacity stands as set. An offer no
 * client is placed on goes back to its corporation, outside the run. The planner works a fixed
 * number of steps with the run's seed, never against the clock, so a rerun places the same
 * clients on the same dwellings.
 */
final class MonthlyMediation {

  private final Scenario scenario;
  private final ParameterYears years;
  private final Buurten buurten;
  private final SimulationSettings settings;
  static final int WINDOW_MONTHS = 12;

  private final Map<String, Integer> room;
  private final Map<String, Integer> recentPlacements = new HashMap<>();
  private final Map<SupportLevel, Integer> capacityUse;
  /** Capacity units used per street, month by month of the run. */
  private final List<Map<String, Integer>> usedByMonth = new ArrayList<>();
  private final Map<String, Unit> units = new HashMap<>();
  private final Map<String, Client> waiting = new LinkedHashMap<>();

  MonthlyMediation(Scenario scenario, ParameterYears years, Map<SupportLevel, Integer> capacityUse,
      ModelParameters model, Buurten buurten, SimulationSettings settings) {
    this.scenario = scenario;
    this.years = years;
    this.buurten = buurten;
    this.settings = settings;
    this.room = room(scenario, model);
    scenario.areas().stream().filter(area -> area.capacity() == null && area.recentPlacements() != null)
        .forEach(area -> recentPlacements.put(area.street(), area.recentPlacements()));
    this.capacityUse = capacityUse;
    scenario.units().forEach(unit -> units.put(unit.id(), unit));
    scenario.clients().forEach(client -> waiting.put(client.id(), client));
  }

  /**
   * Each street's room for twelve months under an indicator model: the model's capacity, or the
   * officer's where the scenario sets one (recent placements not subtracted).
   */
  static Map<String, Integer> room(Scenario scenario, ModelParameters model) {
    return IndicatorModel.capacities(scenario.areas().stream().map(area -> new Area(area.street(), area.name(),
        area.buurt(), area.buurtName(), area.dwellings(), area.capacity(), area.neighbours(), area.indicators(), null))
        .toList(), model);
  }

  /** Plans one month and tallies its placements. */
  void month(CommonDraws.Month month, Tally tally) {
    Map<String, Integer> used = new HashMap<>();
    tally.directOffers += month.directOffers().size();
    if (!waiting.isEmpty() && anyRoom(month.directOffers(), month.index())) {
      PlanResult plan = Planner.plan(monthScenario(month), PlanOptions.defaults().withSeconds(Integer.MAX_VALUE)
          .withSteps(settings.plannerSteps()).withSeed(settings.seed()));
      for (PlanResult.Assignment assignment : plan.assignments()) {
        Client client = waiting.remove(assignment.client());
        used.merge(assignment.street(), capacityUse.get(client.support()), Integer::sum);
        tally.placement(buurten.ofStreet(assignment.street()), client);
      }
    }
    usedByMonth.add(used);
    tally.clientsUnplaced = waiting.size();
  }

  /**
   * Whether the street of some offer has room left for the least demanding waiting client;
   * if not, the planner could place nobody, and is not asked.
   */
  private boolean anyRoom(List<String> offers, int month) {
    int least = waiting.values().stream().mapToInt(client -> capacityUse.get(client.support())).min().orElseThrow();
    return offers.stream().anyMatch(offer -> capacityLeft(units.get(offer).street(), month) >= least);
  }

  /** The street's room less what the last twelve months used of it, before the placements of {@code month}. */
  int capacityLeft(String street, int month) {
    int used = (int) Math.ceil(recentPlacements.getOrDefault(street, 0) * Math.max(0, WINDOW_MONTHS - month)
        / (double) WINDOW_MONTHS - 1e-9);
    for (int m = Math.max(0, month - WINDOW_MONTHS + 1); m < Math.min(month, usedByMonth.size()); m++) {
      used += usedByMonth.get(m).getOrDefault(street, 0);
    }
    return Math.max(0, room.get(street) - used);
  }

  private Scenario monthScenario(CommonDraws.Month month) {
    List<Unit> offered = month.directOffers().stream().map(units::get).toList();
    return new Scenario(Scenario.FORMAT, month.start(), years.runOverrides(), areasWithCapacityLeft(month.index()),
        scenario.designations(), List.of(), List.of(), offered, List.of(), List.of(), new ArrayList<>(waiting.values()),
        scenario.careProviders(), month.directOffers());
  }

  /** The streets with the capacity they have left as their own (so the model does not subtract placements twice). */
  private List<Area> areasWithCapacityLeft(int month) {
    return scenario.areas().stream().map(area -> new Area(area.street(), area.name(), area.buurt(), area.buurtName(),
        area.dwellings(), capacityLeft(area.street(), month),
        area.neighbours(), area.indicators(), null)).toList();
  }
}
