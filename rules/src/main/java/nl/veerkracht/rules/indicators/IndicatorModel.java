package nl.veerkracht.rules.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.IndicatorValues;

/**
 * The indicator model of the report, per buurt and per street: the vulnerable-group index and
 * its trend, nuisance relative to the city and its trend, the typology, and each street's
 * adaptive capacity with its explanation. Streets without values of their own inherit their
 * buurt's (the dwelling-weighted mean of the streets that have them). The reference is the
 * city (all areas) in the first year of the period, so that a city-wide rise shows.
 */
public final class IndicatorModel {

  /** An indicator of the scenario format. */
  enum Field {
    LOWEST_INCOME("lowestIncomeShare", true, IndicatorValues::lowestIncomeShare),
    SOCIAL_ASSISTANCE("socialAssistanceShare", true, IndicatorValues::socialAssistanceShare),
    REFUGEE_ORIGIN("refugeeOriginShare", false, IndicatorValues::refugeeOriginShare),
    LVB("lvbShare", false, IndicatorValues::lvbShare),
    PSYCHIATRY("psychiatryShare", false, IndicatorValues::psychiatryShare),
    CHRONIC_CONDITIONS("chronicConditionsShare", false, IndicatorValues::chronicConditionsShare),
    CORPORATION("corporationShare", false, IndicatorValues::corporationShare),
    NUISANCE("nuisanceScore", false, IndicatorValues::nuisanceScore);

    final String key;
    final boolean income;
    final Function<IndicatorValues, BigDecimal> reader;

    Field(String key, boolean income, Function<IndicatorValues, BigDecimal> reader) {
      this.key = key;
      this.income = income;
      this.reader = reader;
    }
  }

  /** An area's values in one year; observations may be unknown (null). */
  record Year(Map<Field, Double> values, Integer observations) {
  }

  private final ModelParameters parameters;
  private final Map<String, Map<String, Year>> buurtYears = new HashMap<>();
  private final Map<Field, Double> cityFirst;
  private final Map<Field, Double> cityLast;
  private final String firstYear;
  private final String lastYear;
  /** The change an index must rise by, and a score fall by, to count: the thresholds or the spreads of the changes, the larger. */
  private double risingCut;
  private double worseningCut;

  private IndicatorModel(List<Area> areas, ModelParameters parameters) {
    this.parameters = parameters;
    TreeSet<String> years = new TreeSet<>();
    areas.stream().filter(IndicatorModel::hasOwnValues).forEach(area -> years.addAll(area.indicators().keySet()));
    this.firstYear = years.isEmpty() ? null : years.first();
    this.lastYear = years.isEmpty() ? null : years.last();
    Map<String, List<Area>> byBuurt = new LinkedHashMap<>();
    areas.forEach(area -> byBuurt.computeIfAbsent(area.buurt(), b -> new ArrayList<>()).add(area));
    byBuurt.forEach((buurt, streets) -> buurtYears.put(buurt, aggregate(streets, years)));
    this.cityFirst = firstYear == null ? Map.of() : aggregate(areas, years).get(firstYear).values();
    this.cityLast = lastYear == null ? Map.of() : aggregate(areas, years).get(lastYear).values();
    setChangeCuts();
  }

  /**
   * A change counts only beyond the noise: beyond its threshold and beyond {@code changeSpreads}
   * times the spread of the same change over the buurten (a robust standard deviation, 1.4826 times
   * the median absolute deviation), so that a few points of survey noise do not make a buurt rise
   * or worsen where every buurt moves by as much.
   */
  private void setChangeCuts() {
    List<Double> trends = new ArrayList<>();
    List<Double> nuisanceTrends = new ArrayList<>();
    risingCut = parameters.risingThreshold();
    worseningCut = parameters.worseningThreshold();
    buurtYears.values().forEach(years -> {
      Assessment assessment = assess(years);
      if (assessment.trend() != null) {
        trends.add(assessment.trend());
      }
      if (assessment.nuisanceTrend() != null) {
        nuisanceTrends.add(assessment.nuisanceTrend());
      }
    });
    risingCut = Math.max(risingCut, parameters.changeSpreads() * robustSpread(trends));
    worseningCut = Math.max(worseningCut, parameters.changeSpreads() * robustSpread(nuisanceTrends));
  }

  /** 1.4826 times the median absolute deviation from the median: the standard deviation of normal noise, robust to outliers. */
  static double robustSpread(List<Double> values) {
    if (values.size() < 2) {
      return 0;
    }
    double median = median(values);
    return 1.4826 * median(values.stream().map(value -> Math.abs(value - median)).toList());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /** The full report: every buurt (in order of first appearance), then every street. */
  public static IndicatorReport report(List<Area> areas, ModelParameters parameters) {
    IndicatorModel model = new IndicatorModel(areas, parameters);
    List<AreaIndicators> result = new ArrayList<>();
    Map<String, List<Area>> byBuurt = new LinkedHashMap<>();
    areas.forEach(area -> byBuurt.computeIfAbsent(area.buurt(), b -> new ArrayList<>()).add(area));
    byBuurt.forEach((buurt, streets) -> result.add(model.buurt(buurt, streets)));
    result.addAll(model.streets(areas, byBuurt));
    return new IndicatorReport(model.firstYear == null ? null : Integer.valueOf(model.firstYear),
        model.lastYear == null ? null : Integer.valueOf(model.lastYear), parameters,
        new IndicatorReport.ChangeCuts(round(model.risingCut, 2), round(model.worseningCut, 2)), result);
  }

  /** Each street's adaptive capacity (the scenario's own where given), by street id. */
  public static Map<String, Integer> capacities(List<Area> areas, ModelParameters parameters) {
    Map<String, Integer> capacities = new LinkedHashMap<>();
    report(areas, parameters).areas().stream().filter(area -> area.level().equals("STREET"))
        .forEach(street -> capacities.put(street.code(), street.capacity()));
    return capacities;
  }

  /**
   * The index points one unit of each component's share is worth, by the component's field name
   * ({@code socialAssistanceShare}, ...): 100 × weight ÷ (city share in the first year × the sum
   * of the weights in the index), for the components the city's index rests on. The index is
   * linear in the shares, so an area's index is the sum of these times its shares, and one
   * household of a component adds these points to the sum over a buurt's households.
   */
  public static Map<String, Double> indexPointsPerShare(List<Area> areas, ModelParameters parameters) {
    IndicatorModel model = new IndicatorModel(areas, parameters);
    Map<Field, Double> used = new EnumMap<>(Field.class);
    model.weights().forEach((field, weight) -> {
      Double reference = model.cityFirst.get(field);
      if (weight > 0 && reference != null && reference > 0 && model.cityLast.containsKey(field)) {
        used.put(field, weight);
      }
    });
    double weights = used.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> points = new LinkedHashMap<>();
    used.forEach((field, weight) -> points.put(field.key, 100 * weight / (model.cityFirst.get(field) * weights)));
    return points;
  }

  private AreaIndicators buurt(String code, List<Area> streets) {
    Assessment assessment = assess(buurtYears.get(code));
    int dwellings = streets.stream().mapToInt(Area::dwellings).sum();
    String name = streets.get(0).buurtName() == null ? code : streets.get(0).buurtName();
    return assessment.toArea("BUURT", code, name, null, dwellings, null, null);
  }

  /** The streets in the areas' order, each buurt's room pooled over its streets. */
  private List<AreaIndicators> streets(List<Area> areas, Map<String, List<Area>> byBuurt) {
    Map<String, Integer> pooled = new HashMap<>();
    Map<String, StreetDraft> drafts = new HashMap<>();
    byBuurt.values().forEach(streets -> {
      List<StreetDraft> buurt = streets.stream().map(this::draft).toList();
      buurt.forEach(draft -> drafts.put(draft.area().street(), draft));
      pooled.putAll(RoomPool.pool(buurt.stream().filter(d -> d.room() != null)
          .collect(LinkedHashMap::new, (map, d) -> map.put(d.area().street(), d.room()), Map::putAll)));
    });
    List<AreaIndicators> result = new ArrayList<>();
    for (Area area : areas) {
      StreetDraft draft = drafts.get(area.street());
      int capacity = draft.room() == null ? area.capacity() : pooledCapacity(draft, pooled.get(area.street()));
      result.add(draft.assessment().toArea("STREET", area.street(), area.name(), area.buurt(), area.dwellings(),
          capacity, draft.steps()));
    }
    return result;
  }

  /** What a street's capacity rests on, before its buurt's room is pooled. */
  private record StreetDraft(Area area, Assessment assessment, List<CapacityStep> steps, Double room) {
  }

  private StreetDraft draft(Area area) {
    Map<String, Year> years = hasOwnValues(area) ? ownYears(area) : buurtYears.get(area.buurt());
    Assessment assessment = assess(years);
    List<CapacityStep> steps = new ArrayList<>();
    Assessment basis = assessment;
    if (!assessment.suppressed().isEmpty()) {
      // Too few observations to show the street's own values: its capacity rests on the buurt's,
      // so that a small street is judged neither more leniently nor on values that may not be shown.
      basis = assess(buurtYears.get(area.buurt()));
      steps.add(new CapacityStep("BUURT_VALUES", null, null));
    }
    return new StreetDraft(area, assessment, steps, room(area, basis, steps));
  }

  private Assessment assess(Map<String, Year> years) {
    Year first = years == null || firstYear == null ? null : years.get(firstYear);
    Year last = years == null || lastYear == null ? null : years.get(lastYear);
    TreeSet<String> suppressed = new TreeSet<>();
    Map<Field, Double> firstValues = shown(first, suppressed);
    Map<Field, Double> lastValues = shown(last, suppressed);
    Double indexFirst = index(firstValues, lastValues, firstValues);
    Double indexLast = index(firstValues, lastValues, lastValues);
    Double scoreFirst = firstValues.get(Field.NUISANCE);
    Double scoreLast = lastValues.get(Field.NUISANCE);
    Double levelFirst = difference(scoreFirst, parameters.nuisanceReference());
    Double levelLast = difference(scoreLast, parameters.nuisanceReference());
    boolean onePeriod = firstYear != null && !firstYear.equals(lastYear);
    Double trend = onePeriod ? difference(indexLast, indexFirst) : null;
    Double nuisanceTrend = onePeriod ? difference(scoreLast, scoreFirst) : null;
    if (indexLast == null && !suppressed.isEmpty()) {
      suppressed.add("vulnerabilityIndex");
    }
    return new Assessment(indexLast, trend, levelFirst, levelLast, nuisanceTrend,
        typology(trend, levelFirst, nuisanceTrend), lastValues.get(Field.CORPORATION), List.copyOf(suppressed));
  }

  /** The values that may be shown; the others are named in {@code suppressed}. */
  private Map<Field, Double> shown(Year year, TreeSet<String> suppressed) {
    Map<Field, Double> values = new EnumMap<>(Field.class);
    if (year == null) {
      return values;
    }
    year.values().forEach((field, value) -> {
      if (mayShow(field, value, year.observations())) {
        values.put(field, value);
      } else {
        suppressed.add(field.key);
      }
    });
    return values;
  }

  /**
   * Fails closed: a value is shown only when its observations are known, an income value only on
   * at least {@code minIncomeObservations} of them, and a share only when the people it counts
   * (share times observations) are at least {@code minObservations}; the nuisance score, not a
   * count of people, on at least {@code minObservations} observations.
   */
  private boolean mayShow(Field field, double value, Integer observations) {
    if (observations == null) {
      return false;
    }
    if (field.income && observations < parameters.minIncomeObservations()) {
      return false;
    }
    double counted = field == Field.NUISANCE || field == Field.CORPORATION ? observations : value * observations;
    return counted >= parameters.minObservations() - 1e-9;
  }

  /**
   * 100 × the weighted mean of share / city share in the first year, over the components known
   * in both years (so that the trend compares like with like); null when none is.
   */
  private Double index(Map<Field, Double> first, Map<Field, Double> last, Map<Field, Double> values) {
    double sum = 0;
    double weights = 0;
    for (Map.Entry<Field, Double> component : weights().entrySet()) {
      Field field = component.getKey();
      Double reference = cityFirst.get(field);
      if (component.getValue() > 0 && reference != null && reference > 0 && first.containsKey(field)
          && last.containsKey(field)) {
        sum += component.getValue() * values.get(field) / reference;
        weights += component.getValue();
      }
    }
    return weights == 0 ? null : 100 * sum / weights;
  }

  private Map<Field, Double> weights() {
    Map<Field, Double> weights = new EnumMap<>(Field.class);
    weights.put(Field.SOCIAL_ASSISTANCE, parameters.socialAssistanceWeight());
    weights.put(Field.LVB, parameters.lvbWeight());
    weights.put(Field.PSYCHIATRY, parameters.psychiatryWeight());
    weights.put(Field.REFUGEE_ORIGIN, parameters.refugeeOriginWeight());
    return weights;
  }

  /** Rising, then worsening from the level at the start of the period (the report's "already high"). */
  private Typology typology(Double trend, Double levelFirst, Double nuisanceTrend) {
    if (trend == null || levelFirst == null || nuisanceTrend == null) {
      return Typology.UNKNOWN;
    }
    if (trend <= risingCut) {
      return Typology.NOT_RISING;
    }
    boolean worsening = nuisanceTrend < -worseningCut;
    boolean high = levelFirst < -parameters.highNuisanceThreshold();
    if (worsening) {
      return high ? Typology.RISING_WORSENING_HIGH : Typology.RISING_WORSENING_LOW;
    }
    return high ? Typology.RISING_IMPROVING_HIGH : Typology.RISING_IMPROVING_LOW;
  }

  /**
   * The street's room: expected placements a year, a fraction; null where an officer set the
   * capacity (which then stands as set, without recent placements subtracted).
   */
  private Double room(Area area, Assessment a, List<CapacityStep> steps) {
    if (area.capacity() != null) {
      steps.add(new CapacityStep("SET_BY_OFFICER", null, BigDecimal.valueOf(area.capacity())));
      return null;
    }
    double base = area.dwellings() / parameters.dwellingsPerPlacement();
    steps.add(new CapacityStep("BASE", BigDecimal.valueOf(area.dwellings()), round(base, 2)));
    double room = base;
    if (a.typology() == Typology.UNKNOWN || a.index() == null) {
      room *= step(steps, "UNKNOWN", null, parameters.unknownFactor());
    } else {
      room *= step(steps, "INDEX", a.index(), falling(a.index() - 100, parameters.indexSpan()));
      room *= step(steps, "RISING", a.trend(), falling(a.trend(), parameters.risingSpan()));
      room *= step(steps, "NUISANCE", a.levelLast(), falling(-a.levelLast(), parameters.nuisanceSpan()));
      room *= step(steps, "WORSENING", a.nuisanceTrend(), falling(-a.nuisanceTrend(), parameters.worseningSpan()));
    }
    if (a.typology() == Typology.RISING_WORSENING_HIGH) {
      // The report closes streets where vulnerability is already concentrated, not where a buurt
      // well below the city moves by a few points.
      if (a.index() != null && a.index() >= parameters.closingIndex()) {
        steps.add(new CapacityStep("WORST_TYPOLOGY", round(a.index(), 1), BigDecimal.ZERO));
        room = 0;
      } else {
        steps.add(new CapacityStep("WORST_TYPOLOGY_NOT_CONCENTRATED", round(a.index(), 1), BigDecimal.ONE));
      }
    }
    steps.add(new CapacityStep("ROOM", null, round(room, 2)));
    return room;
  }

  /** The street's share of its buurt's pooled room, minus its recent placements (in capacity units), never below 0. */
  private static int pooledCapacity(StreetDraft draft, int share) {
    List<CapacityStep> steps = draft.steps();
    steps.add(new CapacityStep("POOLED", round(draft.room(), 2), BigDecimal.valueOf(share)));
    int recent = draft.area().recentPlacements() == null ? 0 : draft.area().recentPlacements();
    if (recent > 0) {
      steps.add(new CapacityStep("RECENT_PLACEMENTS", BigDecimal.valueOf(recent), BigDecimal.valueOf(-recent)));
    }
    return Math.max(0, share - recent);
  }

  /** 1 at or below zero, falling linearly to 0 at {@code span}. */
  private static double falling(double excess, double span) {
    return Math.max(0, Math.min(1, 1 - Math.max(0, excess) / span));
  }

  private static double step(List<CapacityStep> steps, String factor, Double value, double multiplier) {
    if (multiplier != 1 || value == null) {
      steps.add(new CapacityStep(factor, value == null ? null : round(value, 2), round(multiplier, 2)));
    }
    return multiplier;
  }

  private static Map<String, Year> ownYears(Area area) {
    Map<String, Year> years = new HashMap<>();
    area.indicators().forEach((year, values) -> years.put(year, new Year(read(values), values.observations())));
    return years;
  }

  private static Map<Field, Double> read(IndicatorValues values) {
    Map<Field, Double> read = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      BigDecimal value = field.reader.apply(values);
      if (value != null) {
        read.put(field, value.doubleValue());
      }
    }
    return read;
  }

  /** Per year: each field's dwelling-weighted mean over the areas that have it; observations summed where all are known. */
  private static Map<String, Year> aggregate(List<Area> areas, TreeSet<String> years) {
    Map<String, Year> result = new HashMap<>();
    for (String year : years) {
      Map<Field, double[]> sums = new EnumMap<>(Field.class);
      int observations = 0;
      boolean counted = true;
      for (Area area : areas) {
        IndicatorValues values = hasOwnValues(area) ? area.indicators().get(year) : null;
        if (values == null) {
          continue;
        }
        double weight = Math.max(1, area.dwellings());
        read(values).forEach((field, value) -> {
          double[] sum = sums.computeIfAbsent(field, f -> new double[2]);
          sum[0] += weight * value;
          sum[1] += weight;
        });
        // a total is known only when every contributing area counted its observations
        counted &= values.observations() != null;
        observations += values.observations() == null ? 0 : values.observations();
      }
      Map<Field, Double> means = new EnumMap<>(Field.class);
      sums.forEach((field, sum) -> means.put(field, sum[0] / sum[1]));
      result.put(year, new Year(means, counted && !sums.isEmpty() ? Integer.valueOf(observations) : null));
    }
    return result;
  }

  private static boolean hasOwnValues(Area area) {
    return area.indicators() != null && !area.indicators().isEmpty();
  }

  private static Double difference(Double a, Double b) {
    return a == null || b == null ? null : a - b;
  }

  static BigDecimal round(Double value, int scale) {
    return value == null ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
  }

  /** What the model concluded about one area. */
  private record Assessment(Double index, Double trend, Double levelFirst, Double levelLast, Double nuisanceTrend,
      Typology typology, Double corporationShare, List<String> suppressed) {

    AreaIndicators toArea(String level, String code, String name, String buurt, int dwellings, Integer capacity,
        List<CapacityStep> explanation) {
      return new AreaIndicators(level, code, name, round(index, 1), round(trend, 1), round(levelLast, 2),
          round(nuisanceTrend, 2), typology, capacity, suppressed, buurt, dwellings, corporationClass(corporationShare),
          explanation);
    }

    /** The report's classes of the corporation share: 0, 1-10, 10-50, 50-67, over 67 percent. */
    private static String corporationClass(Double share) {
      if (share == null) {
        return null;
      }
      double percent = share * 100;
      if (percent <= 0) {
        return "0";
      }
      return percent <= 10 ? "1-10" : percent <= 50 ? "10-50" : percent <= 67 ? "50-67" : ">67";
    }
  }
}
