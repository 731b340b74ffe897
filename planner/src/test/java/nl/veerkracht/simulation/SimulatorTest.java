package nl.veerkracht.simulation;

import static nl.veerkracht.simulation.SmallCity.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veerkracht.simulation.SimulationResult.BuurtOutcome;
import nl.veerkracht.simulation.SimulationResult.CarriedYear;
import nl.veerkracht.rules.LegalParameters;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.letting.DecisionInput;
import nl.veerkracht.rules.letting.Evaluation;
import nl.veerkracht.rules.letting.Letting;
import nl.veerkracht.rules.letting.LettingRun;
import nl.veerkracht.rules.letting.OwnerCounters;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.rules.letting.VacancyDecision;
import nl.veerkracht.scenario.Article;
import nl.veerkracht.scenario.Designation;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.Unit;
import org.junit.jupiter.api.Test;

class SimulatorTest {

  static final Variant BASELINE = policy("{\"name\": \"baseline\"}");
  static final Variant ART9_HALF = policy("{\"name\": \"art. 9 for half\", \"art9ShareOverride\": \"1/2\"}");
  /** Enough vacancies a year in the small city for art. 9 to show; no more than it has units. */
  static final SimulationSettings YEAR = new SimulationSettings(12, 7L, 600, null, null);

  @Test
  void theSameScenarioVariantsAndSeedGiveTheSameBytes() {
    SimulationSettings settings = new SimulationSettings(3, 7L, null, null, null);
    String first = SmallCity.text(Simulator.run(SmallCity.CITY, List.of(BASELINE, ART9_HALF), settings,
        Simulator.Progress.NONE));
    String again = SmallCity.text(Simulator.run(SmallCity.CITY, List.of(BASELINE, ART9_HALF), settings,
        Simulator.Progress.NONE));
    String otherSeed = SmallCity.text(Simulator.run(SmallCity.CITY, List.of(BASELINE, ART9_HALF),
        new SimulationSettings(3, 8L, null, null, null), Simulator.Progress.NONE));

    assertThat(again).isEqualTo(first);
    assertThat(otherSeed).isNotEqualTo(first);
    assertThat(first).startsWith("{\n  \"format\": \"veerkracht-simulation/1\",\n  \"seed\": 7,\n  \"months\": 3,");
  }

  @Test
  void theOutputIsTheSameBytesWhateverTheNumberOfThreads() {
    Variant quota = policy("{\"name\": \"quota\", \"urgentQuotaDefault\": \"1/3\"}");
    List<Variant> three = List.of(BASELINE, ART9_HALF, quota);
    SimulationSettings settings = new SimulationSettings(2, 7L, 300, null, 50L);
    SimulationSettings replicated = new SimulationSettings(2, 7L, 300, null, 50L, 3);

    String sequential = SmallCity.text(Simulator.run(SmallCity.CITY, three, settings, Simulator.Progress.NONE, 1));
    String parallel = SmallCity.text(Simulator.run(SmallCity.CITY, three, settings, Simulator.Progress.NONE, 4));
    String replicatedSequential = SmallCity.text(Simulator.run(SmallCity.CITY, three, replicated,
        Simulator.Progress.NONE, 1));
    String replicatedParallel = SmallCity.text(Simulator.run(SmallCity.CITY, three, replicated,
        Simulator.Progress.NONE, 3));

    assertThat(parallel).isEqualTo(sequential).contains("\"clientsPlaced\"");
    assertThat(replicatedParallel).isEqualTo(replicatedSequential).contains("\"replications\": 3");
  }

  @Test
  void identicalVariantsGiveIdenticalOutcomes() {
    Variant first = policy("{\"name\": \"a\", \"urgentQuotaDefault\": 0.5}");
    Variant second = policy("{\"name\": \"b\", \"urgentQuotaDefault\": 0.5}");

    SimulationResult result = Simulator.run(SmallCity.withoutClients(), List.of(first, second), YEAR,
        Simulator.Progress.NONE);

    SimulationResult.VariantOutcome a = result.variants().get(0);
    SimulationResult.VariantOutcome b = result.variants().get(1);
    assertThat(b.totals()).isEqualTo(a.totals());
    assertThat(withoutWaterbed(b.buurten())).isEqualTo(withoutWaterbed(a.buurten()));
    assertThat(a.buurten()).allSatisfy(buurt -> assertThat(buurt.waterbed()).isNull());
    assertThat(b.buurten()).allSatisfy(buurt -> assertThat(buurt.waterbed()).isZero());
  }

  @Test
  void addingAVariantChangesNothingOfTheOthers() {
    Variant quota = policy("{\"name\": \"quota\", \"urgentQuotaDefault\": \"1/3\"}");
    SimulationSettings settings = new SimulationSettings(3, 7L, 300, null, null);

    SimulationResult two = Simulator.run(SmallCity.CITY, List.of(BASELINE, ART9_HALF), settings,
        Simulator.Progress.NONE);
    SimulationResult three = Simulator.run(SmallCity.CITY, List.of(BASELINE, ART9_HALF, quota), settings,
        Simulator.Progress.NONE);

    assertThat(three.variants().subList(0, 2)).isEqualTo(two.variants());
    assertThat(three.commonDraws()).isEqualTo(two.commonDraws());
  }

  @Test
  void art9ForHalfChangesTheLettingInDesignatedBuurtenAndNothingBeforeIt() {
    Simulator simulator = new Simulator(SmallCity.withoutClients(), List.of(BASELINE, ART9_HALF), YEAR);
    VariantRun baseline = simulator.variantRun(0);
    VariantRun half = simulator.variantRun(1);
    Scenario baselineLetting = baseline.lettingScenario();
    Scenario halfLetting = half.lettingScenario();

    // upstream of the letting: the same population, dwellings, vacancies and responses
    assertThat(halfLetting.vacancies()).isEqualTo(baselineLetting.vacancies());
    assertThat(halfLetting.seekers()).isEqualTo(baselineLetting.seekers());
    assertThat(halfLetting.units()).isEqualTo(baselineLetting.units());

    // the letting: share 1 marks every vacancy a designation covers, 1/2 every second one of each
    Evaluation all = LettingRun.evaluate(baselineLetting, RuleBase.current());
    Evaluation everySecond = LettingRun.evaluate(halfLetting, RuleBase.current());
    Map<String, Integer> covered = new HashMap<>();
    for (DecisionInput input : all.inputs()) {
      if (input.letting().art9Designation() != null) {
        covered.merge(input.letting().art9Designation(), 1, Integer::sum);
      }
    }
    assertThat(covered).isNotEmpty();
    assertThat(art9Vacancies(all)).isEqualTo(covered.values().stream().mapToInt(Integer::intValue).sum());
    assertThat(art9Vacancies(everySecond)).isEqualTo(covered.values().stream().mapToInt(n -> n / 2).sum());

    // the outcomes: art. 9 lettings only in designated buurten, fewer there with half
    SimulationResult result = simulator.run(Simulator.Progress.NONE);
    Set<String> designated = art9Buurten(SmallCity.CITY);
    List<BuurtOutcome> before = result.variants().get(0).buurten();
    List<BuurtOutcome> after = result.variants().get(1).buurten();
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).vacancies()).isEqualTo(before.get(i).vacancies());
      if (!designated.contains(before.get(i).buurt())) {
        assertThat(before.get(i).art9Lettings()).isZero();
        assertThat(after.get(i).art9Lettings()).isZero();
      }
    }
    assertThat(art9Lettings(after, designated)).isLessThan(art9Lettings(before, designated));
    assertThat(result.variants().get(1).totals().vacancies()).isEqualTo(result.variants().get(0).totals().vacancies());
  }

  @Test
  void aRunAcrossNewYearCarriesTheLastKnownParametersForwardAndRestartsTheCounters() {
    Scenario november = SmallCity.startingOn(SmallCity.withoutClients(), LocalDate.of(2026, 11, 1));
    ObjectNode own2027Json = SmallCity.policyJson("{\"name\": \"own 2027\"}");
    own2027Json.putObject("years").set("2027", Policy.baseline().json().get("years").get("2026").deepCopy());
    Variant own2027 = Variant.of(own2027Json);
    Simulator simulator = new Simulator(november, List.of(BASELINE, own2027),
        new SimulationSettings(3, 7L, 1200, null, null));

    SimulationResult result = simulator.run(Simulator.Progress.NONE);

    assertThat(result.endDate()).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(result.variants().get(0).carriedForwardYears()).containsExactly(new CarriedYear(2027, 2026));
    assertThat(result.variants().get(1).carriedForwardYears()).isEmpty();

    Evaluation evaluation = LettingRun.evaluate(simulator.variantRun(0).lettingScenario(), RuleBase.current());
    List<Letting> december = new ArrayList<>();
    List<Letting> january = new ArrayList<>();
    for (DecisionInput input : evaluation.inputs()) {
      Letting letting = input.letting();
      (letting.date().getYear() == 2026 ? december : january).add(letting);
    }
    assertThat(january).isNotEmpty();
    assertThat(january.get(0).ownerCounters()).isEqualTo(OwnerCounters.ZERO);
    assertThat(january.get(0).quotaLettings()).isZero();
    assertThat(january.get(0).parameters()).usingRecursiveComparison().ignoringFields("year")
        .isEqualTo(LegalParameters.bundled().forYear(2026).orElseThrow());
    assertThat(december.get(december.size() - 1).ownerCounters()).isNotEqualTo(OwnerCounters.ZERO);
  }

  @Test
  void aRunStartingInAYearWithoutParametersIsInvalidInput() {
    Scenario later = SmallCity.startingOn(SmallCity.withoutClients(), LocalDate.of(2031, 1, 1));

    assertThatThrownBy(() -> Simulator.run(later, List.of(BASELINE), SimulationSettings.defaults(),
        Simulator.Progress.NONE))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .containsExactly(new Problem("referenceDate", "no parameters for year 2031")));
  }

  @Test
  void settingsOutOfRangeAreInvalidInputAtTheirNames() {
    assertThatThrownBy(() -> new SimulationSettings(61, null, 10_000, null, -1L).resolve(SmallCity.CITY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::path)
            .containsExactly("months", "vacanciesPerYear", "plannerSteps"));
  }

  @Test
  void rentSteeringLetsEverySecondVacancyOfTheChosenBuurtenJustAboveTheHighCeiling() {
    Variant steering = policy("{\"name\": \"rent steering\", \"rentSteering\": {\"typologies\": [\"RISING_WORSENING_HIGH\","
        + " \"RISING_WORSENING_LOW\", \"RISING_IMPROVING_HIGH\", \"RISING_IMPROVING_LOW\", \"NOT_RISING\", \"UNKNOWN\"],"
        + " \"share\": \"1/2\"}}");
    Simulator simulator = new Simulator(SmallCity.withoutClients(), List.of(BASELINE, steering),
        new SimulationSettings(2, 7L, 600, null, null));
    VariantRun run = simulator.variantRun(1);
    Tally tally = run.newTally();

    Scenario letting = run.lettingScenario();
    run.letAll(tally);

    Map<String, Unit> own = new HashMap<>();
    SmallCity.CITY.units().forEach(unit -> own.put(unit.id(), unit));
    Map<String, String> buurtOfStreet = new HashMap<>();
    letting.areas().forEach(area -> buurtOfStreet.put(area.street(), area.buurt()));
    Map<String, Integer> perBuurt = new HashMap<>();
    letting.vacancies().forEach(v -> perBuurt.merge(buurtOfStreet.get(own.get(v.unit()).street()), 1, Integer::sum));
    List<Unit> changed = letting.units().stream().filter(unit -> !unit.equals(own.get(unit.id()))).toList();
    // 2026's aftoppingsgrensHoog is 764.14
    assertThat(changed).hasSize(perBuurt.values().stream().mapToInt(n -> n / 2).sum())
        .allSatisfy(unit -> assertThat(unit.rent()).isEqualByComparingTo(new BigDecimal("765.14")));
    assertThat(tally.rentSteeredVacancies).isEqualTo(changed.size());
    assertThat(simulator.variantRun(0).lettingScenario().units())
        .isEqualTo(SmallCity.withoutClients().units());
  }

  private static long art9Vacancies(Evaluation evaluation) {
    return evaluation.vacancies().stream().filter(VacancyDecision::art9Vacancy).count();
  }

  private static Set<String> art9Buurten(Scenario city) {
    Map<String, String> buurtOfStreet = new HashMap<>();
    city.areas().forEach(area -> buurtOfStreet.put(area.street(), area.buurt()));
    Set<String> buurten = new HashSet<>();
    for (Designation designation : city.designations()) {
      if (designation.article() == Article.WBMGP_9) {
        designation.streetsOrEmpty().forEach(street -> buurten.add(buurtOfStreet.get(street)));
        buurten.addAll(designation.buurtenOrEmpty());
      }
    }
    return buurten;
  }

  private static int art9Lettings(List<BuurtOutcome> buurten, Set<String> designated) {
    return buurten.stream().filter(b -> designated.contains(b.buurt())).mapToInt(BuurtOutcome::art9Lettings).sum();
  }

  private static List<BuurtOutcome> withoutWaterbed(List<BuurtOutcome> buurten) {
    return buurten.stream().map(b -> new BuurtOutcome(b.buurt(), b.name(), b.lettings(), b.urgentLettings(),
        b.art9Lettings(), b.vulnerableLettings(), b.clientsPlaced(), b.projectedIndexChange(), null, null, b.vacancies(),
        b.neighbourVulnerableLettings())).toList();
  }
}
