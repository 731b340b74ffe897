package nl.veerkracht.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.YearParameters;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;

/**
 * The legal thresholds of each year a run touches. Where a year's parameters are not known yet,
 * a simulation (and only a simulation: an evaluation refuses such a year) carries the last known
 * year forward, and its output says so.
 */
final class ParameterYears {

  private final ObjectNode runOverrides;
  private final Policy policy;
  /** Year without parameters → the year whose parameters it uses. */
  private final Map<Integer, Integer> carriedForward;

  /**
   * @throws InvalidInputException when the first year has no parameters (nothing to carry forward)
   */
  ParameterYears(Variant variant, int firstYear, int lastYear) {
    Policy given = variant.policy();
    Map<Integer, Integer> carried = new TreeMap<>();
    Integer lastKnown = null;
    for (int year = firstYear; year <= lastYear; year++) {
      if (given.parametersFor(year).isPresent()) {
        lastKnown = year;
      } else if (lastKnown == null) {
        throw new InvalidInputException(List.of(Problem.coded("referenceDate", "noParametersForYear", year)));
      } else {
        carried.put(year, lastKnown);
      }
    }
    this.carriedForward = Collections.unmodifiableMap(carried);
    this.runOverrides = withCarriedYears(variant.given(), given, carried);
    this.policy = carried.isEmpty() ? given : Policy.of(runOverrides);
  }

  /**
   * The policy object the rule base and the planner read: the overrides plus, for every year
   * carried forward, a copy of the year it comes from.
   */
  private static ObjectNode withCarriedYears(ObjectNode overrides, Policy given, Map<Integer, Integer> carried) {
    if (carried.isEmpty()) {
      return overrides;
    }
    ObjectNode extended = overrides.deepCopy();
    JsonNode effectiveYears = given.json().get("years");
    ObjectNode years = extended.has("years") ? (ObjectNode) extended.get("years") : extended.putObject("years");
    carried.forEach((year, from) -> years.set(year.toString(), effectiveYears.get(from.toString()).deepCopy()));
    return extended;
  }

  /** The policy to run with: the variant with the carried years added (its hash is not the variant's). */
  Policy runPolicy() {
    return policy;
  }

  /** The policy object of {@link #runPolicy}, for the scenarios the rule base and planner read. */
  ObjectNode runOverrides() {
    return runOverrides;
  }

  YearParameters forYear(int year) {
    return policy.parametersFor(year).orElseThrow();
  }

  Map<Integer, Integer> carriedForward() {
    return carriedForward;
  }
}
