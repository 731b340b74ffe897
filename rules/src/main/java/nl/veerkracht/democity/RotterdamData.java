package nl.veerkracht.democity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import nl.veerkracht.democity.BuurtContext.BuildPeriod;
import nl.veerkracht.democity.BuurtContext.DwellingType;
import nl.veerkracht.democity.BuurtContext.HouseholdKind;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Geometry;

/**
 * The real public figures of Rotterdam's 71 Wijkprofiel neighbourhoods, bundled with the code
 * (see {@code opendata/NOTICE.md} for sources and licences): names, codes, outlines and neighbours,
 * the Wijkprofiel 2014 and 2016, the Context 2015 sheet, the RIVM health estimates and the
 * Leefbaarometer scores of their CBS wijk. Also the city-wide figures, for comparison.
 */
public final class RotterdamData {

  public static final List<Integer> WIJKPROFIEL_YEARS = List.of(2014, 2016);
  public static final List<Integer> HEALTH_YEARS = List.of(2012, 2016, 2020);
  public static final List<Integer> LIVEABILITY_YEARS = List.of(2012, 2014, 2016);

  /** The Wijkprofiel numbers below this are neighbourhoods; 4000 and up are larger areas and the city. */
  private static final int FIRST_LARGER_AREA = 4000;
  private static final int CITY_WIJKNR = 5000;
  private static final String CITY_HEALTH_CODE = "GM0599";
  private static final String CODE_PREFIX = "WP0599";

  private static final String FOLDER = "opendata/";
  private static final RotterdamData BUNDLED = load();

  private final List<Buurt> buurten;
  private final Map<String, Buurt> byCode;
  private final BuurtContext cityContext;
  private final Map<Integer, WijkprofielYear> cityWijkprofiel;
  private final Map<Integer, HealthYear> cityHealth;

  private RotterdamData(List<Buurt> buurten, BuurtContext cityContext, Map<Integer, WijkprofielYear> cityWijkprofiel,
      Map<Integer, HealthYear> cityHealth) {
    this.buurten = List.copyOf(buurten);
    this.byCode = new HashMap<>();
    buurten.forEach(buurt -> byCode.put(buurt.code(), buurt));
    this.cityContext = cityContext;
    this.cityWijkprofiel = Map.copyOf(cityWijkprofiel);
    this.cityHealth = Map.copyOf(cityHealth);
  }

  /** The bundled data, read once. */
  public static RotterdamData bundled() {
    return BUNDLED;
  }

  /** The 71 buurten in code order. */
  public List<Buurt> buurten() {
    return buurten;
  }

  public Optional<Buurt> buurt(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Rotterdam as a whole in the Context sheet. */
  public BuurtContext cityContext() {
    return cityContext;
  }

  /** Rotterdam as a whole in the Wijkprofiel (scaled so that 2014 = 100). */
  public WijkprofielYear cityWijkprofiel(int year) {
    return cityWijkprofiel.get(year);
  }

  /** Rotterdam as a whole in the RIVM estimates. */
  public HealthYear cityHealth(int year) {
    return cityHealth.get(year);
  }

  private static RotterdamData load() {
    Map<Integer, List<CSVRecord>> crosswalk = crosswalk();
    Map<Integer, String> codes = codes(crosswalk);
    Map<String, List<String>> cbsBuurtenByCode = new LinkedHashMap<>();
    crosswalk.forEach((wijknr, rows) -> cbsBuurtenByCode.put(codes.get(wijknr),
        rows.stream().map(row -> row.get("cbs_bu_code")).toList()));
    Map<String, Geometry> outlines = BuurtGeometry.outlines(cbsBuurtenByCode, BuurtGeometry.cbsBuurten());
    Map<String, List<String>> neighbours = BuurtGeometry.neighbours(outlines);

    Map<String, CSVRecord> context = CsvTable.read(FOLDER + "context2015_rotterdam_wijken.csv").byKey(RotterdamData::wijknr);
    Map<Integer, Map<String, WijkprofielYear>> wijkprofiel = new TreeMap<>();
    WIJKPROFIEL_YEARS.forEach(year -> wijkprofiel.put(year, wijkprofielYear(year)));
    Map<Integer, Map<String, HealthYear>> health = new TreeMap<>();
    HEALTH_YEARS.forEach(year -> health.put(year, healthYear(year)));
    Map<Integer, Map<String, WijkLiveability>> liveability = liveability();

    List<Buurt> buurten = new ArrayList<>();
    crosswalk.forEach((wijknr, rows) -> {
      String code = codes.get(wijknr);
      List<String> cbsBuurten = cbsBuurtenByCode.get(code);
      String key = String.valueOf(wijknr);
      buurten.add(new Buurt(code, wijknr, rows.get(0).get("buurt85_naam"), rows.get(0).get("gebied"), cbsBuurten,
          outlines.get(code), neighbours.get(code), context(context.get(key)),
          byYear(wijkprofiel, year -> year.get(key)),
          byYear(health, year -> mean(cbsBuurten.stream().map(cbs -> required(year, cbs)).toList())),
          byYear(liveability, year -> year.get(Buurt.cbsWijkOf(cbsBuurten.get(0))))));
    });
    buurten.sort(Comparator.comparing(Buurt::code));
    String city = String.valueOf(CITY_WIJKNR);
    return new RotterdamData(buurten, context(context.get(city)), byYear(wijkprofiel, year -> year.get(city)),
        byYear(health, year -> year.get(CITY_HEALTH_CODE)));
  }

  /** The crosswalk rows of each neighbourhood (wijknr), in wijknr order. */
  private static Map<Integer, List<CSVRecord>> crosswalk() {
    Map<Integer, List<CSVRecord>> byWijknr = new TreeMap<>();
    for (CSVRecord row : CsvTable.read(FOLDER + "crosswalk_wijkprofiel_wijknr_cbs_buurt.csv").records()) {
      int wijknr = CsvTable.wholeNumber(row, "wijknr");
      if (wijknr < FIRST_LARGER_AREA) {
        byWijknr.computeIfAbsent(wijknr, n -> new ArrayList<>()).add(row);
      }
    }
    return byWijknr;
  }

  /**
   * The CBS buurt code where an area is exactly one CBS buurt that no other area shares;
   * otherwise {@code WP0599} and the four-digit wijknr.
   */
  private static Map<Integer, String> codes(Map<Integer, List<CSVRecord>> crosswalk) {
    Map<String, Integer> areasPerCbsBuurt = new HashMap<>();
    crosswalk.values().forEach(rows -> rows.forEach(row -> areasPerCbsBuurt.merge(row.get("cbs_bu_code"), 1, Integer::sum)));
    Map<Integer, String> codes = new TreeMap<>();
    crosswalk.forEach((wijknr, rows) -> {
      String cbsCode = rows.get(0).get("cbs_bu_code");
      boolean ownCbsBuurt = rows.size() == 1 && areasPerCbsBuurt.get(cbsCode) == 1;
      codes.put(wijknr, ownCbsBuurt ? cbsCode : CODE_PREFIX + String.format("%04d", wijknr));
    });
    return codes;
  }

  private static Map<String, WijkprofielYear> wijkprofielYear(int year) {
    Map<String, CSVRecord> social = CsvTable.read(FOLDER + "wijkprofiel_SI_" + year + ".csv").byKey(RotterdamData::wijknr);
    Map<String, CSVRecord> safety = CsvTable.read(FOLDER + "wijkprofiel_VI_" + year + ".csv").byKey(RotterdamData::wijknr);
    Map<String, WijkprofielYear> byWijknr = new HashMap<>();
    social.forEach((wijknr, si) -> {
      CSVRecord vi = safety.get(wijknr);
      byWijknr.put(wijknr, new WijkprofielYear(
          CsvTable.number(si, "HuishoudensMetLaagInkomen_p"),
          CsvTable.number(si, "Bijstandsontvangers_p"),
          CsvTable.number(si, "nieuwkomers_p"),
          CsvTable.number(si, "SlechteGezondheid_p"),
          CsvTable.number(si, "arbeidsongeschikt_p"),
          CsvTable.number(si, "langverblijfrotterdam_p"),
          CsvTable.number(si, "mutatiegraad_p"),
          CsvTable.number(si, "Vrijwilligers_p"),
          CsvTable.number(si, "SI"),
          CsvTable.number(vi, "VI"),
          CsvTable.number(vi, "VIs5"),
          CsvTable.number(vi, "VIo5")));
    });
    return byWijknr;
  }

  /**
   * RIVM estimates by CBS code (buurt, wijk or gemeente), percentages turned into fractions.
   * Rows without an anxiety estimate (some port and business areas) are left out.
   */
  private static Map<String, HealthYear> healthYear(int year) {
    Map<String, HealthYear> byCode = new HashMap<>();
    for (CSVRecord row : CsvTable.read(FOLDER + "rotterdam_gezondheid_18plus_2012_2016_2020.csv")
        .where(row -> row.get("jaar").equals(String.valueOf(year)))) {
      Double anxiety = CsvTable.percentageOrNull(row, "HoogRisicoOpAngstOfDepressie_25");
      if (anxiety != null) {
        byCode.put(row.get("code"),
            new HealthYear(anxiety, CsvTable.percentageOrNull(row, "EenOfMeerLangdurigeAandoeningen_16")));
      }
    }
    return byCode;
  }

  private static Map<Integer, Map<String, WijkLiveability>> liveability() {
    Map<Integer, Map<String, WijkLiveability>> byYear = new TreeMap<>();
    for (CSVRecord row : CsvTable.read(FOLDER + "lbm2_meting2016_wijk_rotterdam_dimensiescores_stand_2012_2014_2016.csv")
        .where(row -> !row.get("RLBRMTR").isBlank())) {
      byYear.computeIfAbsent(CsvTable.wholeNumber(row, "JAAR"), y -> new HashMap<>()).put(row.get("GBD"),
          new WijkLiveability(row.get("GBD"), CsvTable.number(row, "RLBRMTR"), CsvTable.number(row, "RLBVEI")));
    }
    return byYear;
  }

  private static BuurtContext context(CSVRecord row) {
    return new BuurtContext(
        CsvTable.wholeNumber(row, "Aantal inwoners"),
        CsvTable.wholeNumber(row, "aantal woningen"),
        CsvTable.wholeNumber(row, "aantal huishoudens"),
        CsvTable.number(row, "Eigendom 1-1-2015 | soc huur"),
        CsvTable.number(row, "Eigendom 1-1-2015 | part huur"),
        CsvTable.number(row, "Eigendom 1-1-2015 | koop"),
        CsvTable.number(row, "Huishoudinkomen (gestandaardiseerd) 1-1-2014 | laagste 40%"),
        CsvTable.number(row, "leeftijdsklasse 1-1-2015 | 65 jr en ouder"),
        CsvTable.number(row, "etniciteit 1-1-2015 | niet-westers allochtoon"),
        mix(row, HouseholdKind.class, kind -> kind.column),
        mix(row, BuildPeriod.class, period -> period.column),
        mix(row, DwellingType.class, type -> type.column));
  }

  /** The shares of the given columns, normalised to sum to one; blank cells count as zero. */
  private static <E extends Enum<E>> Map<E, Double> mix(CSVRecord row, Class<E> kinds, Function<E, String> column) {
    Map<E, Double> shares = new EnumMap<>(kinds);
    for (E kind : kinds.getEnumConstants()) {
      shares.put(kind, CsvTable.numberOrZero(row, column.apply(kind)));
    }
    double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
    shares.replaceAll((kind, share) -> share / total);
    return shares;
  }

  /** The unweighted mean of the estimates of several CBS buurten. */
  private static HealthYear mean(List<HealthYear> parts) {
    double anxiety = parts.stream().mapToDouble(HealthYear::anxietyDepressionHighRisk).average().orElseThrow();
    boolean conditionsKnown = parts.stream().allMatch(part -> part.longTermConditions() != null);
    Double conditions = conditionsKnown
        ? parts.stream().mapToDouble(HealthYear::longTermConditions).average().orElseThrow()
        : null;
    return new HealthYear(anxiety, conditions);
  }

  private static HealthYear required(Map<String, HealthYear> health, String cbsBuurt) {
    HealthYear figures = health.get(cbsBuurt);
    if (figures == null) {
      throw new IllegalStateException("no RIVM figures for " + cbsBuurt);
    }
    return figures;
  }

  /** What {@code pick} finds in each year; years where it finds nothing are left out. */
  private static <T, R> Map<Integer, R> byYear(Map<Integer, T> years, Function<T, R> pick) {
    Map<Integer, R> result = new TreeMap<>();
    years.forEach((year, values) -> {
      R value = pick.apply(values);
      if (value != null) {
        result.put(year, value);
      }
    });
    return result;
  }

  private static String wijknr(CSVRecord row) {
    return String.valueOf(CsvTable.wholeNumber(row, "wijknr"));
  }
}
