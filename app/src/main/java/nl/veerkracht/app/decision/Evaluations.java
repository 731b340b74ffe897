package nl.veerkracht.app.decision;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.letting.Evaluation;
import nl.veerkracht.rules.letting.LettingRun;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioJson;
import org.springframework.stereotype.Service;

/**
 * The one way vacancies are let: through the current rule base, recording one decision per
 * vacancy and, in the same unit of the audit trail (one transaction), an {@code EVALUATION} entry that names what was let
 * (a stored dataset, or a posted scenario) and the decisions it gave.
 */
@Service
public class Evaluations {

  /** What a letting gave: the evaluation, its decision ids in vacancy order, and its own audit entry. */
  public record Recorded(Evaluation evaluation, List<String> decisionIds, long entry) {
  }

  private final DecisionRecorder recorder;
  private final AuditTrail trail;

  public Evaluations(DecisionRecorder recorder, AuditTrail trail) {
    this.recorder = recorder;
    this.trail = trail;
  }

  /** Lets the scenario's vacancies; {@code dataset} is the stored dataset they come from, or null for a posted one. */
  public Recorded evaluate(Scenario scenario, Long dataset, String actor) {
    RuleBase ruleBase = RuleBase.current();
    Policy policy = Policy.of(scenario.policy());
    Evaluation evaluation = LettingRun.evaluate(scenario, ruleBase);
    List<DecisionRecorder.Prepared> decisions = recorder.prepare(evaluation, policy, ruleBase);
    return trail.appendTogether(chain -> {
      List<String> ids = recorder.record(chain, decisions, policy, ruleBase, actor);
      long entry = chain.append(AuditKind.EVALUATION, subject(dataset), actor, record(dataset, evaluation, ids));
      return new Recorded(evaluation, ids, entry);
    });
  }

  private static String subject(Long dataset) {
    return dataset == null ? "scenario" : "dataset " + dataset;
  }

  private static ObjectNode record(Long dataset, Evaluation evaluation, List<String> ids) {
    ObjectNode record = ScenarioJson.mapper().createObjectNode();
    if (dataset != null) {
      record.put("dataset", dataset.toString());
    }
    record.putObject("policy").put("name", evaluation.policy().name()).put("hash", evaluation.policy().hash());
    record.putObject("rules").put("version", evaluation.rules().version()).put("hash", evaluation.rules().hash());
    record.put("let", evaluation.vacancies().stream().filter(vacancy -> vacancy.winner() != null).count());
    ArrayNode decisions = record.putArray("decisions");
    ids.forEach(decisions::add);
    return record;
  }
}
