package nl.veerkracht.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.veerkracht.planner.domain.PlannerWeights;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.indicators.ModelParameters;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.ScenarioReader;

/**
 * Variant policies: each one a {@code policy} object of the scenario format, checked exactly as
 * the scenario reader checks a scenario's own policy (the schema's policy definition, then its
 * designation changes against the scenario's streets and designations, then the model
 * parameters), with every problem reported at {@code variants[i]...}.
 */
public final class VariantPolicies {

  public static final int MAX_VARIANTS = 6;

  private VariantPolicies() {
  }

  /** One variant's bytes as JSON; a syntax error is a problem at {@code variants[index]}. */
  public static JsonNode parse(byte[] content, int index) {
    try {
      JsonNode node = ScenarioJson.mapper().readTree(content);
      if (node == null || node.isMissingNode()) {
        throw new InvalidInputException(List.of(Problem.coded(path(index), "simulation.variantEmpty")));
      }
      return node;
    } catch (JsonProcessingException e) {
      String reason = e.getOriginalMessage().lines().findFirst().orElse("");
      throw new InvalidInputException(List.of(Problem.coded(path(index), "notJson", reason)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The variants, each read from its policy object, when every one is valid for this scenario;
   * else every problem.
   * A null variant is one that could not be read (its problem is reported already): it is skipped.
   */
  public static List<Variant> check(List<JsonNode> variants, Scenario scenario) {
    List<Problem> problems = new ArrayList<>();
    if (variants.isEmpty()) {
      problems.add(Problem.coded("variants", "simulation.noVariants"));
    } else if (variants.size() > MAX_VARIANTS) {
      problems.add(Problem.coded("variants", "simulation.tooManyVariants", MAX_VARIANTS));
    }
    List<Variant> policies = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      JsonNode variant = variants.get(i);
      int index = i;
      if (variant == null) {
        continue;
      }
      if (variant instanceof ObjectNode policy) {
        List<Problem> found = problemsOf(policy, scenario);
        found.forEach(problem -> problems.add(at(problem, index)));
        if (found.isEmpty()) {
          policies.add(Variant.of(policy));
        }
      } else {
        problems.add(Problem.coded(path(i), "simulation.variantNotObject"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return policies;
  }

  /** The problems of one policy, at paths starting with {@code policy}. */
  private static List<Problem> problemsOf(ObjectNode policy, Scenario scenario) {
    try {
      ScenarioReader.read(ScenarioJson.mapper().writeValueAsBytes(wrapped(policy, scenario)));
      Policy effective = Policy.of(policy);
      ModelParameters.of(effective.model().get("indicators"));
      PlannerWeights.of(effective.model().get("planner"));
      return List.of();
    } catch (InvalidInputException invalid) {
      return invalid.problems();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A scenario holding only the policy and what its designation changes refer to. */
  private static ObjectNode wrapped(ObjectNode policy, Scenario scenario) {
    ObjectMapper mapper = ScenarioJson.mapper();
    ObjectNode document = mapper.createObjectNode();
    document.put("format", Scenario.FORMAT);
    document.put("referenceDate", scenario.referenceDate().toString());
    document.set("policy", policy);
    ArrayNode areas = document.putArray("areas");
    for (Area area : scenario.areas()) {
      areas.addObject().put("street", area.street()).put("name", area.name()).put("buurt", area.buurt())
          .put("dwellings", area.dwellings());
    }
    document.set("designations", mapper.valueToTree(scenario.designations()));
    return document;
  }

  /** A problem at {@code policy.art9ShareOverride} of variant 1 → at {@code variants[1].art9ShareOverride}. */
  static Problem at(Problem problem, int index) {
    String path = problem.path();
    if (path.equals("policy") || path.startsWith("policy.") || path.startsWith("policy[")) {
      return new Problem(path(index) + path.substring("policy".length()), problem.message(), problem.code(),
          problem.args());
    }
    return Problem.coded(path(index), "simulation.outsidePolicy", path, problem.message());
  }

  private static String path(int index) {
    return "variants[" + index + "]";
  }
}
