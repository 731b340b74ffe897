package nl.veerkracht.rules.letting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.YearParameters;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.Article;
import nl.veerkracht.scenario.Designation;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.OwnerState;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.Share;
import nl.veerkracht.scenario.Unit;
import nl.veerkracht.scenario.UrgentQuota;
import nl.veerkracht.scenario.Vacancy;

/**
 * Lets a scenario's vacancies one at a time in letting order ({@code publishedOn}, then unit
 * id), carrying the state from vacancy to vacancy: who is housed, the owners' DAEB and passend
 * counters, the buurten's quota counters (all restarting in a new calendar year) and the art. 9
 * numbering (which runs on). The rules decide each vacancy; this class only keeps the state.
 */
public final class LettingRun {

  private static final Share ALL = Share.ofDecimal(java.math.BigDecimal.ONE);

  private final Scenario scenario;
  private final Policy policy;
  private final LettingRules rules;
  private final Map<String, Unit> units = new HashMap<>();
  private final Map<String, Area> streets = new HashMap<>();
  private final Map<String, Respondent> seekers = new HashMap<>();
  private final Map<String, UrgentQuota> quotas = new HashMap<>();
  private final List<Designation> designations;
  private final Map<String, Share> policyQuotas;

  private int year;
  private final Map<String, OwnerCounters> owners = new HashMap<>();
  private final Map<String, long[]> quotaCounters = new HashMap<>();
  private final Map<String, Long> art9Numbers = new HashMap<>();
  private final Set<String> housed = new HashSet<>();

  private LettingRun(Scenario scenario, LettingRules rules) {
    this.scenario = scenario;
    this.policy = Policy.of(scenario.policy());
    this.rules = rules;
    scenario.units().forEach(unit -> units.put(unit.id(), unit));
    scenario.areas().forEach(area -> streets.put(area.street(), area));
    scenario.seekers().forEach(seeker -> seekers.put(seeker.id(), Respondent.of(seeker)));
    scenario.urgentQuotas().forEach(quota -> quotas.put(quota.buurt(), quota));
    this.designations = policy.designations(scenario.designations());
    this.policyQuotas = policy.urgentQuotas();
    designations.forEach(d -> art9Numbers.put(d.id(), d.priorVacancies() == null ? 0L : d.priorVacancies()));
  }

  /** Receives a run's result as it is decided, so that a caller need not hold it whole. */
  @FunctionalInterface
  public interface Decisions {

    /** Before the first vacancy: what the run decides under. */
    default void start(Evaluation.PolicyRef policy, Evaluation.RulesRef rules) {
    }

    /** Each vacancy as soon as it is decided, in letting order, with what it was decided on. */
    void decided(DecisionInput input, VacancyDecision decision);
  }

  /** Lets every vacancy of a (validated) scenario with the given rule base. */
  public static Evaluation evaluate(Scenario scenario, RuleBase ruleBase) {
    return evaluate(scenario, ruleBase, refOf(ruleBase));
  }

  /** Lets every vacancy with any implementation of the rules (the benchmark's plain one, for instance). */
  public static Evaluation evaluate(Scenario scenario, LettingRules rules, Evaluation.RulesRef rulesRef) {
    Collected collected = new Collected();
    evaluate(scenario, rules, rulesRef, collected);
    return collected.evaluation();
  }

  /** Lets every vacancy with the given rule base, handing each decision on as it is made and keeping none. */
  public static void evaluate(Scenario scenario, RuleBase ruleBase, Decisions decisions) {
    evaluate(scenario, ruleBase, refOf(ruleBase), decisions);
  }

  /** As {@link #evaluate(Scenario, RuleBase, Decisions)}, with any implementation of the rules. */
  public static void evaluate(Scenario scenario, LettingRules rules, Evaluation.RulesRef rulesRef,
      Decisions decisions) {
    new LettingRun(scenario, rules).run(rulesRef, decisions);
  }

  /** Decides one vacancy again from its stored input. */
  public static VacancyDecision decide(DecisionInput input, LettingRules rules, Policy policy) {
    Verdicts verdicts = rules.decide(input.letting(), input.respondents());
    return decision(input, verdicts, policy.art9AboveUrgent());
  }

  private void run(Evaluation.RulesRef rulesRef, Decisions decisions) {
    List<Vacancy> ordered = new ArrayList<>(scenario.vacancies());
    ordered.sort(Comparator.comparing(Vacancy::publishedOn).thenComparing(Vacancy::unit));
    decisions.start(new Evaluation.PolicyRef(policy.name(), policy.hash()), rulesRef);
    if (!ordered.isEmpty()) {
      startYear(ordered.get(0).publishedOn().getYear(), true);
    }
    for (Vacancy vacancy : ordered) {
      if (vacancy.publishedOn().getYear() != year) {
        startYear(vacancy.publishedOn().getYear(), false);
      }
      DecisionInput input = input(vacancy);
      VacancyDecision decision = decide(input, rules, policy);
      moveOn(input.letting(), decision);
      decisions.decided(input, decision);
    }
  }

  private static Evaluation.RulesRef refOf(RuleBase ruleBase) {
    return new Evaluation.RulesRef(ruleBase.version(), ruleBase.hash());
  }

  /** A run's decisions and their inputs kept whole, as an {@link Evaluation}. */
  private static final class Collected implements Decisions {

    private Evaluation.PolicyRef policy;
    private Evaluation.RulesRef rules;
    private final List<VacancyDecision> vacancies = new ArrayList<>();
    private final List<DecisionInput> inputs = new ArrayList<>();

    @Override
    public void start(Evaluation.PolicyRef policy, Evaluation.RulesRef rules) {
      this.policy = policy;
      this.rules = rules;
    }

    @Override
    public void decided(DecisionInput input, VacancyDecision decision) {
      inputs.add(input);
      vacancies.add(decision);
    }

    Evaluation evaluation() {
      return new Evaluation(policy, rules, vacancies, inputs);
    }
  }

  /** The owners' and buurten's counters of a calendar year: the scenario's own in the first year, zero after. */
  private void startYear(int newYear, boolean first) {
    year = newYear;
    owners.clear();
    quotaCounters.clear();
    if (first) {
      for (OwnerState state : scenario.ownerState()) {
        owners.put(state.owner(), new OwnerCounters(state.daebLettings(), state.daebFreeLettings(),
            state.passendTargetLettings(), state.passendExceptions()));
      }
      for (UrgentQuota quota : scenario.urgentQuotas()) {
        quotaCounters.put(quota.buurt(), new long[] {orZero(quota.lettingsSoFar()), orZero(quota.urgentLettingsSoFar())});
      }
    }
  }

  private DecisionInput input(Vacancy vacancy) {
    List<Respondent> open = new ArrayList<>();
    List<String> allocated = new ArrayList<>();
    for (String id : vacancy.respondents()) {
      if (housed.contains(id)) {
        allocated.add(id);
      } else {
        open.add(seekers.get(id));
      }
    }
    return new DecisionInput(letting(vacancy), open, allocated);
  }

  private Letting letting(Vacancy vacancy) {
    Unit unit = units.get(vacancy.unit());
    Area street = streets.get(unit.street());
    LocalDate date = vacancy.publishedOn();
    YearParameters parameters = policy.parametersFor(date.getYear()).orElseThrow(() -> new InvalidInputException(
        "vacancies[" + scenario.vacancies().indexOf(vacancy) + "].publishedOn", "no parameters for year " + date.getYear()));
    Designation art9 = covering(Article.WBMGP_9, unit, street, date);
    long[] quotaCount = quotaCounters.getOrDefault(street.buurt(), new long[2]);
    return new Letting(unit.id(), street.street(), street.buurt(), unit.rent(), unit.owner(), date, parameters,
        policy.art8MinYearsInRegion(), policy.art8IncomeSources(), policy.art9Characteristics(),
        policy.art9AboveUrgent(), idOf(covering(Article.WBMGP_8, unit, street, date)),
        idOf(covering(Article.WBMGP_10, unit, street, date)), idOf(art9),
        art9 == null ? 0 : art9Numbers.get(art9.id()), art9 == null ? null : art9Share(art9),
        owners.getOrDefault(unit.owner(), OwnerCounters.ZERO), quotaOf(street.buurt()), quotaCount[0], quotaCount[1],
        false);
  }

  private Designation covering(Article article, Unit unit, Area street, LocalDate date) {
    Predicate<Designation> covers = d -> d.article() == article && d.validOn(date)
        && (d.streetsOrEmpty().contains(unit.street()) || d.buurtenOrEmpty().contains(street.buurt()));
    return designations.stream().filter(covers).min(Comparator.comparing(Designation::id)).orElse(null);
  }

  private Share art9Share(Designation designation) {
    if (policy.art9ShareOverride() != null) {
      return policy.art9ShareOverride();
    }
    return designation.share() == null ? ALL : designation.share();
  }

  /** The policy's own quota for the buurt, else the scenario's, else the policy's default. */
  private Share quotaOf(String buurt) {
    Share set = policyQuotas.get(buurt);
    if (set != null) {
      return set;
    }
    UrgentQuota quota = quotas.get(buurt);
    return quota != null ? quota.maxShare() : policy.urgentQuotaDefault();
  }

  private static VacancyDecision decision(DecisionInput input, Verdicts verdicts, boolean art9AboveUrgent) {
    List<Respondent> eligible = new ArrayList<>();
    List<CandidateResult> others = new ArrayList<>();
    for (Respondent respondent : input.respondents()) {
      List<String> refusedBy = verdicts.refusedBy(respondent);
      if (refusedBy.isEmpty()) {
        if (verdicts.group(respondent) == null) {
          throw new IllegalStateException("the rule base ranked no group for eligible " + respondent.id());
        }
        eligible.add(respondent);
      } else {
        others.add(new CandidateResult(respondent.id(), Status.REFUSED, null, null, refusedBy,
            verdicts.trace(respondent)));
      }
    }
    input.alreadyAllocated().forEach(id -> others.add(
        new CandidateResult(id, Status.ALREADY_ALLOCATED, null, null, List.of(), List.of())));
    eligible.sort(rankOrder(verdicts, art9AboveUrgent));
    others.sort(Comparator.comparing(CandidateResult::seeker));

    List<CandidateResult> candidates = new ArrayList<>(eligible.size() + others.size());
    for (int i = 0; i < eligible.size(); i++) {
      Respondent respondent = eligible.get(i);
      candidates.add(new CandidateResult(respondent.id(), Status.ELIGIBLE, i + 1, verdicts.group(respondent),
          List.of(), verdicts.trace(respondent)));
    }
    candidates.addAll(others);
    CandidateResult winner = eligible.isEmpty() ? null : candidates.get(0);
    Letting letting = input.letting();
    boolean provisional = !eligible.isEmpty() && verdicts.pending(eligible.get(0));
    return new VacancyDecision(letting.unit(), letting.date(), verdicts.art9Vacancy(),
        verdicts.urgentPrioritySuspended(), winner == null ? null : winner.seeker(),
        winner == null ? null : winner.group(), provisional, null, candidates, verdicts.vacancyTrace());
  }

  /** REGISTRATION: the groups in policy order; in URGENT the earliest urgency end first; then registration, then id. */
  private static Comparator<Respondent> rankOrder(Verdicts verdicts, boolean art9AboveUrgent) {
    List<Group> groupOrder = art9AboveUrgent ? List.of(Group.ART9, Group.URGENT, Group.REGULAR)
        : List.of(Group.URGENT, Group.ART9, Group.REGULAR);
    Comparator<Respondent> byGroup = Comparator.comparingInt(r -> groupOrder.indexOf(verdicts.group(r)));
    Comparator<Respondent> byUrgency = Comparator.comparing(
        r -> verdicts.group(r) == Group.URGENT ? r.urgencyValidUntil() : LocalDate.MIN);
    return byGroup.thenComparing(byUrgency).thenComparing(Respondent::registeredOn).thenComparing(Respondent::id);
  }

  /** Step 4: the state after a vacancy. */
  private void moveOn(Letting letting, VacancyDecision decision) {
    if (letting.art9Designation() != null) {
      art9Numbers.merge(letting.art9Designation(), 1L, Long::sum);
    }
    if (decision.winner() == null) {
      return;
    }
    Respondent winner = seekers.get(decision.winner());
    housed.add(winner.id());
    owners.put(letting.owner(), letting.ownerCounters().after(letting.daebUnit(), letting.aboveDaebIncomeLimit(winner),
        letting.inPassendTargetGroup(winner), letting.rentAboveAftoppingsgrens(winner)));
    long[] counts = quotaCounters.computeIfAbsent(letting.buurt(), b -> new long[2]);
    counts[0]++;
    if (decision.winnerGroup() == Group.URGENT) {
      counts[1]++;
    }
  }

  private static String idOf(Designation designation) {
    return designation == null ? null : designation.id();
  }

  private static long orZero(Integer value) {
    return value == null ? 0 : value;
  }

}
