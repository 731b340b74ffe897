package nl.veerkracht.democity;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.rules.letting.Evaluation;
import nl.veerkracht.rules.letting.Group;
import nl.veerkracht.rules.letting.VacancyDecision;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.Seeker;

/**
 * How the allocation behaves against the region (docs/data.md, "Calibration"): the targets, kept
 * as data with their sources ({@code calibration/targets.csv}), and the model's values of the same
 * measures, from an evaluated scenario or from a simulation's totals.
 */
public final class AllocationCalibration {

  public static final String URGENT_LETTING_SHARE = "urgentLettingShare";
  public static final String RESPONDENTS_PER_VACANCY = "respondentsPerVacancy";
  public static final String REGULAR_WINNER_REGISTRATION_MONTHS = "regularWinnerRegistrationMonths";
  public static final String DIRECT_MEDIATION_SHARE = "directMediationShare";
  public static final double DAYS_PER_MONTH = 30.4375;

  /** A target with its band (both ends inclusive) and where it comes from. */
  public record Target(String measure, double target, double low, double high, String source) {
  }

  /** A target against the model's value (null where the model has none). */
  public record Comparison(Target target, Double model) {

    public boolean inBand() {
      return model != null && model >= target.low() && model <= target.high();
    }
  }

  private AllocationCalibration() {
  }

  /** The bundled targets, in the file's order. */
  public static List<Target> targets() {
    return CsvTable.read("calibration/targets.csv").records().stream().map(record -> new Target(record.get("measure"),
        CsvTable.number(record, "target"), CsvTable.number(record, "low"), CsvTable.number(record, "high"),
        record.get("source"))).toList();
  }

  /** Every target against the model's value of its measure. */
  public static List<Comparison> compare(Map<String, Double> model) {
    List<Comparison> comparisons = new ArrayList<>();
    targets().forEach(target -> comparisons.add(new Comparison(target, model.get(target.measure()))));
    return comparisons;
  }

  /**
   * The measures of a scenario's month of lettings as the rule base let them. The scenario's
   * direct offers are a year's supply for its clients and its vacancies a month's, so the share of
   * direct mediation is the offers against the offers and twelve months of vacancies.
   */
  public static Map<String, Double> ofEvaluation(Scenario scenario, Evaluation evaluation) {
    Map<String, Seeker> seekers = new HashMap<>();
    scenario.seekers().forEach(seeker -> seekers.put(seeker.id(), seeker));
    int lettings = 0;
    int urgent = 0;
    List<Double> regularWaits = new ArrayList<>();
    for (VacancyDecision decision : evaluation.vacancies()) {
      if (decision.winner() == null) {
        continue;
      }
      lettings++;
      if (decision.winnerGroup() == Group.URGENT) {
        urgent++;
      } else if (decision.winnerGroup() == Group.REGULAR) {
        regularWaits.add(ChronoUnit.DAYS.between(seekers.get(decision.winner()).registeredOn(),
            decision.publishedOn()) / DAYS_PER_MONTH);
      }
    }
    double responses = scenario.vacancies().stream().mapToInt(vacancy -> vacancy.respondents().size()).sum();
    double vacancies = scenario.vacancies().size();
    double offers = scenario.directOffers().size();
    return measures(lettings == 0 ? null : (double) urgent / lettings,
        vacancies == 0 ? null : responses / vacancies, median(regularWaits),
        offers + vacancies == 0 ? null : offers / (offers + 12 * vacancies));
  }

  public static Map<String, Double> measures(Double urgentShare, Double respondentsPerVacancy,
      Double regularRegistrationMonths, Double directMediationShare) {
    Map<String, Double> measures = new LinkedHashMap<>();
    measures.put(URGENT_LETTING_SHARE, urgentShare);
    measures.put(RESPONDENTS_PER_VACANCY, respondentsPerVacancy);
    measures.put(REGULAR_WINNER_REGISTRATION_MONTHS, regularRegistrationMonths);
    measures.put(DIRECT_MEDIATION_SHARE, directMediationShare);
    return measures;
  }

  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
