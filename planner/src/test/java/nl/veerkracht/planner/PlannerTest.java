package nl.veerkracht.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.veerkracht.planner.PlanResult.Assignment;
import nl.veerkracht.planner.PlanResult.Unassigned;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.letting.Mediation;
import nl.veerkracht.rules.letting.RuleBase;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.veerkracht.planner.domain.PlannerWeights;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.ScenarioReader;
import nl.veerkracht.scenario.Screening;
import nl.veerkracht.scenario.Unit;
import nl.veerkracht.planner.domain.Dwelling;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.domain.Placement;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** The planner end to end, from a scenario to {@code veerkracht-plan/1}. */
class PlannerTest {

  private static final PlanOptions QUICK = PlanOptions.defaults().withSeconds(20).withSteps(2000L);

  @Test
  void placesTheExactOptimumFeasiblyOnGeneratedInstances() {
    for (long seed = 1; seed <= 6; seed++) {
      Scenario scenario = GeneratedInstances.scenario(seed, 40, 60, 20);
      PlanningSession session = Planner.prepare(scenario, QUICK);
      ExactReference.Optimum optimum = ExactReference.maxPlaced(session.problem(), 30);

      PlanResult plan = session.solve();

      assertThat(optimum.optimal()).isTrue();
      assertThat(plan.placed()).as("seed %d", seed).isEqualTo(optimum.placed());
      assertFeasible(scenario, plan);
    }
  }

  @Test
  void noOtherPlanOfATinyInstanceScoresBetter() {
    for (long seed = 1; seed <= 4; seed++) {
      Scenario scenario = GeneratedInstances.scenario(seed, 5, 6, 3);
      PlanningSession session = Planner.prepare(scenario, QUICK);
      BruteForce.Best best = BruteForce.best(session);

      PlanResult plan = session.solve();

      assertThat(plan.score()).as("seed %d over %d plans", seed, best.plans()).isEqualTo(best.score().toString());
    }
  }

  @Test
  void movesUndoExactlyAndTheScoreStaysUncorrupted() {
    PlanningSession session = Planner.prepare(GeneratedInstances.scenario(11, 30, 45, 15), QUICK);
    SolverConfig config = session.solverConfig().withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
    ((LocalSearchPhaseConfig) config.getPhaseConfigList().get(1))
        .setTerminationConfig(new TerminationConfig().withStepCountLimit(300));

    MediationPlan solved = SolverFactory.<MediationPlan>create(config).buildSolver().solve(session.problem());

    assertThat(solved.getScore().isFeasible()).isTrue();
  }

  @Test
  void withoutDirectOffersNobodyIsPlacedAndEveryoneIsTold() {
    Scenario generated = GeneratedInstances.scenario(2, 3, 4, 2);
    Scenario scenario = new Scenario(generated.format(), generated.referenceDate(), null, generated.areas(), null, null,
        null, generated.units(), null, null, generated.clients(), generated.careProviders(), List.of());

    PlanResult plan = Planner.plan(scenario, QUICK);

    assertThat(plan.placed()).isZero();
    assertThat(plan.streets()).isEmpty();
    assertThat(plan.unassigned()).hasSize(3).allSatisfy(client -> assertThat(client.reasons())
        .containsExactly(Statement.of("planner.unplaced.noOffers")));
  }

  @Test
  void aProposalCarriesTheScreeningStillRequiredBeforeAnOffer() {
    int provisionalPlacements = 0;
    for (long seed = 1; seed <= 6; seed++) {
      Scenario scenario = GeneratedInstances.scenario(seed, 60, 100, 20);
      Mediation mediation = Mediation.evaluate(scenario, RuleBase.current());
      Map<String, Client> clients = new HashMap<>();
      scenario.clients().forEach(client -> clients.put(client.id(), client));

      PlanResult plan = Planner.plan(scenario, PlanOptions.defaults().withSteps(400L));

      for (Assignment assignment : plan.assignments()) {
        List<String> codes = assignment.explanation().stream().map(Statement::code).toList();
        if (mediation.provisional(assignment.client(), assignment.unit())) {
          provisionalPlacements++;
          assertThat(clients.get(assignment.client()).screening()).isEqualTo(Screening.NONE);
          assertThat(codes).contains("planner.note.pending");
        } else {
          assertThat(codes).doesNotContain("planner.note.pending");
        }
      }
    }
    assertThat(provisionalPlacements).as("placements on art. 10 units of clients not yet screened").isPositive();
  }

  @Test
  void theSameStepsGiveTheSameBytes() {
    Scenario scenario = GeneratedInstances.scenario(7, 120, 200, 40);
    PlanOptions options = PlanOptions.defaults().withSteps(800L);

    String first = json(Planner.plan(scenario, options));
    String second = json(Planner.plan(scenario, options));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void keepsPinnedMatchesAndNeverProposesARejectedPair() {
    Scenario scenario = GeneratedInstances.scenario(3, 40, 60, 20);
    PlanResult first = Planner.plan(scenario, QUICK);
    Assignment accepted = first.assignments().get(0);
    Assignment rejected = first.assignments().get(1);

    PlanResult replanned = Planner.plan(scenario, QUICK
        .withPinned(List.of(new Match(accepted.client(), accepted.unit())))
        .withForbidden(List.of(new Match(rejected.client(), rejected.unit()))));

    assertThat(replanned.assignments()).anySatisfy(a -> {
      assertThat(a.client()).isEqualTo(accepted.client());
      assertThat(a.unit()).isEqualTo(accepted.unit());
      assertThat(a.explanation()).first().isEqualTo(Statement.of("planner.kept"));
    });
    assertThat(replanned.assignments()).noneMatch(a -> a.client().equals(rejected.client())
        && a.unit().equals(rejected.unit()));
    assertFeasible(scenario, replanned);
  }

  @Test
  void aReplanAfterOneAcceptAndOneRejectKeepsAtLeastNinetyPercentOfTheOtherProposals() {
    Scenario scenario = GeneratedInstances.scenario(5, 400, 700, 150);
    PlanOptions options = PlanOptions.defaults().withSeconds(60).withSteps(4000L);
    PlanResult first = Planner.plan(scenario, options);
    Assignment accepted = first.assignments().get(0);
    Assignment rejected = first.assignments().get(1);
    List<Assignment> others = first.assignments().subList(2, first.assignments().size());

    PlanResult replanned = Planner.plan(scenario, options.withSeed(1)
        .withPinned(List.of(new Match(accepted.client(), accepted.unit())))
        .withForbidden(List.of(new Match(rejected.client(), rejected.unit())))
        .withPrevious(others.stream().map(a -> new Match(a.client(), a.unit())).toList()));

    Set<Match> now = new HashSet<>();
    replanned.assignments().forEach(a -> now.add(new Match(a.client(), a.unit())));
    long unchanged = others.stream().filter(a -> now.contains(new Match(a.client(), a.unit()))).count();
    assertThat(unchanged).as("of %d other proposals", others.size()).isGreaterThanOrEqualTo(others.size() * 9L / 10);
    assertThat(replanned.placed()).isGreaterThanOrEqualTo(first.placed() - 1);
    assertFeasible(scenario, replanned);
  }

  @Test
  void pinnedAndForbiddenMatchesMustNameClientsAndDirectOffers() {
    Scenario scenario = GeneratedInstances.scenario(3, 4, 6, 3);
    assertThatThrownBy(() -> Planner.prepare(scenario, QUICK.withPinned(
        List.of(new Match("C0", "U0"), new Match("C0", "U1"), new Match("NOBODY", "U2")))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Object::toString)
            .containsExactlyInAnyOrder("pinned[1]: the client or the unit is already pinned",
                "pinned[2].client: unknown client \"NOBODY\""));
    assertThatThrownBy(() -> Planner.prepare(scenario, QUICK.withForbidden(List.of(new Match("C0", "U99")))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("forbidden[0].unit");
  }

  @Test
  void explainsEveryAssignmentAndEveryClientLeftOut() {
    Scenario scenario = ScenarioReader.read(resource("explained.scenario.json"));

    PlanResult plan = Planner.plan(scenario, QUICK);

    assertThat(plan.format()).isEqualTo("veerkracht-plan/1");
    assertThat(plan.policy().name()).isEqualTo("baseline");
    assertThat(plan.policy().hash()).isEqualTo(Policy.of(scenario.policy()).hash());
    assertThat(plan.placed()).isEqualTo(2);
    assertThat(plan.score()).startsWith("0hard/-2medium/");
    assertThat(plan.assignments()).extracting(Assignment::client, Assignment::unit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("C-ANNA", "U-NEAR"),
            org.assertj.core.groups.Tuple.tuple("C-BOB", "U-B"));
    List<Statement> anna = plan.assignments().get(0).explanation();
    assertThat(anna).contains(Statement.of("planner.eligible", "2026-03-01"),
        Statement.of("planner.street", "Astraat", "BU01", 1, 1, 0),
        Statement.of("planner.waiting", "2025-03-01", 365),
        Statement.of("planner.preferred", "BU01"),
        Statement.of("planner.care", "Antes", "BU01"));
    assertThat(anna).extracting(Statement::code).doesNotContain("planner.rising");

    Map<String, List<Statement>> reasons = new HashMap<>();
    plan.unassigned().forEach(u -> reasons.put(u.client(), u.reasons()));
    assertThat(plan.unassigned()).extracting(Unassigned::client).containsExactly("C-CARL", "C-DIRK");
    assertThat(reasons.get("C-CARL")).first().isEqualTo(Statement.of("planner.unplaced.noneEligible", 3));
    assertThat(reasons.get("C-CARL")).extracting(Statement::code)
        .contains("planner.excluded.rule", "planner.excluded.notStepFree");
    assertThat(reasons.get("C-CARL")).contains(Statement.of("planner.excluded.rule", 1, "PASSEND"));
    assertThat(reasons.get("C-DIRK")).extracting(Statement::code)
        .contains("planner.unplaced.streetsFull", "planner.unplaced.betterUse");
    assertThat(plan.streets()).extracting(PlanResult.StreetUse::street, PlanResult.StreetUse::used)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ST-A", 1), org.assertj.core.groups.Tuple.tuple("ST-B", 1));
  }

  @Test
  void alternativesAreTheNextBestFreeDwellingsByTheSolversOwnScore() {
    Scenario scenario = GeneratedInstances.scenario(4, 30, 60, 20);
    PlanningSession session = Planner.prepare(scenario, QUICK);
    PlanResult plan = session.solve();
    MediationPlan solved = session.problem();
    // the same plan again, scored from scratch for every free dwelling with room
    SolutionManager<MediationPlan, HardMediumSoftLongScore> scorer =
        SolutionManager.create(SolverFactory.create(session.solverConfig()));
    Map<String, Placement> byClient = new HashMap<>();
    solved.getPlacements().forEach(p -> byClient.put(p.getClient(), p));
    plan.assignments().forEach(a -> byClient.get(a.client()).setDwelling(dwelling(solved, a.unit())));
    Set<String> taken = new HashSet<>();
    plan.assignments().forEach(a -> taken.add(a.unit()));

    int checked = 0;
    for (Assignment assignment : plan.assignments()) {
      Placement placement = byClient.get(assignment.client());
      Map<String, HardMediumSoftLongScore> scores = new HashMap<>();
      for (Dwelling candidate : placement.getEligibleDwellings()) {
        if (!taken.contains(candidate.getId())) {
          placement.setDwelling(candidate);
          HardMediumSoftLongScore score = scorer.update(solved);
          if (score.hardScore() == 0) {
            scores.put(candidate.getId(), score);
          }
        }
      }
      placement.setDwelling(dwelling(solved, assignment.unit()));
      List<String> expected = scores.entrySet().stream()
          .sorted(Map.Entry.<String, HardMediumSoftLongScore>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(3).map(Map.Entry::getKey).toList();
      assertThat(assignment.alternatives()).extracting(PlanResult.Alternative::unit).as(assignment.client())
          .containsExactlyElementsOf(expected);
      assertThat(assignment.alternatives()).allSatisfy(alternative -> assertThat(alternative.change())
          .extracting(Statement::code).contains("planner.alt.street"));
      checked += expected.size();
    }
    assertThat(checked).as("alternatives were there to check").isPositive();
  }

  private static Dwelling dwelling(MediationPlan plan, String unit) {
    return plan.getDwellings().stream().filter(d -> d.getId().equals(unit)).findFirst().orElseThrow();
  }

  @Test
  void thePolicyWeighsTheSoftGoals() {
    Scenario scenario = ScenarioReader.read(resource("explained.scenario.json"));
    String weighted = new String(resource("explained.scenario.json"), StandardCharsets.UTF_8)
        .replace("\"policy\": {\"name\": \"baseline\"}",
            "\"policy\": {\"name\": \"prefer-wishes\", \"model\": {\"planner\": {\"preferredBuurt\": 5000}}}");

    PlanResult plan = Planner.plan(ScenarioReader.read(weighted.getBytes(StandardCharsets.UTF_8)), QUICK);

    assertThat(plan.policy().name()).isEqualTo("prefer-wishes");
    assertThat(plan.policy().hash()).isNotEqualTo(Policy.of(scenario.policy()).hash());
    assertThat(plan.assignments().get(0).explanation()).contains(Statement.of("planner.preferred", "BU01"));
  }

  @Test
  void unknownOrNegativePlannerWeightsAreInvalidInput() {
    String text = new String(resource("explained.scenario.json"), StandardCharsets.UTF_8)
        .replace("\"policy\": {\"name\": \"baseline\"}",
            "\"policy\": {\"name\": \"x\", \"model\": {\"planner\": {\"waitngTime\": 2, \"spreadOverStreets\": -1}}}");
    assertThatThrownBy(() -> ScenarioReader.read(text.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("policy.model.planner");
  }

  @Test
  void whereRoomBindsTheDefaultPlacesTwoLightClientsAndAWeightedPolicyTheIntensiveOne() {
    PlanResult byCount = Planner.plan(ScenarioReader.read(resource("room-binds.scenario.json")), QUICK);
    PlanResult byNeed = Planner.plan(roomBinds("\"model\": {\"planner\": {\"placementWeight\": {\"INTENSIVE\": 3}}}"),
        QUICK);

    assertThat(byCount.assignments()).extracting(Assignment::client).containsExactlyInAnyOrder("C-LIGHT-1", "C-LIGHT-2");
    assertThat(byNeed.assignments()).extracting(Assignment::client).containsExactly("C-INTENSIVE");
    assertThat(byCount.placedBy().support()).containsExactly(new PlacedBy.Share("LIGHT", 2, 2),
        new PlacedBy.Share("MEDIUM", 0, 0), new PlacedBy.Share("INTENSIVE", 0, 1));
    assertThat(byNeed.placedBy().support()).containsExactly(new PlacedBy.Share("LIGHT", 0, 2),
        new PlacedBy.Share("MEDIUM", 0, 0), new PlacedBy.Share("INTENSIVE", 1, 1));
    assertThat(byNeed.placedBy().group()).contains(new PlacedBy.Share("GGZ", 1, 2), new PlacedBy.Share("MO_OUTFLOW", 0, 1));
  }

  @Test
  void placementWeightsMustNameASupportLevelAndBeAnIntegerFromOneToAHundred() {
    assertThatThrownBy(() -> roomBinds("\"model\": {\"planner\": {\"placementWeight\": {\"HEAVY\": 2, \"INTENSIVE\": 0}}}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("policy.model.planner.placementWeight");
    ObjectNode weights = ScenarioJson.mapper().createObjectNode();
    weights.putObject("placementWeight").put("HEAVY", 2).put("INTENSIVE", 0);
    assertThatThrownBy(() -> PlannerWeights.of(weights))
        .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
            .extracting(Problem::path).containsExactly("policy.model.planner.placementWeight.HEAVY",
                "policy.model.planner.placementWeight.INTENSIVE"));
    weights.put("placementWeight", 3);
    assertThatThrownBy(() -> PlannerWeights.of(weights))
        .hasMessageContaining("policy.model.planner.placementWeight");
  }

  private static Scenario roomBinds(String policyFields) {
    String text = new String(resource("room-binds.scenario.json"), StandardCharsets.UTF_8)
        .replace("\"policy\": {\"name\": \"baseline\"}", "\"policy\": {\"name\": \"need-first\", " + policyFields + "}");
    return ScenarioReader.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void progressIsReportedDuringTheConstructionAlready() {
    PlanningSession session = Planner.prepare(GeneratedInstances.scenario(3, 400, 700, 150),
        PlanOptions.defaults().withSeconds(30).withSteps(10L));
    List<PlanProgress> reported = new java.util.concurrent.CopyOnWriteArrayList<>();

    session.solve(reported::add);

    List<PlanProgress> construction = reported.stream()
        .filter(p -> p.phase() == PlanProgress.Phase.CONSTRUCTION).toList();
    assertThat(construction).hasSizeGreaterThan(2);
    assertThat(construction.get(0).considered()).isZero();
    assertThat(construction).extracting(PlanProgress::considered).isSorted();
    assertThat(construction.get(construction.size() - 1).placed()).isPositive();
    assertThat(construction.stream().filter(p -> p.considered() > 0 && p.considered() < p.clients()).toList())
        .as("reports between the start and the end of the construction").isNotEmpty()
        .allSatisfy(p -> assertThat(p.placed()).isPositive());
    assertThat(reported.get(reported.size() - 1).phase()).isEqualTo(PlanProgress.Phase.SEARCH);
  }

  @Test
  void aCancelledSolveEndsEarlyWithTheBestPlanSoFar() throws Exception {
    PlanningSession session = Planner.prepare(GeneratedInstances.scenario(5, 150, 250, 50),
        PlanOptions.defaults().withSeconds(60));
    CompletableFuture<PlanResult> solving = CompletableFuture.supplyAsync(() -> session.solve(progress -> {
      if (progress.placed() > 0) {
        session.cancel();
      }
    }));

    PlanResult plan = solving.get(20, TimeUnit.SECONDS);

    assertThat(session.isCancelled()).isTrue();
    assertThat(plan.placed()).isPositive();
  }

  /** Checks a plan against the scenario itself, without the planner's model. */
  static void assertFeasible(Scenario scenario, PlanResult plan) {
    assertThat(plan.score()).startsWith("0hard/");
    Mediation mediation = Mediation.evaluateEachUnit(scenario, RuleBase.current());
    Map<String, Client> clients = new HashMap<>();
    scenario.clients().forEach(c -> clients.put(c.id(), c));
    Map<String, Unit> units = new HashMap<>();
    scenario.units().forEach(u -> units.put(u.id(), u));
    Map<String, String> buurtOfStreet = new HashMap<>();
    scenario.areas().forEach(a -> buurtOfStreet.put(a.street(), a.buurt()));
    Map<String, Integer> capacityUse = new HashMap<>();
    Policy.of(scenario.policy()).capacityUse().forEach((level, use) -> capacityUse.put(level.name(), use));
    Map<String, Integer> used = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (Assignment assignment : plan.assignments()) {
      Client client = clients.get(assignment.client());
      Unit unit = units.get(assignment.unit());
      assertThat(taken.add(unit.id())).as("unit %s once", unit.id()).isTrue();
      assertThat(mediation.eligible(client.id(), unit.id())).isTrue();
      assertThat(!Boolean.TRUE.equals(client.needsStepFree()) || unit.stepFree()).isTrue();
      assertThat(client.excludedBuurten() == null || !client.excludedBuurten().contains(buurtOfStreet.get(unit.street())))
          .isTrue();
      used.merge(unit.street(), capacityUse.get(client.support().name()), Integer::sum);
    }
    plan.streets().forEach(street -> {
      assertThat(street.used()).isEqualTo(used.getOrDefault(street.street(), 0));
      assertThat(street.used()).isLessThanOrEqualTo(street.capacity());
    });
  }

  static String json(PlanResult plan) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ScenarioJson.writePretty(plan, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static byte[] resource(String name) {
    try (var in = PlannerTest.class.getResourceAsStream("/" + name)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
