package nl.veerkracht.simulation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.Scenario;

/**
 * What a run does besides its policies, the same for every variant (so that every variant sees
 * the same vacancies and responses): the months, the seed, the yearly vacancy stream, the
 * dwellings of it offered for direct mediation and the planner's fixed amount of work.
 * Null means the default (see docs/simulation.md).
 */
@JsonPropertyOrder({"months", "seed", "vacanciesPerYear", "directOffersPerYear", "plannerSteps", "replications"})
public record SimulationSettings(Integer months, Long seed, Integer vacanciesPerYear, Integer directOffersPerYear,
    Long plannerSteps, Integer replications) {

  public static final int DEFAULT_MONTHS = 12;
  public static final int MAX_MONTHS = 60;
  public static final long DEFAULT_SEED = 1;
  /**
   * Vacancies per corporation dwelling per year: Rotterdam's corporations let about 10,000
   * dwellings a year; the demo city has 139,327, so 0.072 gives about 10,000 there.
   */
  public static final double TURNOVER_PER_DWELLING = 0.072;
  /** Direct offers per waiting client per year, as the demo city's generator sets them aside. */
  public static final double DIRECT_OFFERS_PER_CLIENT = 1.1;
  /** Local search steps of each monthly plan; the construction heuristic always runs to the end. */
  public static final long DEFAULT_PLANNER_STEPS = 200;
  public static final long MAX_PLANNER_STEPS = 1_000_000;
  /** Seeds each variant runs on; with more than one, every difference comes with its interval. */
  public static final int DEFAULT_REPLICATIONS = 1;
  public static final int MAX_REPLICATIONS = 20;

  /** Without replications (one seed). */
  public SimulationSettings(Integer months, Long seed, Integer vacanciesPerYear, Integer directOffersPerYear,
      Long plannerSteps) {
    this(months, seed, vacanciesPerYear, directOffersPerYear, plannerSteps, null);
  }

  public static SimulationSettings defaults() {
    return new SimulationSettings(null, null, null, null, null, null);
  }

  /** The same settings on another seed (a replication). */
  SimulationSettings withSeed(long otherSeed) {
    return new SimulationSettings(months, otherSeed, vacanciesPerYear, directOffersPerYear, plannerSteps, replications);
  }

  /** Every value set: the defaults filled in for this scenario, and checked against it. */
  public SimulationSettings resolve(Scenario scenario) {
    return resolve(scenario.units().size(), scenario.clients().size());
  }

  /** As {@link #resolve(Scenario)}, for a scenario of so many units and clients. */
  public SimulationSettings resolve(int units, int clients) {
    int resolvedMonths = months == null ? DEFAULT_MONTHS : months;
    int vacancies = vacanciesPerYear != null ? vacanciesPerYear : (int) Math.round(TURNOVER_PER_DWELLING * units);
    int offers = directOffersPerYear != null ? directOffersPerYear
        : (int) Math.round(DIRECT_OFFERS_PER_CLIENT * clients);
    SimulationSettings resolved = new SimulationSettings(resolvedMonths, seed == null ? DEFAULT_SEED : seed,
        vacancies, Math.min(offers, vacancies), plannerSteps == null ? DEFAULT_PLANNER_STEPS : plannerSteps,
        replications == null ? DEFAULT_REPLICATIONS : replications);
    resolved.check(units);
    return resolved;
  }

  private void check(int units) {
    List<Problem> problems = new ArrayList<>();
    if (months < 1 || months > MAX_MONTHS) {
      problems.add(Problem.coded("months", "integerFromTo", 1, MAX_MONTHS));
    }
    if (vacanciesPerYear < 0) {
      problems.add(Problem.coded("vacanciesPerYear", "mustBe.integer", " >= 0"));
    } else if (totalVacancies() > units) {
      problems.add(Problem.coded("vacanciesPerYear", "simulation.tooManyVacancies", totalVacancies(), units));
    }
    if (directOffersPerYear < 0) {
      problems.add(Problem.coded("directOffersPerYear", "mustBe.integer", " >= 0"));
    }
    if (replications < 1 || replications > MAX_REPLICATIONS) {
      problems.add(Problem.coded("replications", "integerFromTo", 1, MAX_REPLICATIONS));
    }
    if (plannerSteps < 0 || plannerSteps > MAX_PLANNER_STEPS) {
      problems.add(Problem.coded("plannerSteps", "integerFromTo", 0, MAX_PLANNER_STEPS));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The vacancies of the whole run (resolved settings only). */
  int totalVacancies() {
    return Spread.upTo(vacanciesPerYear, months);
  }
}
