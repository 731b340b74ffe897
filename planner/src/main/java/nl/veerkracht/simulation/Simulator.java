package nl.veerkracht.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.veerkracht.simulation.SimulationResult.CarriedYear;
import nl.veerkracht.simulation.SimulationResult.VariantOutcome;
import nl.veerkracht.rules.indicators.IndicatorModel;
import nl.veerkracht.rules.indicators.ModelParameters;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.scenario.Scenario;

/**
 * A policy simulation (docs/simulation.md): policy variants run side by side over the same
 * months of one city, on the same vacancies and responses, and compared per buurt with the
 * first variant, the baseline. The same scenario, variants and settings give the same result.
 */
public final class Simulator {

  /** Told how many of a run's steps are done. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> { };

    void update(int done, int total);
  }

  private final Scenario scenario;
  private final List<Variant> variants;
  private final SimulationSettings settings;
  private final Buurten buurten;
  private final CommonDraws draws;

  /**
   * Draws what the variants share.
   *
   * @param variants the variants ({@link VariantPolicies#check}); the first is the baseline
   */
  Simulator(Scenario scenario, List<Variant> variants, SimulationSettings settings) {
    this.scenario = scenario;
    this.variants = List.copyOf(variants);
    this.settings = settings.resolve(scenario);
    this.buurten = new Buurten(scenario);
    this.draws = CommonDraws.draw(scenario, this.settings, buurten,
        VariantRun.indexOfBuurt(IndicatorModel.report(scenario.areas(), ModelParameters.DEFAULTS)));
  }

  /**
   * Checks that every variant has parameters for the run's first year (later years without
   * them are carried forward).
   *
   * @throws nl.veerkracht.scenario.InvalidInputException at {@code referenceDate} otherwise
   */
  public static void checkYears(LocalDate start, int months, List<Variant> variants) {
    variants.forEach(variant -> new ParameterYears(variant, start.getYear(), lastDay(start, months).getYear()));
  }

  /** The last day of a run of so many months from its start. */
  static LocalDate lastDay(LocalDate start, int months) {
    return start.plusMonths(months).minusDays(1);
  }

  /** Runs the variants on one seed, or, with replications, on as many, on as many threads as cores. */
  public static SimulationResult run(Scenario scenario, List<Variant> variants, SimulationSettings settings,
      Progress progress) {
    return run(scenario, variants, settings, progress, Parallel.defaultThreads());
  }

  /**
   * Runs the variants on one seed, or, with replications, on as many ({@link Replications}), on at
   * most {@code threads} threads: the variants of a run in parallel, or, with replications, the
   * replications. The result is the same, byte for byte, whatever the number of threads.
   */
  public static SimulationResult run(Scenario scenario, List<Variant> variants, SimulationSettings settings,
      Progress progress, int threads) {
    SimulationSettings resolved = settings.resolve(scenario);
    if (resolved.replications() == 1) {
      return new Simulator(scenario, variants, resolved).run(progress, threads);
    }
    return Replications.run((seed, each) -> new Simulator(scenario, variants, resolved.withSeed(seed)).run(each, 1),
        resolved, progress, threads);
  }

  /** One replication: the variants on one seed. */
  @FunctionalInterface
  interface Runner {
    SimulationResult run(long seed, Progress progress);
  }

  SimulationResult run(Progress progress) {
    return run(progress, Parallel.defaultThreads());
  }

  /** The variants, each on its own (they share only the draws), on at most so many threads. */
  SimulationResult run(Progress progress, int threads) {
    Parallel.Steps steps = new Parallel.Steps(variants.size(), progress);
    List<Tallied> tallied = Parallel.map(variants.size(), threads, i -> tallied(i, steps.of(i)));
    List<VariantOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      outcomes.add(outcome(variants.get(i), tallied.get(i).run(), tallied.get(i).tally(), i == 0 ? null
          : tallied.get(0).tally()));
    }
    RuleBase rules = RuleBase.current();
    return new SimulationResult(settings.seed(), settings.months(), draws.start(), draws.end(),
        settings.vacanciesPerYear(), settings.directOffersPerYear(), settings.plannerSteps(),
        new SimulationResult.RulesRef(rules.version(), rules.hash()),
        new SimulationResult.CommonDrawsSummary(draws.vacancies().size(), draws.responses(), draws.directOffers(),
            draws.hash()),
        outcomes, null);
  }

  /** A variant's run with its counts. */
  private record Tallied(VariantRun run, Tally tally) {
  }

  /** One variant over the draws: its letting, then its months of direct mediation. */
  private Tallied tallied(int index, Progress progress) {
    int months = settings.months();
    // letting a run's vacancies takes about as long as planning its months
    int steps = 2 * months;
    progress.update(0, steps);
    VariantRun run = variantRun(index);
    Tally tally = run.newTally();
    run.letAll(tally);
    progress.update(months, steps);
    MonthlyMediation mediation = run.mediation();
    for (CommonDraws.Month month : draws.months()) {
      mediation.month(month, tally);
      progress.update(months + month.index() + 1, steps);
    }
    return new Tallied(run, tally);
  }

  VariantRun variantRun(int index) {
    return new VariantRun(scenario, draws, variants.get(index), buurten, settings);
  }

  CommonDraws draws() {
    return draws;
  }

  private VariantOutcome outcome(Variant variant, VariantRun run, Tally tally, Tally baseline) {
    List<CarriedYear> carried = new ArrayList<>();
    run.years().carriedForward().forEach((year, from) -> carried.add(new CarriedYear(year, from)));
    return new VariantOutcome(new SimulationResult.PolicyRef(variant.name(), variant.hash()), carried,
        Outcomes.totals(tally), Outcomes.buurten(tally, baseline, buurten, run.indexOfBuurt()));
  }
}
