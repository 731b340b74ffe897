package nl.veerkracht.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.rules.indicators.AreaIndicators;
import nl.veerkracht.rules.indicators.IndicatorModel;
import nl.veerkracht.rules.indicators.IndicatorReport;
import nl.veerkracht.rules.indicators.ModelParameters;
import nl.veerkracht.rules.indicators.Typology;
import nl.veerkracht.rules.letting.LettingRun;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.Seeker;
import nl.veerkracht.scenario.Unit;

/**
 * One variant over the common draws: the vacancies let by the real rule base under the variant's
 * policy (with its rent steering), then direct mediation month by month by the real planner.
 */
final class VariantRun {

  private final Scenario scenario;
  private final CommonDraws draws;
  private final Buurten buurten;
  private final SimulationSettings settings;
  private final Variant variant;
  private final ParameterYears years;
  private final ModelParameters model;
  private final IndicatorReport indicators;

  VariantRun(Scenario scenario, CommonDraws draws, Variant variant, Buurten buurten, SimulationSettings settings) {
    this.scenario = scenario;
    this.draws = draws;
    this.buurten = buurten;
    this.settings = settings;
    this.variant = variant;
    this.years = new ParameterYears(variant, draws.start().getYear(), draws.end().getYear());
    this.model = variant.indicators();
    this.indicators = IndicatorModel.report(scenario.areas(), model);
  }

  ParameterYears years() {
    return years;
  }

  /** Each buurt's vulnerability index under this variant's indicator model (null where unknown). */
  Map<String, Double> indexOfBuurt() {
    return indexOfBuurt(indicators);
  }

  static Map<String, Double> indexOfBuurt(IndicatorReport report) {
    Map<String, Double> index = new HashMap<>();
    buurtIndicators(report).forEach(area -> index.put(area.code(),
        area.vulnerabilityIndex() == null ? null : area.vulnerabilityIndex().doubleValue()));
    return index;
  }

  Tally newTally() {
    return new Tally(buurten.codes(), IndicatorModel.indexPointsPerShare(scenario.areas(), model));
  }

  /** Lets every vacancy of the run and tallies each letting as it is decided, keeping no decision. */
  void letAll(Tally tally) {
    Map<String, BigDecimal> steered = steeredRents();
    tally.rentSteeredVacancies = steered.size();
    LettingRun.evaluate(lettingScenario(steered), RuleBase.current(), tally::letting);
  }

  MonthlyMediation mediation() {
    return new MonthlyMediation(scenario, years, variant.capacityUse(), model, buurten, settings);
  }

  /** The scenario the rule base lets: the run's vacancies, the variant's policy and its rents. */
  Scenario lettingScenario() {
    return lettingScenario(steeredRents());
  }

  private Scenario lettingScenario(Map<String, BigDecimal> steered) {
    List<Unit> units = scenario.units().stream().map(unit -> steered.containsKey(unit.id())
        ? new Unit(unit.id(), unit.street(), steered.get(unit.id()), unit.rooms(), unit.stepFree(), unit.owner(),
            unit.complex())
        : unit).toList();
    return new Scenario(Scenario.FORMAT, scenario.referenceDate(), years.runOverrides(), scenario.areas(),
        scenario.designations(), scenario.urgentQuotas(), scenario.ownerState(), units, seekers(),
        draws.vacancies(), List.of(), List.of(), List.of());
  }

  /** The scenario's seekers and the households that get an urgency during the run. */
  private List<Seeker> seekers() {
    List<Seeker> seekers = new ArrayList<>(scenario.seekers());
    seekers.addAll(draws.newSeekers());
    return seekers;
  }

  /** The variant's rent steering: the rent of each vacancy it changes, by unit id. */
  private Map<String, BigDecimal> steeredRents() {
    if (variant.rentSteering() == null) {
      return Map.of();
    }
    Map<String, String> streetOfUnit = new HashMap<>();
    scenario.units().forEach(unit -> streetOfUnit.put(unit.id(), unit.street()));
    return variant.rentSteering().steeredRents(draws.vacancies(), unit -> buurten.ofStreet(streetOfUnit.get(unit)),
        typologies(), years);
  }

  private Map<String, Typology> typologies() {
    Map<String, Typology> typologies = new HashMap<>();
    buurtIndicators(indicators).forEach(area -> typologies.put(area.code(), area.typology()));
    return typologies;
  }

  private static List<AreaIndicators> buurtIndicators(IndicatorReport report) {
    return report.areas().stream().filter(area -> area.level().equals("BUURT")).toList();
  }
}
