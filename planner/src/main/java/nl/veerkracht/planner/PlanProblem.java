package nl.veerkracht.planner;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.veerkracht.planner.domain.Dwelling;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.domain.Placement;
import nl.veerkracht.planner.domain.PlannerWeights;
import nl.veerkracht.planner.domain.Street;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.indicators.AreaIndicators;
import nl.veerkracht.rules.indicators.IndicatorModel;
import nl.veerkracht.rules.indicators.ModelParameters;
import nl.veerkracht.rules.indicators.Typology;
import nl.veerkracht.rules.letting.LettingRules;
import nl.veerkracht.rules.letting.Mediation;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.CareProvider;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.Unit;

/**
 * A scenario turned into the solver's problem: streets with their capacity and typology, the
 * direct offers, one placement per client with its eligible dwellings (the rule base's verdicts
 * plus the planner's own conditions, less the rejected pairs; accepted matches pinned), and,
 * for the explanations, why each client may not have the other dwellings.
 */
final class PlanProblem {

  /** Why a client may not have a dwelling, besides the refusing rule codes. */
  static final String NOT_STEP_FREE = "NOT_STEP_FREE";
  static final String EXCLUDED_BUURT = "EXCLUDED_BUURT";
  static final String REJECTED = "REJECTED";

  final Scenario scenario;
  final Policy policy;
  final Mediation mediation;
  final MediationPlan plan;
  final Map<String, Client> clients = new LinkedHashMap<>();
  final Map<String, Dwelling> dwellings = new LinkedHashMap<>();
  /** Per client: for each reason (a refusing rule code or a planner condition) the number of direct offers it excludes. */
  final Map<String, Map<String, Integer>> exclusions = new HashMap<>();

  private final Map<String, Unit> units = new HashMap<>();
  private final Map<String, Area> areas = new HashMap<>();
  private final Set<Match> forbidden;
  private Map<String, Set<String>> neighbourhood;

  private PlanProblem(Scenario scenario, PlanOptions options, Mediation verdicts) {
    this.scenario = scenario;
    this.policy = Policy.of(scenario.policy());
    this.mediation = verdicts;
    this.forbidden = new HashSet<>(options.forbidden());
    scenario.clients().forEach(client -> clients.put(client.id(), client));
    scenario.units().forEach(unit -> units.put(unit.id(), unit));
    List<Street> streets = streets();
    PlannerWeights weights = PlannerWeights.of(policy.model().get("planner"));
    List<Placement> placements = scenario.clients().stream()
        .map(client -> placement(client).weighing(weights.placementWeight(client.support()))).toList();
    this.plan = new MediationPlan(streets, List.copyOf(dwellings.values()), placements, weights);
    pin(options.pinned(), placements);
    keepEarlierProposals(options.previous(), placements);
  }

  /** The problem of a validated scenario; invalid pinned or rejected matches are invalid input. */
  static PlanProblem build(Scenario scenario, PlanOptions options, LettingRules rules) {
    checkMatches(scenario, options);
    return new PlanProblem(scenario, options, Mediation.evaluate(scenario, rules));
  }

  /** The same, on verdicts the rule base already gave for this scenario. */
  static PlanProblem build(Scenario scenario, PlanOptions options, Mediation verdicts) {
    checkMatches(scenario, options);
    return new PlanProblem(scenario, options, verdicts);
  }

  /** The streets of the direct offers, in order of first offer, with the dwellings offered in them. */
  /** The street's name and buurt name as the scenario gives them. */
  Area area(String street) {
    return areas.get(street);
  }

  private List<Street> streets() {
    ModelParameters parameters = ModelParameters.of(policy.model().get("indicators"));
    Map<String, AreaIndicators> indicators = new HashMap<>();
    IndicatorModel.report(scenario.areas(), parameters).areas()
        .forEach(area -> indicators.put(area.level() + ":" + area.code(), area));
    scenario.areas().forEach(area -> areas.put(area.street(), area));
    Map<String, Street> streets = new LinkedHashMap<>();
    for (String offer : scenario.directOffers()) {
      Area area = areas.get(units.get(offer).street());
      Street street = streets.computeIfAbsent(area.street(), id -> new Street(id, area.buurt(),
          indicators.get("STREET:" + id).capacity(), typology(indicators.get("BUURT:" + area.buurt()))));
      dwellings.put(offer, new Dwelling(offer, street));
    }
    return List.copyOf(streets.values());
  }

  private static Typology typology(AreaIndicators buurt) {
    return buurt == null || buurt.typology() == null ? Typology.UNKNOWN : buurt.typology();
  }

  private Placement placement(Client client) {
    List<Dwelling> eligible = new ArrayList<>();
    Map<String, Integer> excluded = new TreeMap<>();
    for (Dwelling dwelling : dwellings.values()) {
      List<String> reasons = exclusionsOf(client, dwelling);
      reasons.forEach(reason -> excluded.merge(reason, 1, Integer::sum));
      if (reasons.isEmpty()) {
        eligible.add(dwelling);
      }
    }
    exclusions.put(client.id(), excluded);
    long waitingDays = Math.max(0, ChronoUnit.DAYS.between(client.waitingSince(), scenario.referenceDate()));
    return new Placement(client.id(), policy.capacityUse().get(client.support()), waitingDays,
        orEmpty(client.preferredBuurten()), careBuurten(client), eligible);
  }

  /** Why the client may not have the dwelling: the refusing rules by code, then the planner's own conditions. */
  List<String> exclusionsOf(Client client, Dwelling dwelling) {
    List<String> reasons = new ArrayList<>(mediation.refusedBy(client, dwelling.getId()));
    if (Boolean.TRUE.equals(client.needsStepFree()) && !units.get(dwelling.getId()).stepFree()) {
      reasons.add(NOT_STEP_FREE);
    }
    if (orEmpty(client.excludedBuurten()).contains(dwelling.getBuurt())) {
      reasons.add(EXCLUDED_BUURT);
    }
    if (forbidden.contains(new Match(client.id(), dwelling.getId()))) {
      reasons.add(REJECTED);
    }
    return reasons;
  }

  /** The buurten where the client's care provider works and the buurten bordering those. */
  private Set<String> careBuurten(Client client) {
    Set<String> near = new HashSet<>();
    scenario.careProviders().stream().filter(provider -> provider.name().equals(client.careProvider()))
        .map(CareProvider::buurten).forEach(buurten -> buurten.forEach(buurt -> {
          near.add(buurt);
          near.addAll(neighbours().getOrDefault(buurt, Set.of()));
        }));
    return near;
  }

  /** Which buurten border which, from {@code areas[].neighbours}, both ways. */
  private Map<String, Set<String>> neighbours() {
    if (neighbourhood == null) {
      neighbourhood = new HashMap<>();
      for (Area area : scenario.areas()) {
        for (String other : orEmpty(area.neighbours())) {
          neighbourhood.computeIfAbsent(area.buurt(), b -> new HashSet<>()).add(other);
          neighbourhood.computeIfAbsent(other, b -> new HashSet<>()).add(area.buurt());
        }
      }
    }
    return neighbourhood;
  }

  private void pin(List<Match> pinned, List<Placement> placements) {
    Map<String, Placement> byClient = new HashMap<>();
    placements.forEach(placement -> byClient.put(placement.getClient(), placement));
    pinned.forEach(match -> byClient.get(match.client()).pinTo(dwellings.get(match.unit())));
  }

  /** The earlier plan's proposals of clients and dwellings this problem still has (a replan of the same dataset). */
  private void keepEarlierProposals(List<Match> previous, List<Placement> placements) {
    Map<String, Placement> byClient = new HashMap<>();
    placements.forEach(placement -> byClient.put(placement.getClient(), placement));
    Set<Dwelling> taken = new HashSet<>();
    placements.stream().filter(Placement::isPinned).forEach(placement -> taken.add(placement.getDwelling()));
    for (Match match : previous) {
      Placement placement = byClient.get(match.client());
      Dwelling earlier = dwellings.get(match.unit());
      if (placement != null && earlier != null && !placement.isPinned() && taken.add(earlier)) {
        placement.proposedBefore(earlier);
      }
    }
  }

  static void checkMatches(Scenario scenario, PlanOptions options) {
    Set<String> clientIds = new HashSet<>();
    scenario.clients().forEach(client -> clientIds.add(client.id()));
    Set<String> offers = new HashSet<>(scenario.directOffers());
    List<Problem> problems = new ArrayList<>();
    check("pinned", options.pinned(), clientIds, offers, problems);
    check("forbidden", options.forbidden(), clientIds, offers, problems);
    Set<String> pinnedClients = new HashSet<>();
    Set<String> pinnedUnits = new HashSet<>();
    for (int i = 0; i < options.pinned().size(); i++) {
      Match match = options.pinned().get(i);
      if (!pinnedClients.add(match.client()) || !pinnedUnits.add(match.unit())) {
        problems.add(new Problem("pinned[" + i + "]", "the client or the unit is already pinned"));
      }
      if (options.forbidden().contains(match)) {
        problems.add(new Problem("pinned[" + i + "]", "is also forbidden"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static void check(String name, List<Match> matches, Set<String> clients, Set<String> offers,
      List<Problem> problems) {
    for (int i = 0; i < matches.size(); i++) {
      Match match = matches.get(i);
      if (!clients.contains(match.client())) {
        problems.add(new Problem(name + "[" + i + "].client", "unknown client \"" + match.client() + "\""));
      }
      if (!offers.contains(match.unit())) {
        problems.add(new Problem(name + "[" + i + "].unit", "\"" + match.unit() + "\" is not a direct offer"));
      }
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
