package nl.veerkracht.app.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import nl.veerkracht.app.audit.AuditEntry;
import nl.veerkracht.rules.letting.DecisionInput;
import nl.veerkracht.rules.letting.Language;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.rules.letting.VacancyDecision;

/**
 * A recorded decision as an auditor reads it: the facts and state it was decided on, the
 * policy and rule base, the outcome with every rule in order, in the reader's language, with
 * its legal source, and who recorded it when.
 */
public record CaseFile(long id, Instant recordedAt, String recordedBy, String entryHash, DecisionInput input,
    VacancyDecision outcome, String policyName, String policyHash, String rulesVersion, String rulesHash,
    RuleBase ruleBase, Language language) {

  static CaseFile of(AuditEntry entry, Language language) {
    JsonNode content = entry.contentTree();
    RecordedDecision recorded = RecordedDecision.of(entry);
    return new CaseFile(entry.seq(), entry.recordedAt(), entry.actor(), entry.entryHash(), recorded.input(),
        recorded.rendered(language), content.path("policy").path("name").asText(),
        content.path("policy").path("hash").asText(), recorded.rulesVersion(),
        content.path("rules").path("hash").asText(), recorded.ruleBase(), language);
  }

  /** A rule's name in the reader's language, as the version names it. */
  public String ruleName(String rule) {
    return ruleBase.ruleName(rule, language);
  }

  /**
   * Whether the dwelling lies in an art. 8 area: such designations are illustrative (Rotterdam
   * stopped applying art. 8 in 2022), and the case file says so.
   */
  public boolean art8Illustrative() {
    return input.letting().art8Designation() != null;
  }
}
