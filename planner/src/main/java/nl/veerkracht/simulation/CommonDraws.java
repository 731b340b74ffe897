package nl.veerkracht.simulation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.veerkracht.democity.ActiveSeeker;
import nl.veerkracht.democity.ResponseModel;
import nl.veerkracht.democity.UrgencyFlow;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.YearParameters;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.Seeker;
import nl.veerkracht.scenario.Unit;
import nl.veerkracht.scenario.Vacancy;

/**
 * What every variant of a run shares (common random numbers): the months, the dwellings that
 * fall vacant in each, who responds to each advertised one, and the ones set aside for direct
 * mediation. Drawn once from the seed, before any policy is applied, with the baseline's
 * parameters; so differences between variants come from their policies alone.
 *
 * <p>Each month takes the next dwellings of one shuffle of all units (a dwelling falls vacant at
 * most once in a run), publishes each on a working day of the month, and sets aside for direct
 * mediation the first of them that suit it (at most {@value #MAX_DIRECT_OFFER_ROOMS} rooms, a rent
 * within the low aftoppingsgrens, in a street with room for a client: {@link OfferRoom}) until the
 * month's share of the yearly direct offers is reached.
 * Each month also brings new households with an urgency ({@link UrgencyFlow}), who respond from the
 * day they get it.
 */
final class CommonDraws {

  static final int MAX_DIRECT_OFFER_ROOMS = 3;

  /** One month: from {@code start} (inclusive) to the next month's start. */
  record Month(int index, LocalDate start, List<Vacancy> vacancies, List<String> directOffers) {
  }

  private final LocalDate start;
  private final LocalDate end;
  private final List<Month> months;
  private final List<Seeker> newSeekers;

  private CommonDraws(LocalDate start, LocalDate end, List<Month> months, List<Seeker> newSeekers) {
    this.start = start;
    this.end = end;
    this.months = months;
    this.newSeekers = newSeekers;
  }

  /**
   * @param settings resolved settings
   * @param indexOfBuurt each buurt's vulnerability index under the baseline's indicator model
   */
  static CommonDraws draw(Scenario scenario, SimulationSettings settings, Buurten buurten,
      Map<String, Double> indexOfBuurt) {
    LocalDate start = scenario.referenceDate();
    LocalDate end = Simulator.lastDay(start, settings.months());
    ParameterYears years = new ParameterYears(Variant.baseline(), start.getYear(), end.getYear());
    SplittableRandom root = new SplittableRandom(settings.seed());
    SplittableRandom housing = root.split();
    SplittableRandom stream = root.split();
    SplittableRandom responding = root.split();
    Homes homes = new Homes(buurten, indexOfBuurt);
    List<ActiveSeeker> active = new ArrayList<>();
    scenario.seekers().forEach(seeker -> active.add(
        new ActiveSeeker(seeker, homes.draw(seeker, housing), seeker.urgency() == null ? null : LocalDate.MIN)));
    List<Seeker> newSeekers = newUrgentSeekers(scenario, settings.months(), root.split());
    newSeekers.forEach(seeker -> active.add(
        new ActiveSeeker(seeker, homes.draw(seeker, housing), seeker.registeredOn())));
    ResponseModel responses = new ResponseModel(active, buurt -> buurten.neighbours(buurt),
        (settings.vacanciesPerYear() - settings.directOffersPerYear()) / 12.0);
    List<Unit> order = shuffled(scenario.units(), stream);
    OfferRoom offerRoom = new OfferRoom(scenario);
    List<Month> months = new ArrayList<>();
    int next = 0;
    for (int m = 0; m < settings.months(); m++) {
      LocalDate monthStart = start.plusMonths(m);
      List<LocalDate> days = workingDays(monthStart, start.plusMonths(m + 1));
      int offersWanted = Spread.inMonth(settings.directOffersPerYear(), m);
      List<Vacancy> vacancies = new ArrayList<>();
      List<String> offers = new ArrayList<>();
      int count = Spread.inMonth(settings.vacanciesPerYear(), m);
      for (Unit unit : order.subList(next, next + count)) {
        LocalDate date = days.get(stream.nextInt(days.size()));
        YearParameters parameters = years.forYear(date.getYear());
        if (offers.size() < offersWanted && suitsDirectMediation(unit, parameters)
            && offerRoom.take(unit.street(), m)) {
          offers.add(unit.id());
        } else {
          String buurt = buurten.ofStreet(unit.street());
          vacancies.add(new Vacancy(unit.id(), date,
              responses.respondents(unit, buurt, date, parameters, responding)));
        }
      }
      next += count;
      vacancies.sort(Comparator.comparing(Vacancy::publishedOn).thenComparing(Vacancy::unit));
      offers.sort(Comparator.naturalOrder());
      months.add(new Month(m, monthStart, List.copyOf(vacancies), List.copyOf(offers)));
    }
    return new CommonDraws(start, end, List.copyOf(months), newSeekers);
  }

  /**
   * The households that get an urgency during the run: each month the flow that continues the
   * scenario's own urgent seekers ({@link UrgencyFlow#inflowPerMonth}), each like a scenario seeker
   * drawn likelier on a benefit, registering on a day of the month as it gets the urgency.
   */
  private static List<Seeker> newUrgentSeekers(Scenario scenario, int months, SplittableRandom random) {
    List<Seeker> templates = scenario.seekers();
    if (templates.isEmpty()) {
      return List.of();
    }
    double perMonth = UrgencyFlow.inflowPerMonth(templates.stream().filter(s -> s.urgency() != null).count());
    double[] weights = templates.stream()
        .mapToDouble(s -> Vulnerability.onBenefit(s.incomeSource()) ? UrgencyFlow.WEIGHT_ON_BENEFIT : 1).toArray();
    List<Seeker> seekers = new ArrayList<>();
    LocalDate start = scenario.referenceDate();
    for (int m = 0; m < months; m++) {
      long count = Math.round((m + 1) * perMonth) - Math.round(m * perMonth);
      LocalDate from = start.plusMonths(m);
      int days = (int) (start.plusMonths(m + 1).toEpochDay() - from.toEpochDay());
      for (long k = 0; k < count; k++) {
        Seeker template = templates.get(Homes.weightedIndex(weights, random));
        seekers.add(UrgencyFlow.newUrgentSeeker(String.format("SU%05d", seekers.size() + 1), template,
            from.plusDays(random.nextInt(days)), random));
      }
    }
    return List.copyOf(seekers);
  }

  private static boolean suitsDirectMediation(Unit unit, YearParameters parameters) {
    return unit.rooms() <= MAX_DIRECT_OFFER_ROOMS && unit.rent().compareTo(parameters.aftoppingsgrensLaag()) <= 0;
  }

  private static List<Unit> shuffled(List<Unit> units, SplittableRandom random) {
    List<Unit> order = new ArrayList<>(units);
    for (int i = order.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Unit swap = order.get(i);
      order.set(i, order.get(j));
      order.set(j, swap);
    }
    return order;
  }

  private static List<LocalDate> workingDays(LocalDate from, LocalDate until) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(day);
      }
    }
    return days;
  }

  LocalDate start() {
    return start;
  }

  /** The last day of the run. */
  LocalDate end() {
    return end;
  }

  List<Month> months() {
    return months;
  }

  /** The households that get an urgency during the run, in the order they get it. */
  List<Seeker> newSeekers() {
    return newSeekers;
  }

  /** Every advertised vacancy of the run, in letting order (months follow each other). */
  List<Vacancy> vacancies() {
    return months.stream().flatMap(month -> month.vacancies().stream()).toList();
  }

  int directOffers() {
    return months.stream().mapToInt(month -> month.directOffers().size()).sum();
  }

  int responses() {
    return months.stream().flatMap(month -> month.vacancies().stream()).mapToInt(v -> v.respondents().size()).sum();
  }

  /** A hash of everything drawn, so that anyone can see that two runs shared the same draws. */
  String hash() {
    StringBuilder text = new StringBuilder();
    for (Month month : months) {
      text.append("month ").append(month.start()).append('\n');
      month.vacancies().forEach(v -> text.append("vacancy ").append(v.unit()).append(' ').append(v.publishedOn())
          .append(' ').append(String.join(",", v.respondents())).append('\n'));
      month.directOffers().forEach(unit -> text.append("direct offer ").append(unit).append('\n'));
    }
    newSeekers.forEach(seeker -> text.append("urgent seeker ").append(seeker.id()).append(' ')
        .append(seeker.registeredOn()).append(' ').append(seeker.urgency().validUntil()).append('\n'));
    return "sha256:" + Policy.sha256(text.toString());
  }
}
