package nl.veerkracht.democity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import nl.veerkracht.rules.YearParameters;
import nl.veerkracht.scenario.Seeker;
import nl.veerkracht.scenario.Unit;

/**
 * Who responds to an advertised dwelling, by a search profile of size, rent and area
 * (docs/data.md, "Responses"); the one response model of the demo city's lettings and of a
 * simulation.
 *
 * <p>Seekers without an urgency: a dwelling draws between {@value #MIN_RESPONDENTS} and
 * {@value #MAX_RESPONDENTS} of them, each with chance {@value #FROM_PREFERRED_AREA} one whose
 * household and income fit the dwelling and who lives in its buurt or one bordering it, with chance
 * {@value #FROM_FITTING_ANYWHERE} a fitting one from anywhere, otherwise anyone (who may well be
 * refused). Urgent seekers search the whole region for what their urgency covers (SUWR): each one
 * whose urgency runs on the day and whose household and income fit the dwelling responds with
 * chance {@value #URGENT_RESPONSES_PER_MONTH} ÷ the advertised vacancies a month, so that an urgent
 * household responds about as often in a small city as in the whole one.
 */
public final class ResponseModel {

  public static final int MIN_RESPONDENTS = 60;
  public static final int MAX_RESPONDENTS = 240;
  public static final double FROM_PREFERRED_AREA = 0.6;
  public static final double FROM_FITTING_ANYWHERE = 0.25;
  /**
   * Vacancies an urgent household would respond to a month if every one fitted (the fit then
   * filters): an assumption, calibrated with {@link UrgencyFlow#INFLOW_PER_MONTH} to the calibration targets.
   */
  public static final double URGENT_RESPONSES_PER_MONTH = 1.3;

  private final List<Seeker> regular = new ArrayList<>();
  private final List<ActiveSeeker> urgent = new ArrayList<>();
  /** The urgent households whose urgency runs on a day, in the order of {@link #urgent}: asked once per day, not per vacancy. */
  private final Map<LocalDate, List<ActiveSeeker>> urgentByDay = new HashMap<>();
  private final Map<String, List<Seeker>> preferring = new HashMap<>();
  private final Map<String, List<Seeker>> fittingByKind = new HashMap<>();
  private final double urgentResponseChance;

  /**
   * @param neighbours the buurten bordering a buurt
   * @param vacanciesPerMonth advertised vacancies a month, over which an urgent household spreads its responses
   */
  public ResponseModel(List<ActiveSeeker> seekers, Function<String, Collection<String>> neighbours,
      double vacanciesPerMonth) {
    this.urgentResponseChance = Math.min(1, URGENT_RESPONSES_PER_MONTH / Math.max(1, vacanciesPerMonth));
    for (ActiveSeeker active : seekers) {
      if (active.urgent()) {
        urgent.add(active);
        continue;
      }
      regular.add(active.seeker());
      if (active.homeBuurt() != null) {
        preferring.computeIfAbsent(active.homeBuurt(), b -> new ArrayList<>()).add(active.seeker());
        neighbours.apply(active.homeBuurt()).forEach(near ->
            preferring.computeIfAbsent(near, b -> new ArrayList<>()).add(active.seeker()));
      }
    }
  }

  /** The respondents to a dwelling in a buurt, advertised on a day of a year with these parameters, in id order. */
  public List<String> respondents(Unit unit, String buurt, LocalDate day, YearParameters parameters,
      SplittableRandom random) {
    Set<String> chosen = new TreeSet<>();
    addRegular(unit, buurt, day.getYear(), parameters, random, chosen);
    for (ActiveSeeker active : urgentByDay.computeIfAbsent(day, this::urgentOn)) {
      if (fits(active.seeker(), unit, parameters) && random.nextDouble() < urgentResponseChance) {
        chosen.add(active.seeker().id());
      }
    }
    return new ArrayList<>(chosen);
  }

  private List<ActiveSeeker> urgentOn(LocalDate day) {
    return urgent.stream().filter(active -> active.urgentOn(day)).toList();
  }

  private void addRegular(Unit unit, String buurt, int year, YearParameters parameters, SplittableRandom random,
      Set<String> chosen) {
    String kind = unit.rooms() + "/" + rentClass(unit.rent(), parameters) + "/" + year;
    List<Seeker> fitting = fittingByKind.computeIfAbsent(kind, k -> fitting(regular, unit, parameters));
    List<Seeker> near = fittingByKind.computeIfAbsent(buurt + "/" + kind,
        k -> fitting(preferring.getOrDefault(buurt, List.of()), unit, parameters));
    int wanted = Math.min(regular.size(), MIN_RESPONDENTS + random.nextInt(MAX_RESPONDENTS - MIN_RESPONDENTS + 1));
    while (chosen.size() < wanted) {
      double draw = random.nextDouble();
      List<Seeker> pool = draw < FROM_PREFERRED_AREA && !near.isEmpty() ? near
          : draw < FROM_PREFERRED_AREA + FROM_FITTING_ANYWHERE && !fitting.isEmpty() ? fitting : regular;
      chosen.add(pool.get(random.nextInt(pool.size())).id());
    }
  }

  private static List<Seeker> fitting(List<Seeker> candidates, Unit unit, YearParameters parameters) {
    return candidates.stream().filter(seeker -> fits(seeker, unit, parameters)).toList();
  }

  /**
   * The search profile: the household fits the rooms (from two fewer persons than rooms to one
   * more) and the rent fits the income (within the applicable aftoppingsgrens, or the income above
   * the passend limit).
   */
  public static boolean fits(Seeker seeker, Unit unit, YearParameters parameters) {
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
}
