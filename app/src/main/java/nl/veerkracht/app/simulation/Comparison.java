package nl.veerkracht.app.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * A finished simulation as the policymaker's pages and CSV export show it: the variants side by
 * side, totals and per buurt, and each buurt's difference in vulnerable lettings against the
 * baseline, which the map colours. Values are numbers, formatted where they are shown (the
 * page through {@code @fmt}, the CSV by {@code Csv}); a count of households that small-cell
 * suppression hides ({@link SmallCells}) is {@code null}, and so is a change resting on one.
 */
public record Comparison(List<Variant> variants, List<TotalRow> totals, List<BuurtRow> buurten) {

  static final List<String> GROUPS = List.of("URGENT", "ART9", "REGULAR");

  /** How many buurten the map names beside their difference. */
  static final int NAMED_ON_MAP = 5;

  /** A variant: its policy's name and hash, carried years, and its lettings per group for the chart. */
  public record Variant(int index, String name, String hash, List<CarriedYear> carriedForward, List<GroupBar> groups) {
  }

  /** A year without legal parameters and the year whose parameters the run used for it. */
  public record CarriedYear(int year, int from) {
  }

  /** A group's lettings in a variant: the count (null when suppressed) and its percentage of the lettings (null then too). */
  public record GroupBar(String group, Integer lettings, Integer percent) {
  }

  /** How a total's values are shown. */
  public enum Kind {
    /** A count of households: null is a suppressed count ({@code <10}). */
    HOUSEHOLDS,
    /** A count of dwellings, never suppressed. */
    DWELLINGS,
    /** A fraction shown as a percentage: null when there is nothing to take the share of. */
    SHARE,
    /** Months with one decimal: null when there is no letting to measure. */
    MONTHS
  }

  /** One total, per variant; {@code label} is a message key. */
  public record TotalRow(String label, Kind kind, List<Number> values) {
  }

  /** One buurt, per variant (the baseline first). */
  public record BuurtRow(String code, String name, int vacancies, List<Cells> cells) {
  }

  /** A difference over the replications: its mean and its 95 % interval. */
  public record Interval(double mean, double low, double high) {

    boolean excludesZero() {
      return low > 0 || high < 0;
    }
  }

  /**
   * One buurt in one variant. Counts are null when suppressed. {@code vulnerableChange} and
   * {@code waterbed} are the changes against the baseline in this run (null for the baseline and
   * when they rest on a suppressed count); {@code difference} the mean and interval over the
   * replications ({@code replicated}; null without, and when it rests on mean counts below the
   * suppression limit). {@code change} is the class the map colours ({@code up2}, {@code up1},
   * {@code same}, {@code uncertain}, {@code down1}, {@code down2}, {@code hidden}).
   */
  public record Cells(Integer lettings, Integer vulnerable, Integer art9, Integer urgent, Integer clients,
      Double indexChange, Integer vulnerableChange, Integer waterbed, String change, boolean replicated,
      Interval difference) {

    /**
     * The difference the table leads with and the map shows: the mean over the replications, else
     * this run's change; null when it is suppressed.
     */
    public Double effect() {
      return Comparison.effect(replicated, difference, vulnerableChange);
    }

    /** Whether the difference is clear of chance: its interval leaves out zero (always, without replications). */
    public boolean beyondItsInterval() {
      return difference == null || difference.excludesZero();
    }
  }

  static final int CLEAR_CHANGE = 5;
  static final int LARGE_CHANGE = 20;

  /** The comparison of a {@code veerkracht-simulation/1} document. */
  public static Comparison of(JsonNode result) {
    List<JsonNode> variants = new ArrayList<>();
    result.get("variants").forEach(variants::add);
    List<Variant> headings = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      JsonNode policy = variants.get(i).get("policy");
      List<CarriedYear> carried = new ArrayList<>();
      variants.get(i).get("carriedForwardYears").forEach(y -> carried.add(
          new CarriedYear(y.get("year").asInt(), y.get("from").asInt())));
      headings.add(new Variant(i, policy.get("name").asText(), policy.get("hash").asText(), carried,
          groupBars(variants.get(i).get("totals"))));
    }
    return new Comparison(headings, totals(variants), buurten(variants));
  }

  /**
   * The codes of the buurten the map names for a variant: the largest of the differences it
   * colours (clear of chance and at least {@value #CLEAR_CHANGE}), largest first.
   */
  public List<String> namedOnMap(int variant) {
    return buurten.stream()
        .filter(row -> row.cells().get(variant).change().matches("(up|down)[12]"))
        .sorted(Comparator.comparingDouble((BuurtRow row) -> -Math.abs(row.cells().get(variant).effect()))
            .thenComparing(BuurtRow::code))
        .limit(NAMED_ON_MAP)
        .map(BuurtRow::code)
        .toList();
  }

  private static List<TotalRow> totals(List<JsonNode> variants) {
    List<TotalRow> rows = new ArrayList<>();
    rows.add(row("vacancies", Kind.DWELLINGS, variants, t -> t.get("vacancies").asInt()));
    rows.add(row("lettings", Kind.HOUSEHOLDS, variants, t -> count(t.get("lettings"))));
    for (String group : GROUPS) {
      rows.add(row("lettings." + group, Kind.HOUSEHOLDS, variants, t -> count(t.get("lettingsByGroup").get(group))));
    }
    rows.add(row("vulnerableLettings", Kind.HOUSEHOLDS, variants, t -> count(t.get("vulnerableLettings"))));
    for (Iterator<String> rules = variants.get(0).get("totals").get("refusalsByRule").fieldNames(); rules.hasNext();) {
      String rule = rules.next();
      rows.add(row("refusals." + rule, Kind.HOUSEHOLDS, variants, t -> count(t.get("refusalsByRule").get(rule))));
    }
    rows.add(row("passendShare", Kind.SHARE, variants, t -> decimal(t.get("passendShare"))));
    rows.add(row("daebTargetShare", Kind.SHARE, variants, t -> decimal(t.get("daebTargetShare"))));
    for (String group : GROUPS) {
      rows.add(row("wait." + group, Kind.MONTHS, variants, t -> decimal(t.get("medianWaitMonthsByGroup").get(group))));
    }
    rows.add(row("directOffers", Kind.DWELLINGS, variants, t -> t.get("directOffers").asInt()));
    rows.add(row("clientsPlaced", Kind.HOUSEHOLDS, variants, t -> count(t.get("clientsPlaced"))));
    rows.add(row("clientsUnplaced", Kind.HOUSEHOLDS, variants, t -> count(t.get("clientsUnplaced"))));
    rows.add(row("rentSteeredVacancies", Kind.DWELLINGS, variants, t -> t.get("rentSteeredVacancies").asInt()));
    return rows;
  }

  private static List<GroupBar> groupBars(JsonNode totals) {
    int lettings = totals.get("lettings").asInt();
    List<GroupBar> bars = new ArrayList<>();
    for (String group : GROUPS) {
      Integer count = count(totals.get("lettingsByGroup").get(group));
      bars.add(new GroupBar(group, count, count == null ? null : (int) Math.round(100.0 * count / lettings)));
    }
    return bars;
  }

  private static TotalRow row(String label, Kind kind, List<JsonNode> variants, Function<JsonNode, Number> value) {
    return new TotalRow("simulation.total." + label, kind,
        variants.stream().map(v -> value.apply(v.get("totals"))).toList());
  }

  private static List<BuurtRow> buurten(List<JsonNode> variants) {
    List<BuurtRow> rows = new ArrayList<>();
    JsonNode baseline = variants.get(0).get("buurten");
    for (int b = 0; b < baseline.size(); b++) {
      JsonNode base = baseline.get(b);
      List<Cells> cells = new ArrayList<>();
      for (int v = 0; v < variants.size(); v++) {
        cells.add(cells(variants.get(v).get("buurten").get(b), v == 0 ? null : base));
      }
      rows.add(new BuurtRow(base.get("buurt").asText(), base.get("name").asText(), base.get("vacancies").asInt(),
          cells));
    }
    return rows;
  }

  /** @param base the buurt in the baseline, or null for the baseline itself */
  private static Cells cells(JsonNode buurt, JsonNode base) {
    int vulnerable = buurt.get("vulnerableLettings").asInt();
    JsonNode replicatedDifference = buurt.get("difference");
    boolean replicated = replicatedDifference != null && !replicatedDifference.isNull();
    Interval difference = replicated && SmallCells.shown(replicatedDifference) ? interval(replicatedDifference) : null;
    Integer vulnerableChange = null;
    Integer waterbed = null;
    String change = "same";
    if (base != null) {
      int baseVulnerable = base.get("vulnerableLettings").asInt();
      vulnerableChange = SmallCells.change(vulnerable, baseVulnerable);
      waterbed = SmallCells.change(buurt.get("neighbourVulnerableLettings").asInt(),
          base.get("neighbourVulnerableLettings").asInt());
      change = changeClass(effect(replicated, difference, vulnerableChange), difference);
    }
    return new Cells(count(buurt.get("lettings")), SmallCells.count(vulnerable), count(buurt.get("art9Lettings")),
        count(buurt.get("urgentLettings")), count(buurt.get("clientsPlaced")),
        decimal(buurt.get("projectedIndexChange")), vulnerableChange, waterbed, change, replicated, difference);
  }

  private static Double effect(boolean replicated, Interval difference, Integer vulnerableChange) {
    if (replicated) {
      return difference == null ? null : difference.mean();
    }
    return vulnerableChange == null ? null : vulnerableChange.doubleValue();
  }

  private static Interval interval(JsonNode node) {
    return new Interval(node.get("mean").asDouble(), node.get("low").asDouble(), node.get("high").asDouble());
  }

  /**
   * The map's class of a difference: hidden when it rests on suppressed counts, uncertain when its
   * interval holds zero, otherwise by size and direction.
   */
  private static String changeClass(Double effect, Interval difference) {
    if (effect == null) {
      return "hidden";
    }
    if (difference != null && !difference.excludesZero()) {
      return "uncertain";
    }
    if (Math.abs(effect) < CLEAR_CHANGE) {
      return "same";
    }
    String direction = effect > 0 ? "up" : "down";
    return direction + (Math.abs(effect) >= LARGE_CHANGE ? "2" : "1");
  }

  private static Integer count(JsonNode households) {
    return SmallCells.count(households.asInt());
  }

  private static Double decimal(JsonNode value) {
    return value == null || value.isNull() ? null : value.asDouble();
  }
}
