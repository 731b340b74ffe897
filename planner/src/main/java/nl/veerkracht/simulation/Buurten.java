package nl.veerkracht.simulation;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.Scenario;

/**
 * The buurten of a scenario in code order: their names, dwellings and streets, and which border
 * which ({@code areas[].neighbours}, read both ways; the demo city's come from the real CBS
 * outlines).
 */
final class Buurten {

  private final Map<String, String> names = new TreeMap<>();
  private final Map<String, Integer> dwellings = new HashMap<>();
  private final Map<String, String> buurtOfStreet = new HashMap<>();
  private final Map<String, Set<String>> neighbours = new HashMap<>();

  Buurten(Scenario scenario) {
    for (Area area : scenario.areas()) {
      names.merge(area.buurt(), area.buurtName() == null ? area.buurt() : area.buurtName(), (first, later) -> first);
      dwellings.merge(area.buurt(), area.dwellings(), Integer::sum);
      buurtOfStreet.put(area.street(), area.buurt());
      for (String other : area.neighbours() == null ? List.<String>of() : area.neighbours()) {
        if (!other.equals(area.buurt())) {
          neighbours.computeIfAbsent(area.buurt(), b -> new TreeSet<>()).add(other);
          neighbours.computeIfAbsent(other, b -> new TreeSet<>()).add(area.buurt());
        }
      }
    }
  }

  /** The codes, in code order. */
  Set<String> codes() {
    return Collections.unmodifiableSet(names.keySet());
  }

  String name(String buurt) {
    return names.get(buurt);
  }

  int dwellings(String buurt) {
    return dwellings.getOrDefault(buurt, 0);
  }

  String ofStreet(String street) {
    return buurtOfStreet.get(street);
  }

  /** The buurten bordering this one, in code order; empty when none is known. */
  Set<String> neighbours(String buurt) {
    return neighbours.getOrDefault(buurt, Set.of());
  }
}
