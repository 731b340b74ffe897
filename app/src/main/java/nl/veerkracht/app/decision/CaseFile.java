package nl.veerkracht.app.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import nl.veerkracht.app.audit.AuditEntry;
import nl.veerkracht.rules.letting.DecisionInput;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.rules.letting.RuleInfo;
import nl.veerkracht.rules.letting.VacancyDecision;
import nl.veerkracht.scenario.ScenarioJson;

/**
 * A recorded decision as an auditor reads it: the facts and state it was decided on, the
 * policy and rule base, the outcome with every rule in order and its legal basis, and who
 * recorded it when.
 */
public record CaseFile(long id, Instant recordedAt, String recordedBy, String entryHash, DecisionInput input,
    VacancyDecision outcome, String policyName, String policyHash, String rulesVersion, String rulesHash,
    Map<String, RuleInfo> rules) {

  static CaseFile of(AuditEntry entry) {
    JsonNode content = entry.contentTree();
    String version = content.path("rules").path("version").asText();
    return new CaseFile(entry.seq(), entry.recordedAt(), entry.actor(), entry.entryHash(),
        ScenarioJson.mapper().convertValue(content.get("input"), DecisionInput.class),
        ScenarioJson.mapper().convertValue(content.get("outcome"), VacancyDecision.class),
        content.path("policy").path("name").asText(), content.path("policy").path("hash").asText(), version,
        content.path("rules").path("hash").asText(), RuleBase.version(version).catalogue());
  }

  /** The legal basis of a rule as named in the trace, or null for a rule the version does not know. */
  public RuleInfo rule(String name) {
    return rules.get(name);
  }
}
