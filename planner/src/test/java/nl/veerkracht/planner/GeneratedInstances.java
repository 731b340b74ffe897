package nl.veerkracht.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.Article;
import nl.veerkracht.scenario.CareProvider;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.ClientGroup;
import nl.veerkracht.scenario.Designation;
import nl.veerkracht.scenario.IncomeSource;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.Screening;
import nl.veerkracht.scenario.SupportLevel;
import nl.veerkracht.scenario.Unit;

/**
 * Random direct-mediation scenarios for the tests and the benchmark: streets of five per buurt
 * with a decided capacity of 0 to 4, dwellings with rents around the aftoppingsgrenzen, some
 * step-free, art. 8 and art. 10 designations, and clients mostly on low incomes with a support
 * level, care provider, wishes and buurten to avoid. The same seed gives the same scenario.
 */
public final class GeneratedInstances {

  static final LocalDate DATE = LocalDate.of(2026, 3, 1);
  private static final int STREETS_PER_BUURT = 5;
  private static final String[] PROVIDERS = {"Pameijer", "Lelie zorggroep", "Antes", "Leger des Heils", "Middin"};

  private final Random random;
  private final int buurten;

  private GeneratedInstances(long seed, int streets) {
    this.random = new Random(seed);
    this.buurten = (streets + STREETS_PER_BUURT - 1) / STREETS_PER_BUURT;
  }

  /** A scenario with this many clients, direct offers (every unit is one) and streets. */
  public static Scenario scenario(long seed, int clients, int dwellings, int streets) {
    return new GeneratedInstances(seed, streets).build(clients, dwellings, streets);
  }

  private Scenario build(int clientCount, int dwellingCount, int streetCount) {
    List<Area> areas = new ArrayList<>();
    for (int s = 0; s < streetCount; s++) {
      int buurt = s / STREETS_PER_BUURT;
      areas.add(new Area("ST" + s, "Straat " + s, buurt(buurt), null, 40 + random.nextInt(200),
          random.nextInt(5), List.of(buurt(Math.max(0, buurt - 1)), buurt(Math.min(buurten - 1, buurt + 1))), null,
          null));
    }
    List<Unit> units = new ArrayList<>();
    for (int u = 0; u < dwellingCount; u++) {
      // every street gets at least one dwelling, the rest at random
      String street = u < streetCount ? "ST" + u : "ST" + random.nextInt(streetCount);
      units.add(new Unit("U" + u, street, rent(), 1 + random.nextInt(4), random.nextInt(10) < 4, "Woonstad", null));
    }
    List<CareProvider> providers = new ArrayList<>();
    for (String name : PROVIDERS) {
      providers.add(new CareProvider(name, List.of(buurt(random.nextInt(buurten)), buurt(random.nextInt(buurten)))));
    }
    List<Client> clients = new ArrayList<>();
    for (int c = 0; c < clientCount; c++) {
      clients.add(client("C" + c));
    }
    return new Scenario(Scenario.FORMAT, DATE, null, areas, designations(), null, null, units, null, null, clients,
        providers, units.stream().map(Unit::id).toList());
  }

  private List<Designation> designations() {
    List<Designation> designations = new ArrayList<>();
    for (int b = 0; b < buurten; b++) {
      int draw = random.nextInt(10);
      if (draw < 2) {
        Article article = draw == 0 ? Article.WBMGP_8 : Article.WBMGP_10;
        designations.add(new Designation("D" + b, article, null, List.of(buurt(b)), DATE.minusYears(1),
            DATE.plusYears(2), null, null, null));
      }
    }
    return designations;
  }

  /** Most rents at or below the aftoppingsgrens laag (713.02 in 2026), the rest up to the free sector. */
  private BigDecimal rent() {
    int draw = random.nextInt(20);
    double rent = draw < 12 ? 480 + random.nextInt(233) : draw < 16 ? 714 + random.nextInt(50)
        : draw < 19 ? 765 + random.nextInt(160) : 940 + random.nextInt(200);
    return BigDecimal.valueOf(rent).setScale(2, RoundingMode.HALF_UP);
  }

  private Client client(String id) {
    int size = random.nextInt(10) < 7 ? 1 : random.nextInt(10) < 5 ? 2 : 3 + random.nextInt(2);
    IncomeSource source = pick(IncomeSource.SOCIAL_ASSISTANCE, IncomeSource.SOCIAL_ASSISTANCE,
        IncomeSource.DISABILITY_BENEFIT, IncomeSource.EMPLOYMENT, IncomeSource.OTHER);
    int income = source == IncomeSource.EMPLOYMENT ? 22000 + random.nextInt(40000) : 13000 + random.nextInt(8000);
    SupportLevel support = pick(SupportLevel.LIGHT, SupportLevel.LIGHT, SupportLevel.MEDIUM, SupportLevel.MEDIUM,
        SupportLevel.INTENSIVE);
    Screening screening = random.nextInt(20) == 0 ? Screening.NEGATIVE : pick(Screening.NONE, Screening.CLEAR);
    List<String> excluded = random.nextInt(10) < 3 ? List.of(buurt(random.nextInt(buurten))) : List.of();
    List<String> preferred = random.nextBoolean()
        ? List.of(buurt(random.nextInt(buurten)), buurt(random.nextInt(buurten))) : List.of();
    return new Client(id, pick(ClientGroup.values()), support, PROVIDERS[random.nextInt(PROVIDERS.length)], size,
        false, BigDecimal.valueOf(income), source, BigDecimal.valueOf(random.nextInt(20)), screening, null,
        random.nextInt(10) < 2, excluded, preferred, DATE.minusDays(random.nextInt(900)));
  }

  private static String buurt(int index) {
    return String.format("BU0599%04d", index);
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }
}
