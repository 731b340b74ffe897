package nl.veerkracht.app.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.veerkracht.app.audit.AuditEntry;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.letting.LettingRun;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.rules.letting.VacancyDecision;
import nl.veerkracht.scenario.ScenarioJson;

/**
 * Re-evaluates a recorded decision from its stored input with its stored rule base version and
 * policy, and tells apart: the same outcome under the same rule base; the same outcome under a
 * rule base that differs from the recorded one (and in which parts: rules, parameters, code,
 * texts, or the policy); a different outcome (with the fields that differ).
 */
final class DecisionReplay {

  /** The three answers a replay can give. */
  enum Verdict {
    SAME, SAME_OUTCOME_OTHER_RULE_BASE, DIFFERENT_OUTCOME
  }

  /**
   * The replay's answer. {@code reproduced} and {@code differences} as before: reproduced when
   * nothing differs, outcome or hashes. {@code changedParts}: the parts of the rule base (and the
   * policy) that differ from the recorded ones; {@code notRecorded}: parts a decision recorded
   * before the identity had parts cannot be compared on; {@code textsCompared} is false for a
   * decision recorded with English sentences instead of message codes (its rules, outcomes, groups
   * and ranks are compared, its sentences are not).
   */
  record Result(boolean reproduced, List<JsonDifferences.Difference> differences, Verdict verdict,
      boolean sameOutcome, List<String> changedParts, List<String> notRecorded, boolean textsCompared) {
  }

  private static final List<String> TEXT_FIELDS = List.of("message", "args", "detail");

  private DecisionReplay() {
  }

  static Result of(AuditEntry entry) {
    ObjectMapper mapper = ScenarioJson.mapper();
    JsonNode content = entry.contentTree();
    RecordedDecision recorded = RecordedDecision.of(entry);
    RuleBase ruleBase = recorded.ruleBase();
    Policy policy = Policy.of((ObjectNode) content.path("policy").path("effective"));
    VacancyDecision replayed = LettingRun.decide(recorded.input(), ruleBase, policy);

    JsonNode before = mapper.valueToTree(recorded.outcome());
    JsonNode after = mapper.valueToTree(replayed);
    boolean textsCompared = allEntriesAreMessages(before);
    if (!textsCompared) {
      withoutTexts(before);
      withoutTexts(after);
    }
    List<JsonDifferences.Difference> outcome = JsonDifferences.between(before, after);

    JsonNode recordedRules = content.path("rules");
    List<String> changed = new ArrayList<>();
    List<String> notRecorded = new ArrayList<>();
    compareParts(recordedRules, ruleBase, changed, notRecorded);
    List<JsonDifferences.Difference> differences = new ArrayList<>(outcome);
    differences.addAll(differs("rules.hash", recordedRules.path("hash"), mapper.valueToTree(ruleBase.hash())));
    List<JsonDifferences.Difference> policyDifference = differs("policy.hash", content.path("policy").path("hash"),
        mapper.valueToTree(policy.hash()));
    differences.addAll(policyDifference);
    if (!policyDifference.isEmpty()) {
      changed.add("policy");
    }
    Verdict verdict = !outcome.isEmpty() ? Verdict.DIFFERENT_OUTCOME
        : differences.isEmpty() ? Verdict.SAME : Verdict.SAME_OUTCOME_OTHER_RULE_BASE;
    return new Result(differences.isEmpty(), differences, verdict, outcome.isEmpty(), changed, notRecorded,
        textsCompared);
  }

  /**
   * Each part of the rule base's identity against the recorded one. A decision recorded before
   * the parts has only the hash: when that differs, the parts it covered (rules, parameters) are
   * reported as changed.
   */
  private static void compareParts(JsonNode recorded, RuleBase ruleBase, List<String> changed,
      List<String> notRecorded) {
    JsonNode parts = recorded.path("parts");
    for (Map.Entry<String, String> part : ruleBase.identity().parts().entrySet()) {
      JsonNode then = parts.get(part.getKey());
      if (then == null) {
        notRecorded.add(part.getKey());
      } else if (!then.asText().equals(part.getValue())) {
        changed.add(part.getKey());
      }
    }
    if (parts.isMissingNode() && !recorded.path("hash").asText().equals(ruleBase.hash())) {
      notRecorded.removeAll(List.of("rules", "parameters"));
      changed.addAll(List.of("rules", "parameters"));
    } else if (parts.isMissingNode()) {
      notRecorded.removeAll(List.of("rules", "parameters"));
    }
  }

  private static boolean allEntriesAreMessages(JsonNode outcome) {
    return outcome.findValues("trace").stream().flatMap(trace -> iterable(trace).stream())
        .allMatch(entry -> entry.hasNonNull("message"));
  }

  private static void withoutTexts(JsonNode outcome) {
    outcome.findValues("trace").forEach(trace -> trace.forEach(entry -> ((ObjectNode) entry).remove(TEXT_FIELDS)));
  }

  private static List<JsonNode> iterable(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  private static List<JsonDifferences.Difference> differs(String field, JsonNode recorded, JsonNode replayed) {
    return recorded.equals(replayed) ? List.of() : List.of(new JsonDifferences.Difference(field, recorded, replayed));
  }
}
