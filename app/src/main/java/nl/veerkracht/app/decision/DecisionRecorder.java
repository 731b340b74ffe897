package nl.veerkracht.app.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.letting.CandidateResult;
import nl.veerkracht.rules.letting.DecisionInput;
import nl.veerkracht.rules.letting.Evaluation;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.rules.letting.TraceEntry;
import nl.veerkracht.rules.letting.VacancyDecision;
import nl.veerkracht.scenario.ScenarioJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Records an evaluation in the audit trail: one decision per vacancy with everything replay
 * needs as it was at decision time (the letting with its parameters, designations and state,
 * the respondents, the policy, the rule base version and hash) and the outcome with its
 * trace; the policy and rule base the first time they are put in use. One unit of the trail
 * (one transaction): all or nothing. The contents are built before the unit, so that the chain's
 * head is held only for the inserts.
 */
@Service
public class DecisionRecorder {

  private final AuditTrail trail;
  private final JdbcTemplate jdbc;

  public DecisionRecorder(AuditTrail trail, JdbcTemplate jdbc) {
    this.trail = trail;
    this.jdbc = jdbc;
  }

  /** One vacancy's decision, ready to append: its content built outside the chain's lock. */
  record Prepared(String evaluation, DecisionInput input, VacancyDecision outcome, AuditTrail.Content content) {
  }

  /** Records the evaluation's decisions in one unit; returns their ids, in the order of its vacancies. */
  public List<String> record(Evaluation evaluation, Policy policy, RuleBase ruleBase, String actor) {
    List<Prepared> decisions = prepare(evaluation, policy, ruleBase);
    return trail.appendTogether(chain -> record(chain, decisions, policy, ruleBase, actor));
  }

  /** The decisions' contents, built before anything is appended (the work that needs no lock). */
  List<Prepared> prepare(Evaluation evaluation, Policy policy, RuleBase ruleBase) {
    String evaluationId = UUID.randomUUID().toString();
    List<Prepared> decisions = new ArrayList<>(evaluation.vacancies().size());
    for (int i = 0; i < evaluation.vacancies().size(); i++) {
      DecisionInput input = evaluation.inputs().get(i);
      VacancyDecision outcome = evaluation.vacancies().get(i);
      decisions.add(new Prepared(evaluationId, input, outcome,
          AuditTrail.Content.of(content(evaluationId, input, outcome, policy, ruleBase))));
    }
    return decisions;
  }

  /** Appends the prepared decisions (and the policy and rule base the first time) with their index rows. */
  List<String> record(AuditTrail.Chain chain, List<Prepared> decisions, Policy policy, RuleBase ruleBase,
      String actor) {
    recordInUse(chain, policy, ruleBase, actor);
    List<String> ids = new ArrayList<>(decisions.size());
    for (Prepared decision : decisions) {
      long seq = chain.append(AuditKind.DECISION, decision.outcome().unit(), actor, decision.content());
      index(seq, decision.evaluation(), decision.input(), decision.outcome(), policy, ruleBase, actor);
      ids.add(Long.toString(seq));
    }
    return ids;
  }

  private static ObjectNode content(String evaluationId, DecisionInput input, VacancyDecision outcome, Policy policy,
      RuleBase ruleBase) {
    ObjectMapper mapper = ScenarioJson.mapper();
    ObjectNode content = mapper.createObjectNode();
    content.put("evaluation", evaluationId);
    content.set("input", mapper.valueToTree(input));
    ObjectNode policyNode = content.putObject("policy");
    policyNode.put("name", policy.name());
    policyNode.put("hash", policy.hash());
    policyNode.set("effective", policy.json());
    ObjectNode rules = content.putObject("rules");
    rules.put("version", ruleBase.version());
    rules.put("hash", ruleBase.hash());
    rules.set("parts", mapper.valueToTree(ruleBase.identity().parts()));
    content.set("outcome", mapper.valueToTree(outcome));
    return content;
  }

  private void index(long seq, String evaluationId, DecisionInput input, VacancyDecision outcome, Policy policy,
      RuleBase ruleBase, String actor) {
    jdbc.update("INSERT INTO decision_index (entry_seq, evaluation, unit, street, buurt, published_on, winner,"
        + " rule_codes, actor, rule_version, policy_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", seq, evaluationId,
        outcome.unit(), input.letting().street(), input.letting().buurt(), outcome.publishedOn(), outcome.winner(),
        ruleCodes(outcome), actor, ruleBase.version(), policy.hash());
    List<Object[]> candidates = new ArrayList<>();
    for (CandidateResult candidate : outcome.candidates()) {
      candidates.add(new Object[] {seq, candidate.seeker(), candidate.status().name(),
          candidate.refusedBy().isEmpty() ? null : String.join(",", candidate.refusedBy())});
    }
    jdbc.batchUpdate("INSERT INTO decision_candidate (entry_seq, seeker, status, refused_by) VALUES (?, ?, ?, ?)",
        candidates);
  }

  /** The codes of the rules that made a difference: every entry but a check that passed. */
  private static String ruleCodes(VacancyDecision outcome) {
    TreeSet<String> codes = new TreeSet<>();
    Consumer<TraceEntry> add = entry -> {
      if (!"PASSED".equals(entry.outcome())) {
        codes.add(entry.basis());
      }
    };
    outcome.trace().forEach(add);
    outcome.candidates().forEach(candidate -> candidate.trace().forEach(add));
    return "," + String.join(",", codes) + ",";
  }

  /** A policy version or rule base version is recorded the first time a decision uses it. */
  private void recordInUse(AuditTrail.Chain chain, Policy policy, RuleBase ruleBase, String actor) {
    if (!recorded(AuditKind.POLICY, policy.hash())) {
      ObjectNode content = ScenarioJson.mapper().createObjectNode();
      content.put("name", policy.name());
      content.set("effective", policy.json());
      chain.append(AuditKind.POLICY, policy.hash(), actor, content);
    }
    if (!recorded(AuditKind.RULE_BASE, ruleBase.hash())) {
      ObjectNode content = ScenarioJson.mapper().createObjectNode();
      content.put("version", ruleBase.version());
      content.set("parts", ScenarioJson.mapper().valueToTree(ruleBase.identity().parts()));
      content.set("rules", ScenarioJson.mapper().valueToTree(ruleBase.catalogue().values()));
      chain.append(AuditKind.RULE_BASE, ruleBase.hash(), actor, content);
    }
  }

  private boolean recorded(AuditKind kind, String subject) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = ? AND subject = ?", Integer.class,
        kind.name(), subject) > 0;
  }
}
