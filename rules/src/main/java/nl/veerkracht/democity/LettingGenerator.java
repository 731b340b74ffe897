package nl.veerkracht.democity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import nl.veerkracht.rules.YearParameters;
import nl.veerkracht.scenario.OwnerState;
import nl.veerkracht.scenario.Unit;
import nl.veerkracht.scenario.Vacancy;

/**
 * A month of lettings: the dwellings offered for direct mediation, the month's advertised
 * vacancies with the seekers who responded, and each corporation's letting norms so far that
 * year. Vacancies per buurt follow its corporation dwellings and its real moving rate
 * (Wijkprofiel 2016); respondents follow the {@link ResponseModel}.
 */
final class LettingGenerator {

  /** Corporation dwellings re-let per year, per move per resident in the buurt: about 7.6% a year city-wide. */
  static final double LETTINGS_PER_MOVE = 0.55;
  static final double DIRECT_OFFERS_PER_CLIENT = 1.1;
  static final int MAX_DIRECT_OFFER_ROOMS = 3;
  /** The owner state counts the lettings of January and February. */
  static final int MONTHS_SO_FAR = 2;
  static final double DAEB_FREE_SHARE_SO_FAR = 0.04;
  static final double PASSEND_TARGET_SHARE_SO_FAR = 0.75;
  static final double PASSEND_EXCEPTION_SHARE_SO_FAR = 0.03;

  private final Draw draw;
  private final YearParameters limits;
  private final List<LocalDate> workingDays = new ArrayList<>();

  LettingGenerator(long seed, YearParameters limits, LocalDate firstOfMonth) {
    this.draw = new Draw(seed, "lettings");
    this.limits = limits;
    for (LocalDate day = firstOfMonth; day.getMonth() == firstOfMonth.getMonth(); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        workingDays.add(day);
      }
    }
  }

  record Lettings(List<String> directOffers, List<Vacancy> vacancies, List<OwnerState> ownerState) {
  }

  Lettings lettings(List<DemoStreet> streets, List<Unit> units, List<ActiveSeeker> seekers, int clients) {
    Map<Buurt, List<Unit>> unitsByBuurt = unitsByBuurt(streets, units);
    List<String> directOffers = directOffers(unitsByBuurt, (int) Math.round(DIRECT_OFFERS_PER_CLIENT * clients));
    Set<String> offered = new HashSet<>(directOffers);
    List<Unit> vacant = vacantUnits(unitsByBuurt, offered);
    Map<String, List<String>> neighbours = new HashMap<>();
    Map<String, String> buurtOfStreet = new HashMap<>();
    streets.forEach(street -> {
      neighbours.put(street.buurt().code(), street.buurt().neighbours());
      buurtOfStreet.put(street.id(), street.buurt().code());
    });
    ResponseModel responses = new ResponseModel(seekers, buurt -> neighbours.getOrDefault(buurt, List.of()),
        vacant.size());
    SplittableRandom responding = draw.split();
    List<Vacancy> vacancies = new ArrayList<>();
    for (Unit unit : vacant) {
      LocalDate day = draw.pick(workingDays);
      vacancies.add(new Vacancy(unit.id(), day,
          responses.respondents(unit, buurtOfStreet.get(unit.street()), day, limits, responding)));
    }
    vacancies.sort(Comparator.comparing(Vacancy::publishedOn).thenComparing(Vacancy::unit));
    return new Lettings(directOffers, vacancies, ownerState(vacant));
  }

  private static Map<Buurt, List<Unit>> unitsByBuurt(List<DemoStreet> streets, List<Unit> units) {
    Map<String, Buurt> buurtOfStreet = new HashMap<>();
    streets.forEach(street -> buurtOfStreet.put(street.id(), street.buurt()));
    Map<Buurt, List<Unit>> byBuurt = new LinkedHashMap<>();
    streets.forEach(street -> byBuurt.computeIfAbsent(street.buurt(), b -> new ArrayList<>()));
    units.forEach(unit -> byBuurt.get(buurtOfStreet.get(unit.street())).add(unit));
    return byBuurt;
  }

  /**
   * Dwellings set aside for direct mediation: small ones at a rent within the low aftoppingsgrens,
   * over the buurten by how many of those each has.
   */
  private List<String> directOffers(Map<Buurt, List<Unit>> unitsByBuurt, int wanted) {
    Map<Buurt, List<Unit>> candidates = new LinkedHashMap<>();
    unitsByBuurt.forEach((buurt, units) -> candidates.put(buurt, units.stream()
        .filter(unit -> unit.rooms() <= MAX_DIRECT_OFFER_ROOMS && unit.rent().compareTo(limits.aftoppingsgrensLaag()) <= 0)
        .toList()));
    double[] weights = candidates.values().stream().mapToDouble(List::size).toArray();
    return pickPerBuurt(candidates, wanted, weights).stream().map(Unit::id).sorted().toList();
  }

  /** The month's vacancies over the buurten, by corporation dwellings times moving rate. */
  private List<Unit> vacantUnits(Map<Buurt, List<Unit>> unitsByBuurt, Set<String> offered) {
    Map<Buurt, List<Unit>> available = new LinkedHashMap<>();
    unitsByBuurt.forEach((buurt, units) -> available.put(buurt,
        units.stream().filter(unit -> !offered.contains(unit.id())).toList()));
    double[] perMonth = unitsByBuurt.entrySet().stream()
        .mapToDouble(entry -> monthlyLettings(entry.getKey(), entry.getValue().size())).toArray();
    return pickPerBuurt(available, (int) Math.round(Arrays.stream(perMonth).sum()), perMonth);
  }

  private static double monthlyLettings(Buurt buurt, int units) {
    return units * LETTINGS_PER_MOVE * buurt.wijkprofiel(DemoCity.FIGURES_YEAR).movingRate() / 12;
  }

  /** {@code wanted} units, over the buurten by the weights (in the map's order), at random within a buurt. */
  private List<Unit> pickPerBuurt(Map<Buurt, List<Unit>> units, int wanted, double[] weights) {
    List<List<Unit>> lists = new ArrayList<>(units.values());
    int[] counts = Apportion.largestRemainder(wanted, weights, lists.stream().mapToInt(List::size).toArray());
    List<Unit> picked = new ArrayList<>();
    for (int i = 0; i < lists.size(); i++) {
      List<Unit> shuffled = new ArrayList<>(lists.get(i));
      draw.shuffle(shuffled);
      picked.addAll(shuffled.subList(0, counts[i]));
    }
    return picked;
  }

  /** Each owner's lettings of the months so far, at the month's pace, with plausible norm counts. */
  private static List<OwnerState> ownerState(List<Unit> vacant) {
    List<OwnerState> states = new ArrayList<>();
    for (String owner : UnitGenerator.OWNERS) {
      long perMonth = vacant.stream().filter(unit -> unit.owner().equals(owner)).count();
      int daeb = (int) (MONTHS_SO_FAR * perMonth);
      int target = (int) Math.round(PASSEND_TARGET_SHARE_SO_FAR * daeb);
      states.add(new OwnerState(owner, daeb, (int) Math.round(DAEB_FREE_SHARE_SO_FAR * daeb), target,
          (int) Math.round(PASSEND_EXCEPTION_SHARE_SO_FAR * target)));
    }
    return states;
  }
}
