package nl.veerkracht.rules.letting;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.veerkracht.rules.HouseholdType;
import nl.veerkracht.rules.LegalParameters;
import nl.veerkracht.rules.YearParameters;
import nl.veerkracht.scenario.Activity;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.Article;
import nl.veerkracht.scenario.Designation;
import nl.veerkracht.scenario.IncomeSource;
import nl.veerkracht.scenario.OwnerState;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.Screening;
import nl.veerkracht.scenario.Seeker;
import nl.veerkracht.scenario.Share;
import nl.veerkracht.scenario.Unit;
import nl.veerkracht.scenario.Urgency;
import nl.veerkracht.scenario.UrgentQuota;
import nl.veerkracht.scenario.Vacancy;

/**
 * Random valid scenarios for the differential property test and the benchmark: incomes and
 * rents on, just below and just above the thresholds, designations (art. 8, 9 with partial
 * shares and prior vacancies, 10) whose validity starts or ends inside the period, buurtquota
 * and owner counters near their limits, urgencies that expire during the period, policy
 * overrides, and letting periods that may cross 1 January. The same seed gives the same scenario.
 */
public final class ScenarioGenerator {

  /** How large a scenario is and whether it may cross into the next year. */
  public record Shape(int buurten, int streetsPerBuurt, int vacancies, int seekers, int respondentsPerVacancy,
      int days, boolean mayCrossYear, boolean policyOverrides) {

    /** Small scenarios that stress the rules' boundaries: few seekers, many shared respondents. */
    public static Shape small(Random random) {
      return new Shape(1 + random.nextInt(3), 1 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(14),
          1 + random.nextInt(10), 1 + random.nextInt(60), true, true);
    }

    /** A year of lettings in a city: many buurten, a large seeker pool. */
    public static Shape year(int vacancies, int respondentsPerVacancy) {
      return new Shape(60, 5, vacancies, Math.max(respondentsPerVacancy * 4, vacancies * 5), respondentsPerVacancy, 365,
          false, false);
    }

    /** One vacancy with many respondents. */
    public static Shape oneVacancy(int respondents) {
      return new Shape(3, 3, 1, respondents, respondents, 1, false, false);
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final String[] OWNERS = {"Woonstad", "Havensteder", "Vestia", "Woonbron"};
  private static final String[] SHARES = {"1", "0.5", "2/3", "0.6667", "1/3", "0.25", "3/7", "0.75"};
  private static final String[] QUOTAS = {"0", "0.1", "0.25", "1/3", "0.5", "0.75", "1"};

  private final Random random;
  private final Shape shape;
  private final int firstYear;
  private final LocalDate start;
  private final boolean crossYear;
  private final ObjectNode policy;

  public ScenarioGenerator(long seed, Shape shape) {
    this.random = new Random(seed);
    this.shape = shape;
    this.crossYear = shape.mayCrossYear() && random.nextInt(3) == 0;
    // crossing into 2027 needs a policy that adds the year's parameters
    this.firstYear = random.nextBoolean() && (!crossYear || shape.policyOverrides()) ? 2026 : 2025;
    this.start = crossYear
        ? LocalDate.of(firstYear, 12, 31).minusDays(random.nextInt(Math.max(1, shape.days())))
        : LocalDate.of(firstYear, 1, 1).plusDays(random.nextInt(Math.max(1, 366 - shape.days())));
    this.policy = shape.policyOverrides() ? NODES.objectNode() : null;
  }

  public Scenario generate() {
    List<Area> areas = areas();
    List<String> buurten = areas.stream().map(Area::buurt).distinct().toList();
    List<Designation> designations = designations(areas, buurten);
    List<Unit> units = units(areas);
    List<Seeker> seekers = seekers();
    List<Vacancy> vacancies = vacancies(units, seekers);
    if (policy != null) {
      policy(designations);
    }
    return new Scenario(Scenario.FORMAT, start, policy, areas, designations, urgentQuotas(buurten), ownerState(),
        units, seekers, vacancies, List.of(), List.of(), List.of());
  }

  private List<Area> areas() {
    List<Area> areas = new ArrayList<>();
    for (int b = 0; b < shape.buurten(); b++) {
      String buurt = String.format("BU0599%04d", 1000 + b * 7);
      for (int s = 0; s < shape.streetsPerBuurt(); s++) {
        String street = "ST" + (b * shape.streetsPerBuurt() + s);
        areas.add(new Area(street, "Straat " + street, buurt, "Buurt " + b, 100, null, null, null, null));
      }
    }
    return areas;
  }

  private List<Designation> designations(List<Area> areas, List<String> buurten) {
    List<Designation> designations = new ArrayList<>();
    int count = shape.buurten() * 2;
    for (int i = 0; i < count; i++) {
      Article article = random.nextBoolean() ? Article.WBMGP_8 : Article.WBMGP_10;
      designations.add(designation("D" + i, article, areas, buurten, null, null));
    }
    for (int b = 0; b < buurten.size(); b++) {
      if (random.nextInt(4) > 0) {
        // at most one art. 9 designation per buurt: on the buurt or on some of its streets
        String buurt = buurten.get(b);
        List<Area> own = areas.stream().filter(a -> a.buurt().equals(buurt)).toList();
        designations.add(designation("D9-" + b, Article.WBMGP_9, own, List.of(buurt),
            random.nextInt(3) == 0 ? null : share(pick(SHARES)), random.nextInt(3) == 0 ? null : random.nextInt(6)));
      }
    }
    return designations;
  }

  private Designation designation(String id, Article article, List<Area> areas, List<String> buurten, Share share,
      Integer prior) {
    List<String> streets = null;
    List<String> inBuurten = null;
    if (random.nextBoolean()) {
      inBuurten = List.of(pick(buurten));
    } else {
      Set<String> picked = new LinkedHashSet<>();
      for (int i = 0; i <= random.nextInt(2); i++) {
        picked.add(areas.get(random.nextInt(areas.size())).street());
      }
      streets = List.copyOf(picked);
    }
    LocalDate from;
    LocalDate to;
    if (random.nextInt(3) == 0) {
      // validity that starts or ends inside the letting period
      LocalDate edge = dateInPeriod();
      from = random.nextBoolean() ? edge : edge.minusYears(2);
      to = from == edge ? edge.plusYears(1) : edge;
    } else {
      from = start.minusYears(1);
      to = start.plusYears(2);
    }
    return new Designation(id, article, streets, inBuurten, from, to, share, prior, null);
  }

  private List<UrgentQuota> urgentQuotas(List<String> buurten) {
    List<UrgentQuota> quotas = new ArrayList<>();
    for (String buurt : buurten) {
      if (random.nextBoolean()) {
        int lettings = random.nextInt(12);
        Integer soFar = random.nextInt(4) == 0 ? null : lettings;
        Integer urgentSoFar = soFar == null || random.nextInt(4) == 0 ? null : random.nextInt(lettings + 1);
        quotas.add(new UrgentQuota(buurt, share(pick(QUOTAS)), soFar, urgentSoFar));
      }
    }
    return quotas;
  }

  private List<OwnerState> ownerState() {
    List<OwnerState> states = new ArrayList<>();
    for (String owner : OWNERS) {
      if (random.nextInt(3) > 0) {
        int daeb = random.nextInt(40);
        int passend = random.nextInt(40);
        states.add(new OwnerState(owner, daeb, Math.min(daeb, random.nextInt(5)), passend,
            Math.min(passend, random.nextInt(4))));
      }
    }
    return states;
  }

  private List<Unit> units(List<Area> areas) {
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < shape.vacancies(); i++) {
      String street = areas.get(random.nextInt(areas.size())).street();
      units.add(new Unit("U" + i, street, rent(), 1 + random.nextInt(5), random.nextBoolean(),
          OWNERS[random.nextInt(OWNERS.length)], null));
    }
    return units;
  }

  private BigDecimal rent() {
    YearParameters year = parameters(firstYear);
    return switch (random.nextInt(5)) {
      case 0 -> near(year.aftoppingsgrensLaag());
      case 1 -> near(year.aftoppingsgrensHoog());
      case 2 -> near(year.daebRentLimit());
      default -> BigDecimal.valueOf(45000 + random.nextInt(60000), 2);
    };
  }

  private List<Seeker> seekers() {
    List<Seeker> seekers = new ArrayList<>();
    for (int i = 0; i < shape.seekers(); i++) {
      int size = 1 + random.nextInt(5);
      boolean aow = random.nextInt(5) == 0;
      IncomeSource source = IncomeSource.values()[random.nextInt(IncomeSource.values().length)];
      List<Activity> activities = switch (random.nextInt(6)) {
        case 0 -> List.of(Activity.VOLUNTEER_WORK);
        case 1 -> List.of(Activity.ARTIST);
        case 2 -> List.of(Activity.ARTIST, Activity.VOLUNTEER_WORK);
        default -> null;
      };
      Urgency urgency = random.nextInt(4) == 0
          ? new Urgency(Urgency.Ground.values()[random.nextInt(Urgency.Ground.values().length)],
              start.plusDays(random.nextInt(shape.days() + 1) - 2L))
          : null;
      Screening screening = random.nextInt(5) == 0 ? null : Screening.values()[random.nextInt(4)];
      Boolean hardship = random.nextInt(3) == 0 ? null : random.nextInt(4) == 0;
      LocalDate registered = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(shape.seekers() < 50 ? 20 : 7000));
      seekers.add(new Seeker("S" + i, size, aow, income(size, aow), source, activities, yearsInRegion(), registered,
          urgency, screening, hardship));
    }
    return seekers;
  }

  private BigDecimal income(int size, boolean aow) {
    YearParameters year = parameters(random.nextInt(4) == 0 && crossYear ? firstYear + 1 : firstYear);
    return switch (random.nextInt(4)) {
      case 0 -> nearWhole(year.passendIncomeLimit().get(HouseholdType.of(size, aow)));
      case 1 -> nearWhole(year.daebIncomeLimitFor(size));
      default -> BigDecimal.valueOf(12000 + random.nextInt(50000));
    };
  }

  private BigDecimal yearsInRegion() {
    return switch (random.nextInt(6)) {
      case 0 -> new BigDecimal("6");
      case 1 -> new BigDecimal("5.99");
      case 2 -> new BigDecimal("6.0");
      case 3 -> new BigDecimal("5.5");
      default -> BigDecimal.valueOf(random.nextInt(30));
    };
  }

  private List<Vacancy> vacancies(List<Unit> units, List<Seeker> seekers) {
    List<Vacancy> vacancies = new ArrayList<>();
    for (Unit unit : units) {
      // large shapes take exactly their number of respondents, small ones a random number up to it
      int count = Math.min(seekers.size(), shape.respondentsPerVacancy() >= 100
          ? shape.respondentsPerVacancy() : 1 + random.nextInt(shape.respondentsPerVacancy()));
      Set<String> respondents = new LinkedHashSet<>();
      while (respondents.size() < count) {
        respondents.add(seekers.get(random.nextInt(seekers.size())).id());
      }
      vacancies.add(new Vacancy(unit.id(), dateInPeriod(), List.copyOf(respondents)));
    }
    return vacancies;
  }

  private void policy(List<Designation> designations) {
    policy.put("name", "generated");
    if (random.nextBoolean()) {
      policy.put("art9AboveUrgent", random.nextBoolean());
    }
    if (random.nextInt(3) == 0) {
      putShare(policy, "art9ShareOverride", pick(SHARES));
    }
    if (random.nextInt(3) == 0) {
      putShare(policy, "urgentQuotaDefault", pick(QUOTAS));
    }
    if (random.nextInt(4) == 0) {
      policy.put("art8MinYearsInRegion", new BigDecimal(random.nextBoolean() ? "5.5" : "3"));
    }
    if (random.nextInt(4) == 0) {
      ArrayNode sources = policy.putArray("art8IncomeSources");
      sources.add("EMPLOYMENT");
      sources.add("SOCIAL_ASSISTANCE");
    }
    if (random.nextInt(4) == 0) {
      ArrayNode characteristics = policy.putArray("art9Characteristics");
      characteristics.add("ARTIST");
      characteristics.add("PENSION");
    }
    if (random.nextInt(3) == 0) {
      policy.putObject("years").putObject(String.valueOf(firstYear)).putObject("passendIncomeLimit")
          .put("SINGLE", parameters(firstYear).passendIncomeLimit().get(HouseholdType.SINGLE).add(BigDecimal.TEN));
    }
    if (crossYear && firstYear == 2026) {
      ObjectNode years = policy.has("years") ? (ObjectNode) policy.get("years") : policy.putObject("years");
      years.set("2027", LegalParametersJson.year2027());
    }
    if (random.nextInt(4) == 0 && !designations.isEmpty()) {
      Designation removed = designations.get(random.nextInt(designations.size()));
      policy.putArray("designationsRemove").add(removed.id());
      if (random.nextBoolean()) {
        ObjectNode replacement = policy.putArray("designationsAdd").addObject();
        replacement.put("id", removed.id());
        replacement.put("article", removed.article().code());
        ArrayNode where = replacement.putArray(removed.streets() != null ? "streets" : "buurten");
        (removed.streets() != null ? removed.streets() : removed.buurten()).forEach(where::add);
        replacement.put("validFrom", removed.validFrom().toString());
        replacement.put("validTo", removed.validTo().toString());
        if (removed.article() == Article.WBMGP_9) {
          putShare(replacement, "share", pick(SHARES));
          replacement.put("priorVacancies", random.nextInt(4));
        }
      }
    }
  }

  private LocalDate dateInPeriod() {
    return start.plusDays(random.nextInt(Math.max(1, shape.days())));
  }

  /** A threshold itself, a cent below or a cent above it. */
  private BigDecimal near(BigDecimal threshold) {
    return threshold.add(BigDecimal.valueOf(random.nextInt(3) - 1, 2));
  }

  /** A threshold itself, a euro below or above it, or a cent above it. */
  private BigDecimal nearWhole(BigDecimal threshold) {
    return switch (random.nextInt(4)) {
      case 0 -> threshold;
      case 1 -> threshold.subtract(BigDecimal.ONE);
      case 2 -> threshold.add(BigDecimal.ONE);
      default -> threshold.add(new BigDecimal("0.01"));
    };
  }

  private static YearParameters parameters(int year) {
    return LegalParameters.bundled().forYear(year)
        .orElseGet(() -> LegalParameters.of(LegalParametersJson.document2027()).forYear(year).orElseThrow());
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static Share share(String written) {
    return written.contains("/") ? Share.parseFraction(written) : Share.ofDecimal(new BigDecimal(written));
  }

  private static void putShare(ObjectNode node, String field, String written) {
    if (written.contains("/")) {
      node.put(field, written);
    } else {
      node.put(field, new BigDecimal(written));
    }
  }

  /** A complete 2027 entry for policies whose letting period crosses into 2027. */
  static final class LegalParametersJson {

    private LegalParametersJson() {
    }

    static ObjectNode year2027() {
      ObjectNode year = NODES.objectNode();
      ObjectNode passend = year.putObject("passendIncomeLimit");
      passend.put("SINGLE", new BigDecimal("30100"));
      passend.put("SINGLE_AOW", new BigDecimal("29450"));
      passend.put("MULTI", new BigDecimal("40900"));
      passend.put("MULTI_AOW", new BigDecimal("39600"));
      year.put("aftoppingsgrensLaag", new BigDecimal("730.10"));
      year.put("aftoppingsgrensHoog", new BigDecimal("782.45"));
      year.put("kwaliteitskortingsgrens", new BigDecimal("510.00"));
      year.put("daebRentLimit", new BigDecimal("955.20"));
      ObjectNode daeb = year.putObject("daebIncomeLimit");
      daeb.put("SINGLE", new BigDecimal("52800"));
      daeb.put("MULTI", new BigDecimal("58300"));
      year.put("daebFreeShare", "1/10");
      year.put("passendExceptionShare", new BigDecimal("0.05"));
      return year;
    }

    static ObjectNode document2027() {
      ObjectNode document = NODES.objectNode();
      document.putObject("years").set("2027", year2027());
      return document;
    }
  }
}
