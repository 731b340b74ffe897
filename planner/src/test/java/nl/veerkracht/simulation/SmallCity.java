package nl.veerkracht.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.veerkracht.democity.DemoCity;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioJson;

/** The small demo city the simulation tests run on (generated once per test JVM), and policies written as JSON. */
public final class SmallCity {

  public static final Scenario CITY = DemoCity.generate(7, 0.01);

  private SmallCity() {
  }

  /** The city without clients: runs that need no direct mediation (and so no planner). */
  public static Scenario withoutClients() {
    return new Scenario(CITY.format(), CITY.referenceDate(), CITY.policy(), CITY.areas(), CITY.designations(),
        CITY.urgentQuotas(), CITY.ownerState(), CITY.units(), CITY.seekers(), CITY.vacancies(), List.of(),
        CITY.careProviders(), List.of());
  }

  public static Scenario startingOn(Scenario city, LocalDate referenceDate) {
    return new Scenario(city.format(), referenceDate, city.policy(), city.areas(), city.designations(),
        city.urgentQuotas(), city.ownerState(), city.units(), city.seekers(), city.vacancies(), city.clients(),
        city.careProviders(), city.directOffers());
  }

  /** A result as the command line and the service write it. */
  public static String text(SimulationResult result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScenarioJson.writePretty(result, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** A variant from its policy object, written as JSON (trusted: not checked against a scenario). */
  public static Variant policy(String json) {
    return Variant.of(policyJson(json));
  }

  static ObjectNode policyJson(String json) {
    try {
      return (ObjectNode) ScenarioJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
