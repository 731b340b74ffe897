package nl.veerkracht.rules.letting;

import java.util.Map;
import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global through which the rule base's consequences record what they decided. The rule's
 * name, code, outcome and legal basis are taken from the rule that is firing (its metadata),
 * never written by hand; the consequence adds what it found as a message.
 *
 * <p>A consequence passes its {@code drools} handle: a {@link RuleContext} when the rule base is
 * compiled from its DRL at run time, a {@link Drools} (implemented by the same context) in the
 * executable model generated at build time.
 */
public final class DroolsTrace {

  private final Verdicts verdicts;
  private final Map<String, RuleInfo> catalogue;

  DroolsTrace(Verdicts verdicts, Map<String, RuleInfo> catalogue) {
    this.verdicts = verdicts;
    this.catalogue = catalogue;
  }

  public void record(RuleContext drools, Respondent respondent, Message message) {
    verdicts.record(firing(drools), respondent, message);
  }

  public void record(Drools drools, Respondent respondent, Message message) {
    record((RuleContext) drools, respondent, message);
  }

  public void rank(RuleContext drools, Respondent respondent, Group group, Message message) {
    verdicts.rank(firing(drools), respondent, group, message);
  }

  public void rank(Drools drools, Respondent respondent, Group group, Message message) {
    rank((RuleContext) drools, respondent, group, message);
  }

  public void recordVacancy(RuleContext drools, Message message) {
    verdicts.recordVacancy(firing(drools), message);
  }

  public void recordVacancy(Drools drools, Message message) {
    recordVacancy((RuleContext) drools, message);
  }

  private RuleInfo firing(RuleContext drools) {
    return catalogue.get(drools.getRule().getName());
  }
}
