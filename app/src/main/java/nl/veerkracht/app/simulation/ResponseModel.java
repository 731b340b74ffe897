package nl.veerkracht.app.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import nl.veerkracht.rules.YearParameters;
import nl.veerkracht.scenario.Seeker;
import nl.veerkracht.scenario.Unit;

/**
 * Who responds to an advertised dwelling (docs/simulation.md, "Response model"). Every seeker
 * gets a home buurt, drawn once per run: in proportion to the buurt's dwellings, and for seekers
 * on a benefit also to its vulnerability index, so that they live where the data says such
 * households live. A seeker prefers its home buurt and the buurten bordering it. A dwelling gets
 * between {@value #MIN_RESPONDENTS} and {@value #MAX_RESPONDENTS} respondents: each one with
 * chance {@value #FROM_PREFERRED_AREA} a seeker who prefers the dwelling's buurt and whose household
 * and income fit it, with chance {@value #FROM_FITTING_ANYWHERE} a fitting seeker from anywhere,
 * otherwise any seeker (who may well be refused).
 */
final class ResponseModel {

  static final int MIN_RESPONDENTS = 10;
  static final int MAX_RESPONDENTS = 60;
  static final double FROM_PREFERRED_AREA = 0.6;
  static final double FROM_FITTING_ANYWHERE = 0.25;

  private final List<Seeker> seekers;
  private final Map<String, List<Seeker>> preferring = new HashMap<>();
  private final Map<String, List<Seeker>> fittingByKind = new HashMap<>();

  /**
   * @param indexOfBuurt each buurt's vulnerability index (null where unknown), for the homes of seekers on a benefit
   */
  ResponseModel(List<Seeker> seekers, Buurten buurten, Map<String, Double> indexOfBuurt, SplittableRandom random) {
    this.seekers = seekers;
    List<String> codes = new ArrayList<>(buurten.codes());
    double[] everyone = new double[codes.size()];
    double[] onBenefit = new double[codes.size()];
    for (int i = 0; i < codes.size(); i++) {
      everyone[i] = buurten.dwellings(codes.get(i));
      Double index = indexOfBuurt.get(codes.get(i));
      onBenefit[i] = everyone[i] * (index == null ? 1 : Math.max(0, index) / 100);
    }
    for (Seeker seeker : seekers) {
      String home = codes.get(weightedIndex(onBenefit(seeker) ? onBenefit : everyone, random));
      preferring.computeIfAbsent(home, b -> new ArrayList<>()).add(seeker);
      buurten.neighbours(home).forEach(near -> preferring.computeIfAbsent(near, b -> new ArrayList<>()).add(seeker));
    }
  }

  /** The respondents to a dwelling in a buurt, advertised in a year with its parameters, in id order. */
  List<String> respondents(Unit unit, String buurt, int year, YearParameters parameters, SplittableRandom random) {
    String kind = unit.rooms() + "/" + rentClass(unit.rent(), parameters) + "/" + year;
    List<Seeker> fitting = fittingByKind.computeIfAbsent(kind, k -> fitting(seekers, unit, parameters));
    List<Seeker> near = fittingByKind.computeIfAbsent(buurt + "/" + kind,
        k -> fitting(preferring.getOrDefault(buurt, List.of()), unit, parameters));
    int wanted = Math.min(seekers.size(), MIN_RESPONDENTS + random.nextInt(MAX_RESPONDENTS - MIN_RESPONDENTS + 1));
    Set<String> chosen = new TreeSet<>();
    while (chosen.size() < wanted) {
      double draw = random.nextDouble();
      List<Seeker> pool = draw < FROM_PREFERRED_AREA && !near.isEmpty() ? near
          : draw < FROM_PREFERRED_AREA + FROM_FITTING_ANYWHERE && !fitting.isEmpty() ? fitting : seekers;
      chosen.add(pool.get(random.nextInt(pool.size())).id());
    }
    return new ArrayList<>(chosen);
  }

  private static List<Seeker> fitting(List<Seeker> candidates, Unit unit, YearParameters parameters) {
    return candidates.stream().filter(seeker -> fits(seeker, unit, parameters)).toList();
  }

  /**
   * The household fits the rooms (from two fewer persons than rooms to one more) and the rent
   * fits the income: within the applicable aftoppingsgrens, or the income above the passend limit.
   */
  static boolean fits(Seeker seeker, Unit unit, YearParameters parameters) {
    int size = seeker.householdSize();
    boolean sizeFits = size <= unit.rooms() + 1 && size >= unit.rooms() - 2;
    boolean rentFits = unit.rent().compareTo(parameters.aftoppingsgrensFor(size)) <= 0
        || seeker.income().compareTo(parameters.passendIncomeLimitFor(size, seeker.aowAge())) > 0;
    return sizeFits && rentFits;
  }

  /** 0: within the low aftoppingsgrens; 1: within the high one; 2: above both (all that {@link #fits} tells apart). */
  private static int rentClass(BigDecimal rent, YearParameters parameters) {
    if (rent.compareTo(parameters.aftoppingsgrensLaag()) <= 0) {
      return 0;
    }
    return rent.compareTo(parameters.aftoppingsgrensHoog()) <= 0 ? 1 : 2;
  }

  static boolean onBenefit(Seeker seeker) {
    return Vulnerability.onBenefit(seeker.incomeSource());
  }

  private static int weightedIndex(double[] weights, SplittableRandom random) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double point = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      point -= weights[i];
      if (point < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
