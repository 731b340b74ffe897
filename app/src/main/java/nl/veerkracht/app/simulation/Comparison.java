package nl.veerkracht.app.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.veerkracht.simulation.SimulationResult;

/**
 * A finished simulation as the policymaker's pages and CSV export show it: the variants side by
 * side, totals and per buurt, with small cells suppressed ({@link SmallCells}) and each buurt's
 * change of vulnerable lettings against the baseline, which the map colours.
 */
public record Comparison(List<Variant> variants, List<TotalRow> totals, List<BuurtRow> buurten) {

  static final List<String> GROUPS = List.of("URGENT", "ART9", "REGULAR");

  /** A variant's column heading, with its lettings per group for the chart. */
  public record Variant(int index, String name, String hash, List<SimulationResult.CarriedYear> carriedForward,
      List<GroupBar> groups) {
  }

  /** A group's lettings in a variant: the count as shown, and its percentage of the lettings (null when suppressed). */
  public record GroupBar(String group, String lettings, Integer percent) {
  }

  /** One total, per variant; {@code label} is a message key. */
  public record TotalRow(String label, List<String> values) {
  }

  /** One buurt, per variant. */
  public record BuurtRow(String code, String name, String vacancies, List<Cells> cells) {
  }

  /**
   * One buurt in one variant. {@code vulnerableChange} and {@code waterbed} are null for the
   * baseline; {@code change} is the change class the map colours ({@code up2}, {@code up1},
   * {@code same}, {@code down1}, {@code down2}, or {@code hidden} when suppressed).
   */
  public record Cells(String lettings, String vulnerable, String art9, String urgent, String clients,
      String indexChange, String vulnerableChange, String waterbed, String change,
      SimulationResult.Difference difference) {
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
      List<SimulationResult.CarriedYear> carried = new ArrayList<>();
      variants.get(i).get("carriedForwardYears").forEach(y -> carried.add(
          new SimulationResult.CarriedYear(y.get("year").asInt(), y.get("from").asInt())));
      headings.add(new Variant(i, policy.get("name").asText(), policy.get("hash").asText(), carried,
          groupBars(variants.get(i).get("totals"))));
    }
    return new Comparison(headings, totals(variants), buurten(variants));
  }

  private static List<TotalRow> totals(List<JsonNode> variants) {
    List<TotalRow> rows = new ArrayList<>();
    rows.add(row("vacancies", variants, t -> t.get("vacancies").asText()));
    rows.add(row("lettings", variants, t -> SmallCells.count(t.get("lettings").asInt())));
    for (String group : GROUPS) {
      rows.add(row("lettings." + group, variants, t -> SmallCells.count(t.get("lettingsByGroup").get(group).asInt())));
    }
    rows.add(row("vulnerableLettings", variants, t -> SmallCells.count(t.get("vulnerableLettings").asInt())));
    for (String rule : SimulationResult.REFUSING_RULES) {
      rows.add(row("refusals." + rule, variants, t -> SmallCells.count(t.get("refusalsByRule").get(rule).asInt())));
    }
    rows.add(row("passendShare", variants, t -> percent(t.get("passendShare"))));
    rows.add(row("daebTargetShare", variants, t -> percent(t.get("daebTargetShare"))));
    for (String group : GROUPS) {
      rows.add(row("wait." + group, variants, t -> decimal(t.get("medianWaitMonthsByGroup").get(group))));
    }
    rows.add(row("directOffers", variants, t -> t.get("directOffers").asText()));
    rows.add(row("clientsPlaced", variants, t -> SmallCells.count(t.get("clientsPlaced").asInt())));
    rows.add(row("clientsUnplaced", variants, t -> SmallCells.count(t.get("clientsUnplaced").asInt())));
    rows.add(row("rentSteeredVacancies", variants, t -> t.get("rentSteeredVacancies").asText()));
    return rows;
  }

  private static List<GroupBar> groupBars(JsonNode totals) {
    int lettings = totals.get("lettings").asInt();
    List<GroupBar> bars = new ArrayList<>();
    for (String group : GROUPS) {
      int count = totals.get("lettingsByGroup").get(group).asInt();
      Integer percent = count >= SmallCells.MIN ? (int) Math.round(100.0 * count / lettings) : null;
      bars.add(new GroupBar(group, SmallCells.count(count), percent));
    }
    return bars;
  }

  private static TotalRow row(String label, List<JsonNode> variants, Function<JsonNode, String> value) {
    return new TotalRow("simulation.total." + label, variants.stream().map(v -> value.apply(v.get("totals"))).toList());
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
      rows.add(new BuurtRow(base.get("buurt").asText(), base.get("name").asText(), base.get("vacancies").asText(),
          cells));
    }
    return rows;
  }

  /** @param base the buurt in the baseline, or null for the baseline itself */
  private static Cells cells(JsonNode buurt, JsonNode base) {
    int vulnerable = buurt.get("vulnerableLettings").asInt();
    String vulnerableChange = null;
    String waterbed = null;
    String change = "same";
    if (base != null) {
      int baseVulnerable = base.get("vulnerableLettings").asInt();
      vulnerableChange = SmallCells.change(vulnerable, baseVulnerable);
      waterbed = SmallCells.change(buurt.get("neighbourVulnerableLettings").asInt(),
          base.get("neighbourVulnerableLettings").asInt());
      change = !SmallCells.shown(vulnerable, baseVulnerable) ? "hidden"
          : beyondItsInterval(buurt.get("difference")) ? changeClass(vulnerable - baseVulnerable) : "uncertain";
    }
    return new Cells(SmallCells.count(buurt.get("lettings").asInt()), SmallCells.count(vulnerable),
        SmallCells.count(buurt.get("art9Lettings").asInt()), SmallCells.count(buurt.get("urgentLettings").asInt()),
        SmallCells.count(buurt.get("clientsPlaced").asInt()), decimal(buurt.get("projectedIndexChange")),
        vulnerableChange, waterbed, change, difference(buurt.get("difference")));
  }

  private static SimulationResult.Difference difference(JsonNode node) {
    return node == null || node.isNull() ? null : new SimulationResult.Difference(node.get("mean").asDouble(),
        node.get("low").asDouble(), node.get("high").asDouble());
  }

  /** Without replications every difference shows; with them only one whose 95 % interval leaves out zero. */
  private static boolean beyondItsInterval(JsonNode difference) {
    return difference == null || difference.isNull()
        || difference.get("low").asDouble() > 0 || difference.get("high").asDouble() < 0;
  }

  private static String changeClass(int change) {
    if (Math.abs(change) < CLEAR_CHANGE) {
      return "same";
    }
    String direction = change > 0 ? "up" : "down";
    return direction + (Math.abs(change) >= LARGE_CHANGE ? "2" : "1");
  }

  private static String percent(JsonNode share) {
    return share == null || share.isNull() ? "—" : String.format(Locale.ROOT, "%.1f%%", share.asDouble() * 100);
  }

  private static String decimal(JsonNode value) {
    return value == null || value.isNull() ? "—" : value.asText();
  }
}
