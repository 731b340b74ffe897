package nl.veerkracht.democity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.veerkracht.rules.LegalParameters;
import nl.veerkracht.rules.YearParameters;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.Seeker;
import nl.veerkracht.scenario.Unit;

/**
 * The demo city: Rotterdam's 71 real buurten with their real figures ({@link RotterdamData}),
 * and, generated inside them from a seed and calibrated to those figures, what no public data
 * holds: streets, corporation dwellings, seekers, clients, designations and a month of
 * lettings (see {@code docs/data.md}). The same seed and scale always give the same scenario.
 */
public final class DemoCity {

  public static final long DEFAULT_SEED = 7;
  /** The date of the scenario; the vacancies are those of the month that starts on it. */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 3, 1);
  /** The year of the real figures the generated parts are calibrated to: the latest Wijkprofiel. */
  public static final int FIGURES_YEAR = 2016;

  private DemoCity() {
  }

  /** The whole city. */
  public static Scenario generate(long seed) {
    return generate(seed, 1);
  }

  /**
   * A city whose generated parts (dwellings, seekers, clients and so lettings) are {@code scale}
   * times those of the whole city, in the same real buurten with the same shares: 0.01 makes a
   * small city for tests.
   */
  public static Scenario generate(long seed, double scale) {
    if (!(scale > 0 && scale <= 1)) {
      throw new IllegalArgumentException("scale must be in (0, 1]: " + scale);
    }
    RotterdamData data = RotterdamData.bundled();
    YearParameters limits = LegalParameters.bundled().forYear(REFERENCE_DATE.getYear()).orElseThrow();
    List<DemoStreet> streets = StreetPlan.streets(data, seed, scale);
    List<Unit> units = new UnitGenerator(data, limits, seed).units(streets);
    List<ActiveSeeker> active = new SeekerGenerator(data, seed, scale, REFERENCE_DATE).seekers();
    List<Seeker> seekers = active.stream().map(ActiveSeeker::seeker).toList();
    ClientGenerator clientGenerator = new ClientGenerator(data, seed, scale, REFERENCE_DATE);
    List<Client> clients = clientGenerator.clients();
    LettingGenerator.Lettings lettings = new LettingGenerator(seed, limits, REFERENCE_DATE)
        .lettings(streets, units, active, clients.size());
    return new Scenario(Scenario.FORMAT, REFERENCE_DATE, null, areas(streets, seed, scale),
        DemoDesignations.designations(data, streets), List.of(), lettings.ownerState(), units, seekers,
        lettings.vacancies(), clients, clientGenerator.careProviders(), lettings.directOffers());
  }

  private static List<Area> areas(List<DemoStreet> streets, long seed, double scale) {
    int[] placements = RecentPlacements.perStreet(streets, seed, scale);
    List<Area> areas = new ArrayList<>(streets.size());
    for (int i = 0; i < streets.size(); i++) {
      areas.add(StreetIndicators.area(streets.get(i), placements[i]));
    }
    return areas;
  }
}
