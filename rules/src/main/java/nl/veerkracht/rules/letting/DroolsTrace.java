package nl.veerkracht.rules.letting;

import java.util.Map;
import org.drools.core.rule.consequence.KnowledgeHelper;
import org.kie.api.definition.rule.Rule;

/**
 * The global through which the rule base's consequences record what they decided. The rule's
 * name, code, outcome and legal basis are taken from the rule that is firing (its metadata),
 * never written by hand; the consequence adds what it found as a message.
 */
public final class DroolsTrace {

  private final Verdicts verdicts;
  private final Map<String, RuleInfo> catalogue;

  DroolsTrace(Verdicts verdicts, Map<String, RuleInfo> catalogue) {
    this.verdicts = verdicts;
    this.catalogue = catalogue;
  }

  public void record(KnowledgeHelper drools, Respondent respondent, Message message) {
    verdicts.record(info(drools.getRule()), respondent, message);
  }

  public void rank(KnowledgeHelper drools, Respondent respondent, Group group, Message message) {
    verdicts.rank(info(drools.getRule()), respondent, group, message);
  }

  public void recordVacancy(KnowledgeHelper drools, Message message) {
    verdicts.recordVacancy(info(drools.getRule()), message);
  }

  private RuleInfo info(Rule rule) {
    return catalogue.get(rule.getName());
  }
}
