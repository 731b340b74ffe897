package nl.veerkracht.rules.letting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the rules decided on one vacancy, collected as they fire: per respondent the refusing
 * rule codes, the group and the trace; for the vacancy its art. 9 mark, the suspension of
 * urgency and its own trace entries. An entry's rule, basis and outcome come from the rule
 * that fired; only the message is written by the rule's consequence.
 */
public final class Verdicts {

  /** Trace order: by rule code in the order of the specification, then rule name. */
  private static final List<String> BASIS_ORDER = List.of("WBMGP-8", "WBMGP-10", "PASSEND", "DAEB", "URGENT-QUOTA",
      "URGENCY", "WBMGP-9", "REGISTRATION");
  static final Comparator<TraceEntry> TRACE_ORDER = Comparator
      .comparingInt((TraceEntry entry) -> BASIS_ORDER.indexOf(entry.basis()))
      .thenComparing(TraceEntry::rule);

  private final Map<String, RespondentVerdict> byRespondent = new HashMap<>();
  private final List<TraceEntry> vacancyTrace = new ArrayList<>();
  private boolean art9Vacancy;
  private boolean urgentPrioritySuspended;

  /**
   * A trace entry for a respondent; a REFUSED outcome also refuses on the rule's code, a PENDING
   * one marks a step still to be taken before the household can be housed (a letting to it is provisional).
   */
  public void record(RuleInfo rule, Respondent respondent, Message message) {
    RespondentVerdict verdict = of(respondent);
    verdict.trace.add(TraceEntry.of(rule, message));
    if ("REFUSED".equals(rule.outcome())) {
      verdict.refusedBy.add(rule.basis());
    }
    verdict.pending |= "PENDING".equals(rule.outcome());
  }

  /** A ranking entry: the respondent is eligible and ranked in the group. */
  public void rank(RuleInfo rule, Respondent respondent, Group group, Message message) {
    record(rule, respondent, message);
    of(respondent).group = group;
  }

  /** A trace entry of the vacancy itself; marks it as an art. 9 vacancy or one with urgency suspended. */
  public void recordVacancy(RuleInfo rule, Message message) {
    vacancyTrace.add(TraceEntry.of(rule, message));
    art9Vacancy |= "WBMGP-9".equals(rule.basis()) && "PRIORITY".equals(rule.outcome());
    urgentPrioritySuspended |= "URGENT-QUOTA".equals(rule.basis()) && "SUSPENDED".equals(rule.outcome());
  }

  public boolean art9Vacancy() {
    return art9Vacancy;
  }

  public boolean urgentPrioritySuspended() {
    return urgentPrioritySuspended;
  }

  public List<TraceEntry> vacancyTrace() {
    List<TraceEntry> sorted = new ArrayList<>(vacancyTrace);
    sorted.sort(TRACE_ORDER);
    return sorted;
  }

  /** The group of an eligible respondent; null when refused. */
  public Group group(Respondent respondent) {
    RespondentVerdict verdict = byRespondent.get(respondent.id());
    return verdict == null ? null : verdict.group;
  }

  /** Whether a rule left a step pending for the respondent (screening under art. 10 not done yet). */
  public boolean pending(Respondent respondent) {
    RespondentVerdict verdict = byRespondent.get(respondent.id());
    return verdict != null && verdict.pending;
  }

  public List<String> refusedBy(Respondent respondent) {
    RespondentVerdict verdict = byRespondent.get(respondent.id());
    return verdict == null ? List.of() : List.copyOf(verdict.refusedBy);
  }

  public List<TraceEntry> trace(Respondent respondent) {
    RespondentVerdict verdict = byRespondent.get(respondent.id());
    if (verdict == null) {
      return List.of();
    }
    List<TraceEntry> sorted = new ArrayList<>(verdict.trace);
    sorted.sort(TRACE_ORDER);
    return sorted;
  }

  private RespondentVerdict of(Respondent respondent) {
    return byRespondent.computeIfAbsent(respondent.id(), id -> new RespondentVerdict());
  }

  private static final class RespondentVerdict {
    final TreeSet<String> refusedBy = new TreeSet<>();
    final List<TraceEntry> trace = new ArrayList<>(4);
    Group group;
    boolean pending;
  }
}
