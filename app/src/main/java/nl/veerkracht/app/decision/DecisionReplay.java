package nl.veerkracht.app.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import nl.veerkracht.app.audit.AuditEntry;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.letting.DecisionInput;
import nl.veerkracht.rules.letting.LettingRun;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.rules.letting.VacancyDecision;
import nl.veerkracht.scenario.ScenarioJson;

/**
 * Re-evaluates a recorded decision from its stored input with its stored rule base version and
 * policy, and compares the outcome field by field with what was decided.
 */
final class DecisionReplay {

  /** The replay's answer: {@code reproduced} when there are no differences. */
  record Result(boolean reproduced, List<JsonDifferences.Difference> differences) {
  }

  private DecisionReplay() {
  }

  static Result of(AuditEntry entry) {
    ObjectMapper mapper = ScenarioJson.mapper();
    JsonNode content = entry.contentTree();
    RuleBase ruleBase = RuleBase.version(content.path("rules").path("version").asText());
    Policy policy = Policy.of((ObjectNode) content.path("policy").path("effective"));
    DecisionInput input = mapper.convertValue(content.get("input"), DecisionInput.class);
    VacancyDecision replayed = LettingRun.decide(input, ruleBase, policy);

    List<JsonDifferences.Difference> differences = new ArrayList<>(
        JsonDifferences.between(content.get("outcome"), mapper.valueToTree(replayed)));
    differences.addAll(prefixed("rules.hash", content.path("rules").path("hash"), mapper.valueToTree(ruleBase.hash())));
    differences.addAll(prefixed("policy.hash", content.path("policy").path("hash"), mapper.valueToTree(policy.hash())));
    return new Result(differences.isEmpty(), differences);
  }

  private static List<JsonDifferences.Difference> prefixed(String field, JsonNode recorded, JsonNode replayed) {
    return recorded.equals(replayed) ? List.of() : List.of(new JsonDifferences.Difference(field, recorded, replayed));
  }
}
