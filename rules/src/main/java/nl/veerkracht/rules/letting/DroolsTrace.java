package nl.veerkracht.rules.letting;

import java.util.Map;
import org.drools.core.rule.consequence.KnowledgeHelper;
import org.kie.api.definition.rule.Rule;

/**
 * The global through which the rule base's consequences record what they decided. The rule's
 * name, code, outcome and legal basis are taken from the rule that is firing (its metadata),
 * never written by hand; the consequence adds the facts in words.
 */
public final class DroolsTrace {

  private final Verdicts verdicts;
  private final Map<String, RuleInfo> catalogue;

  DroolsTrace(Verdicts verdicts, Map<String, RuleInfo> catalogue) {
    this.verdicts = verdicts;
    this.catalogue = catalogue;
  }

  public void record(KnowledgeHelper drools, Respondent respondent, String detail) {
    verdicts.record(info(drools.getRule()), respondent, detail);
  }

  public void rank(KnowledgeHelper drools, Respondent respondent, Group group, String detail) {
    verdicts.rank(info(drools.getRule()), respondent, group, detail);
  }

  public void recordVacancy(KnowledgeHelper drools, String detail) {
    verdicts.recordVacancy(info(drools.getRule()), detail);
  }

  private RuleInfo info(Rule rule) {
    return catalogue.get(rule.getName());
  }
}
