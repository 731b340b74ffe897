package nl.veerkracht.app.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.letting.Mediation;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.SupportLevel;
import nl.veerkracht.scenario.Unit;

/** A dataset as the review pages need it: its clients, offered units, streets and the rule base's verdicts. */
public record PlanningContext(Scenario scenario, Mediation verdicts, Map<String, Client> clients,
    Map<String, Unit> units, Map<String, Area> streets, Map<SupportLevel, Integer> capacityUse) {

  static PlanningContext of(Scenario scenario, Mediation verdicts) {
    return new PlanningContext(scenario, verdicts, byId(scenario.clients(), Client::id),
        byId(scenario.units(), Unit::id), byId(scenario.areas(), Area::street),
        Policy.of(scenario.policy()).capacityUse());
  }

  /** The client may have the unit: the rules do not refuse, it is step-free where needed, not in an excluded buurt. */
  public boolean allowed(String clientId, String unitId) {
    Client client = clients.get(clientId);
    Unit unit = units.get(unitId);
    return client != null && unit != null && verdicts.eligible(clientId, unitId) && stepFreeOk(client, unit)
        && !excluded(client, unit);
  }

  public boolean stepFreeOk(Client client, Unit unit) {
    return !Boolean.TRUE.equals(client.needsStepFree()) || unit.stepFree();
  }

  public boolean excluded(Client client, Unit unit) {
    return client.excludedBuurten() != null && client.excludedBuurten().contains(buurtOf(unit));
  }

  public String buurtOf(Unit unit) {
    return streets.get(unit.street()).buurt();
  }

  public int use(String clientId) {
    return capacityUse.getOrDefault(clients.get(clientId).support(), 1);
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}
