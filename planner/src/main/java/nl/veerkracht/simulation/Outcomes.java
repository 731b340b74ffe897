package nl.veerkracht.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.simulation.SimulationResult.BuurtOutcome;
import nl.veerkracht.simulation.SimulationResult.Totals;
import nl.veerkracht.rules.letting.Group;

/** A variant's tally turned into the output: totals, and per buurt with the projected index change and the waterbed. */
public final class Outcomes {

  private Outcomes() {
  }

  static Totals totals(Tally tally) {
    Map<String, Integer> byGroup = new LinkedHashMap<>();
    Map<String, Double> medians = new LinkedHashMap<>();
    for (Group group : Group.values()) {
      byGroup.put(group.name(), tally.lettingsByGroup.get(group));
      medians.put(group.name(), median(tally.waitMonths.get(group)));
    }
    return new Totals(tally.vacancies, tally.lettings, byGroup, new LinkedHashMap<>(tally.refusalsByRule),
        share(tally.passendWithinCeiling, tally.passendTargetLettings),
        share(tally.daebWithinIncomeLimit, tally.daebLettings), tally.clientsPlaced, tally.clientsUnplaced, medians,
        tally.vulnerableLettings, tally.directOffers, tally.rentSteeredVacancies);
  }

  /**
   * @param baseline the first variant's tally, or null for the first variant itself
   * @param indexOfBuurt the buurten's vulnerability index under this variant's indicator model
   */
  static List<BuurtOutcome> buurten(Tally tally, Tally baseline, Buurten buurten, Map<String, Double> indexOfBuurt) {
    List<BuurtOutcome> outcomes = new ArrayList<>();
    for (String code : buurten.codes()) {
      Tally.Buurt b = tally.of(code);
      outcomes.add(new BuurtOutcome(code, buurten.name(code), b.lettings, b.urgentLettings, b.art9Lettings,
          b.vulnerableLettings, b.clientsPlaced,
          projectedIndexChange(b, indexOfBuurt.get(code), buurten.dwellings(code)),
          baseline == null ? null : waterbed(code, tally, baseline, buurten), null, b.vacancies,
          neighbourVulnerable(code, tally, buurten)));
    }
    return outcomes;
  }

  /**
   * The change of vulnerableLettings against the baseline, summed over the buurt's neighbours
   * (buurten outside the scenario count as no change).
   */
  static int waterbed(String buurt, Tally variant, Tally baseline, Buurten buurten) {
    return neighbourVulnerable(buurt, variant, buurten) - neighbourVulnerable(buurt, baseline, buurten);
  }

  /** vulnerableLettings summed over the buurt's neighbours. */
  static int neighbourVulnerable(String buurt, Tally tally, Buurten buurten) {
    int sum = 0;
    for (String neighbour : buurten.neighbours(buurt)) {
      sum += vulnerable(tally, neighbour);
    }
    return sum;
  }

  private static int vulnerable(Tally tally, String buurt) {
    Tally.Buurt counts = tally.of(buurt);
    return counts == null ? 0 : counts.vulnerableLettings;
  }

  /**
   * Each household moving in replaces one moving out. The index is the mean over a buurt's
   * households of each household's index points, so the households moving out (like the
   * buurt's, on average) take the buurt's index each, and those moving in bring their own:
   * (points in − movers × index) ÷ dwellings. Null where the index or the dwellings are unknown.
   */
  static Double projectedIndexChange(Tally.Buurt buurt, Double index, int dwellings) {
    if (index == null || dwellings == 0) {
      return null;
    }
    int movers = buurt.lettings + buurt.clientsPlaced;
    return round((buurt.indexPoints - movers * index) / dwellings, 2);
  }

  private static Double share(int part, int whole) {
    return whole == 0 ? null : round((double) part / whole, 4);
  }

  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int middle = sorted.size() / 2;
    double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    return round(median, 1);
  }

  /** Rounded half up to the given decimals, never negative zero, so the same value always prints the same. */
  public static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    double rounded = Math.round(value * scale) / scale;
    return rounded == 0 ? 0.0 : rounded;
  }
}
