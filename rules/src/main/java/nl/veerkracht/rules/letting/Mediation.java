package nl.veerkracht.rules.letting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.YearParameters;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.Article;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.Designation;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.Unit;

/**
 * What the rule base decides for direct mediation (rules.md, "Direct mediation"): for every
 * client and every unit of {@code directOffers}, the rule codes that refuse the client that
 * unit on the scenario's {@code referenceDate}, in mediation mode (no passend exceptions and
 * no DAEB free room), with the designations in force on that date after the policy's additions
 * and removals, and the parameters of that year. The planner consumes these verdicts; it never
 * decides law itself.
 *
 * <p>The rules see a unit only through the art. 8 and art. 10 designations covering it, its
 * rent against both aftoppingsgrenzen and whether it is a DAEB unit. {@link #evaluate} therefore
 * asks the rule base once per class of units alike in those, on one representative of each;
 * {@link #evaluateEachUnit} asks once per unit. MediationTest shows on random scenarios that the
 * two agree.
 */
public final class Mediation {

  /** What the rules can tell apart about a unit in mediation. */
  record UnitClass(boolean art8, boolean art10, boolean aboveAftoppingsgrensLaag, boolean aboveAftoppingsgrensHoog,
      boolean daebUnit) {

    static UnitClass of(Letting letting) {
      YearParameters parameters = letting.parameters();
      return new UnitClass(letting.art8Designation() != null, letting.art10Designation() != null,
          letting.rent().compareTo(parameters.aftoppingsgrensLaag()) > 0,
          letting.rent().compareTo(parameters.aftoppingsgrensHoog()) > 0, letting.daebUnit());
    }
  }

  /** The outcomes of a trace entry that is a note for the officer, not a refusal. */
  private static final Set<String> NOTES = Set.of("NOTED", "PENDING");

  private final LocalDate date;
  private final LettingRules rules;
  private final Map<String, Letting> lettings;
  private final Map<String, Respondent> clients;
  private final Map<String, Object> decidedAs;
  private final Map<Object, Map<String, List<String>>> refusalsByDecision;

  private Mediation(LocalDate date, LettingRules rules, Map<String, Letting> lettings, Map<String, Respondent> clients,
      Map<String, Object> decidedAs, Map<Object, Map<String, List<String>>> refusals) {
    this.date = date;
    this.rules = rules;
    this.lettings = lettings;
    this.clients = clients;
    this.decidedAs = decidedAs;
    this.refusalsByDecision = refusals;
  }

  /** The verdicts for a validated scenario, asking the rules once per class of alike units. */
  public static Mediation evaluate(Scenario scenario, LettingRules rules) {
    return evaluate(scenario, rules, UnitClass::of);
  }

  /** The verdicts asking the rules once per unit: the reference that {@link #evaluate} must equal. */
  public static Mediation evaluateEachUnit(Scenario scenario, LettingRules rules) {
    return evaluate(scenario, rules, Letting::unit);
  }

  private static Mediation evaluate(Scenario scenario, LettingRules rules, Function<Letting, Object> decisionKey) {
    List<Respondent> clients = scenario.clients().stream().map(Respondent::of).toList();
    Map<String, Object> decidedAs = new HashMap<>();
    Map<String, Letting> byUnit = new HashMap<>();
    Map<Object, Map<String, List<String>>> refusals = new LinkedHashMap<>();
    for (Letting letting : lettings(scenario)) {
      Object key = decisionKey.apply(letting);
      decidedAs.put(letting.unit(), key);
      byUnit.put(letting.unit(), letting);
      refusals.computeIfAbsent(key, k -> refusals(rules.decide(letting, clients), clients));
    }
    Map<String, Respondent> byId = new HashMap<>();
    clients.forEach(client -> byId.put(client.id(), client));
    return new Mediation(scenario.referenceDate(), rules, byUnit, byId, decidedAs, refusals);
  }

  private static Map<String, List<String>> refusals(Verdicts verdicts, List<Respondent> clients) {
    Map<String, List<String>> refused = new HashMap<>();
    for (Respondent client : clients) {
      List<String> codes = verdicts.refusedBy(client);
      if (!codes.isEmpty()) {
        refused.put(client.id(), codes);
      }
    }
    return refused;
  }

  /** One mediation letting per direct offer, as the rules see it on the reference date. */
  private static List<Letting> lettings(Scenario scenario) {
    Policy policy = Policy.of(scenario.policy());
    LocalDate date = scenario.referenceDate();
    YearParameters parameters = policy.parametersFor(date.getYear()).orElseThrow(
        () -> new InvalidInputException("referenceDate", "no parameters for year " + date.getYear()));
    List<Designation> inForce = policy.designations(scenario.designations()).stream()
        .filter(designation -> designation.validOn(date)).toList();
    Map<String, Unit> units = new HashMap<>();
    scenario.units().forEach(unit -> units.put(unit.id(), unit));
    Map<String, Area> streets = new HashMap<>();
    scenario.areas().forEach(area -> streets.put(area.street(), area));

    List<Letting> lettings = new ArrayList<>(scenario.directOffers().size());
    for (String offer : scenario.directOffers()) {
      Unit unit = units.get(offer);
      Area street = streets.get(unit.street());
      // Art. 9 and the urgent quota only rank the respondents of an advertised vacancy: no part of mediation.
      lettings.add(new Letting(unit.id(), street.street(), street.buurt(), unit.rent(), unit.owner(), date,
          parameters, policy.art8MinYearsInRegion(), policy.art8IncomeSources(), policy.art9Characteristics(),
          policy.art9AboveUrgent(), covering(inForce, Article.WBMGP_8, street), covering(inForce, Article.WBMGP_10, street),
          null, 0, null, OwnerCounters.ZERO, null, 0, 0, true));
    }
    return lettings;
  }

  /** The id of the first designation (by id) of this article covering the street or its buurt, or null. */
  private static String covering(List<Designation> designations, Article article, Area street) {
    return designations.stream()
        .filter(d -> d.article() == article
            && (d.streetsOrEmpty().contains(street.street()) || d.buurtenOrEmpty().contains(street.buurt())))
        .map(Designation::id).sorted().findFirst().orElse(null);
  }

  public LocalDate date() {
    return date;
  }

  /** The codes of the rules that refuse the client this unit, in string order; empty when none does. */
  public List<String> refusedBy(Client client, String unit) {
    return refusedBy(client.id(), unit);
  }

  /** As {@link #refusedBy(Client, String)}, by client id. */
  public List<String> refusedBy(String client, String unit) {
    Object key = decidedAs.get(unit);
    if (key == null) {
      throw new IllegalArgumentException("unit " + unit + " is not a direct offer");
    }
    return refusalsByDecision.get(key).getOrDefault(client, List.of());
  }

  /**
   * The notes the rules made for placing the client in the unit, as trace entries (message and
   * parameters; render them with {@link RuleBase#render(TraceEntry, Language)}): the screening
   * still required (outcome PENDING: a proposal on it is provisional) or a conditional
   * woonverklaring under art. 10 (NOTED). Empty when there are none. The rules decide the pair
   * itself again, so the notes name this unit and its own designation.
   */
  public List<TraceEntry> notes(String client, String unit) {
    Letting letting = lettings.get(unit);
    Respondent respondent = clients.get(client);
    if (letting == null || respondent == null) {
      throw new IllegalArgumentException(letting == null ? "unit " + unit + " is not a direct offer"
          : "client " + client + " is not a client of the scenario");
    }
    return rules.decide(letting, List.of(respondent)).trace(respondent).stream()
        .filter(entry -> NOTES.contains(entry.outcome())).toList();
  }

  /** Whether a placement of the client in the unit would be provisional: a step is pending (screening). */
  public boolean provisional(String client, String unit) {
    return notes(client, unit).stream().anyMatch(entry -> "PENDING".equals(entry.outcome()));
  }


  public boolean eligible(String client, String unit) {
    return refusedBy(client, unit).isEmpty();
  }

  /** How many times the rule base was asked (once per class or once per unit). */
  public int decisions() {
    return refusalsByDecision.size();
  }
}
