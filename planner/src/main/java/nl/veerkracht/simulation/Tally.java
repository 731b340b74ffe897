package nl.veerkracht.simulation;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veerkracht.rules.letting.CandidateResult;
import nl.veerkracht.rules.letting.DecisionInput;
import nl.veerkracht.rules.letting.Group;
import nl.veerkracht.rules.letting.Letting;
import nl.veerkracht.rules.letting.Respondent;
import nl.veerkracht.rules.letting.Status;
import nl.veerkracht.rules.letting.VacancyDecision;
import nl.veerkracht.scenario.Client;

/**
 * The counts of one variant's run, as the lettings and placements come in; {@link Outcomes}
 * turns them into the output. {@code indexPoints} sums, per buurt, the index points the
 * incoming households bring (see {@link Vulnerability#indexComponents}).
 */
final class Tally {

  static final double DAYS_PER_MONTH = 365.25 / 12;

  /** One buurt's counts. */
  static final class Buurt {
    int vacancies;
    int lettings;
    int urgentLettings;
    int art9Lettings;
    int vulnerableLettings;
    int clientsPlaced;
    double indexPoints;
  }

  private final Map<String, Double> indexPointsPerShare;
  final Map<String, Buurt> buurten = new LinkedHashMap<>();
  int vacancies;
  int lettings;
  int vulnerableLettings;
  int directOffers;
  int rentSteeredVacancies;
  final Map<Group, Integer> lettingsByGroup = new EnumMap<>(Group.class);
  final Map<String, Integer> refusalsByRule = new LinkedHashMap<>();
  int passendTargetLettings;
  int passendWithinCeiling;
  int daebLettings;
  int daebWithinIncomeLimit;
  final Map<Group, List<Double>> waitMonths = new EnumMap<>(Group.class);
  int clientsPlaced;
  int clientsUnplaced;

  Tally(Set<String> buurtCodes, Map<String, Double> indexPointsPerShare) {
    this.indexPointsPerShare = indexPointsPerShare;
    buurtCodes.forEach(code -> buurten.put(code, new Buurt()));
    for (Group group : Group.values()) {
      lettingsByGroup.put(group, 0);
      waitMonths.put(group, new ArrayList<>());
    }
    SimulationResult.REFUSING_RULES.forEach(rule -> refusalsByRule.put(rule, 0));
  }

  void letting(DecisionInput input, VacancyDecision decision) {
    Letting letting = input.letting();
    Buurt buurt = buurt(letting.buurt());
    vacancies++;
    buurt.vacancies++;
    for (CandidateResult candidate : decision.candidates()) {
      if (candidate.status() == Status.REFUSED) {
        candidate.refusedBy().forEach(rule -> refusalsByRule.merge(rule, 1, Integer::sum));
      }
    }
    if (decision.winner() == null) {
      return;
    }
    Respondent winner = input.respondents().stream().filter(r -> r.id().equals(decision.winner())).findFirst()
        .orElseThrow();
    Group group = decision.winnerGroup();
    lettings++;
    buurt.lettings++;
    lettingsByGroup.merge(group, 1, Integer::sum);
    buurt.urgentLettings += group == Group.URGENT ? 1 : 0;
    buurt.art9Lettings += group == Group.ART9 ? 1 : 0;
    if (Vulnerability.vulnerableWinner(winner, letting.date())) {
      vulnerableLettings++;
      buurt.vulnerableLettings++;
    }
    buurt.indexPoints += indexPoints(Vulnerability.indexComponents(winner.incomeSource(), null));
    norms(letting, winner);
    waitMonths.get(group).add(ChronoUnit.DAYS.between(winner.registeredOn(), letting.date()) / DAYS_PER_MONTH);
  }

  /** passendShare and daebTargetShare: the national norms over the run's lettings. */
  private void norms(Letting letting, Respondent winner) {
    if (letting.inPassendTargetGroup(winner)) {
      passendTargetLettings++;
      passendWithinCeiling += letting.rentAboveAftoppingsgrens(winner) ? 0 : 1;
    }
    if (letting.daebUnit()) {
      daebLettings++;
      daebWithinIncomeLimit += letting.aboveDaebIncomeLimit(winner) ? 0 : 1;
    }
  }

  void placement(String buurtCode, Client client) {
    Buurt buurt = buurt(buurtCode);
    clientsPlaced++;
    buurt.clientsPlaced++;
    buurt.indexPoints += indexPoints(Vulnerability.indexComponents(client.incomeSource(), client.group()));
  }

  private double indexPoints(Set<String> components) {
    return components.stream().mapToDouble(component -> indexPointsPerShare.getOrDefault(component, 0.0)).sum();
  }

  private Buurt buurt(String code) {
    return buurten.computeIfAbsent(code, c -> new Buurt());
  }

  Buurt of(String code) {
    return buurten.get(code);
  }
}
