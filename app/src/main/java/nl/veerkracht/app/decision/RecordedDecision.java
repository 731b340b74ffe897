package nl.veerkracht.app.decision;

import com.fasterxml.jackson.databind.JsonNode;
import nl.veerkracht.app.audit.AuditEntry;
import nl.veerkracht.rules.letting.DecisionInput;
import nl.veerkracht.rules.letting.Language;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.rules.letting.VacancyDecision;
import nl.veerkracht.scenario.ScenarioJson;

/**
 * A decision as recorded in the audit trail, typed: the rule base version it was decided with,
 * its input and its outcome as stored (trace entries as messages, or as the English words of a
 * decision recorded before texts were data).
 */
record RecordedDecision(String rulesVersion, DecisionInput input, VacancyDecision outcome) {

  static RecordedDecision of(AuditEntry entry) {
    JsonNode content = entry.contentTree();
    return new RecordedDecision(content.path("rules").path("version").asText(),
        ScenarioJson.mapper().convertValue(content.get("input"), DecisionInput.class),
        ScenarioJson.mapper().convertValue(content.get("outcome"), VacancyDecision.class));
  }

  RuleBase ruleBase() {
    return RuleBase.version(rulesVersion);
  }

  /** The outcome in the reader's language, rendered by the version it was decided with; the record stays as it is. */
  VacancyDecision rendered(Language language) {
    return ruleBase().render(outcome, language);
  }
}
