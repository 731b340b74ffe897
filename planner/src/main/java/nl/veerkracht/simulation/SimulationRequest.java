package nl.veerkracht.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.ScenarioJson;

/**
 * The body of {@code POST /api/v1/simulations}: {@code {"dataset": id (absent = the newest),
 * "variants": [policy objects], "months": 12, "seed": 7}}, and optionally
 * {@code vacanciesPerYear}, {@code directOffersPerYear} and {@code plannerSteps}.
 */
public record SimulationRequest(Long dataset, List<JsonNode> variants, SimulationSettings settings) {

  private static final Set<String> FIELDS = Set.of("dataset", "variants", "months", "seed", "vacanciesPerYear",
      "directOffersPerYear", "plannerSteps", "replications");

  /** Reads a body; every problem is reported at its field. */
  public static SimulationRequest parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidInputException(List.of(Problem.coded("$", "simulation.request")));
    }
    List<Problem> problems = new ArrayList<>();
    body.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) {
        problems.add(Problem.coded(name, "unknownField"));
      }
    });
    List<JsonNode> variants = new ArrayList<>();
    JsonNode given = body.get("variants");
    if (given == null || !given.isArray()) {
      problems.add(Problem.coded("variants", "simulation.variantsArray"));
    } else {
      given.forEach(variants::add);
    }
    Long dataset = dataset(body.get("dataset"), problems);
    SimulationSettings settings = new SimulationSettings(integer(body, "months", problems),
        longValue(body, "seed", problems), integer(body, "vacanciesPerYear", problems),
        integer(body, "directOffersPerYear", problems), longValue(body, "plannerSteps", problems),
        integer(body, "replications", problems));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new SimulationRequest(dataset, variants, settings);
  }

  /** The request as stored and audited: the settings as given (null = default) and the variants as given. */
  public ObjectNode toJson(long resolvedDataset) {
    ObjectNode json = ScenarioJson.mapper().createObjectNode();
    json.put("dataset", Long.toString(resolvedDataset));
    json.set("settings", ScenarioJson.mapper().valueToTree(settings));
    json.putArray("variants").addAll(variants);
    return json;
  }

  /** A stored request read back. */
  public static SimulationRequest fromJson(JsonNode json) {
    List<JsonNode> variants = new ArrayList<>();
    json.get("variants").forEach(variants::add);
    return new SimulationRequest(Long.valueOf(json.get("dataset").asText()), variants,
        ScenarioJson.mapper().convertValue(json.get("settings"), SimulationSettings.class));
  }

  private static Long dataset(JsonNode node, List<Problem> problems) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.canConvertToLong() && node.isIntegralNumber()) {
      return node.longValue();
    }
    if (node.isTextual() && node.asText().matches("[0-9]{1,18}")) {
      return Long.valueOf(node.asText());
    }
    problems.add(Problem.coded("dataset", "simulation.datasetId"));
    return null;
  }

  private static Integer integer(JsonNode body, String field, List<Problem> problems) {
    Long value = longValue(body, field, problems);
    if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
      problems.add(Problem.coded(field, "mustBe.integer", ""));
      return null;
    }
    return value == null ? null : value.intValue();
  }

  private static Long longValue(JsonNode body, String field, List<Problem> problems) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      problems.add(Problem.coded(field, "mustBe.integer", ""));
      return null;
    }
    return node.longValue();
  }
}
