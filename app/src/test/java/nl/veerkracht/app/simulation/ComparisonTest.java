package nl.veerkracht.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  private static final int[] BASELINE = {40, 40, 40, 40, 5, 40};

  /**
   * A result of two variants over buurten A to F; the variant's vulnerable lettings and its
   * interval per buurt, over replications whose mean counts are this run's (E's baseline: 5).
   */
  static JsonNode result() {
    ObjectNode result = ScenarioJson.mapper().createObjectNode();
    ArrayNode variants = result.putArray("variants");
    variant(variants, "baseline", BASELINE, null);
    variant(variants, "half", new int[] {70, 30, 42, 48, 30, 12},
        new double[][] {{30, 22, 38}, {-10, -14, -6}, {2, 1, 3}, {8, 6, 10}, {25, 20, 30}, {-28.5, -40, -17}});
    return result;
  }

  private static void variant(ArrayNode variants, String name, int[] vulnerable, double[][] differences) {
    ObjectNode variant = variants.addObject();
    variant.putObject("policy").put("name", name).put("hash", "sha256:" + "ab".repeat(32));
    variant.putArray("carriedForwardYears");
    ObjectNode totals = variant.putObject("totals");
    totals.put("vacancies", 500).put("lettings", 400).put("vulnerableLettings", 200).put("directOffers", 20)
        .put("clientsPlaced", 8).put("clientsUnplaced", 12).put("rentSteeredVacancies", 0)
        .put("passendShare", 0.9541).putNull("daebTargetShare");
    totals.putObject("lettingsByGroup").put("URGENT", 100).put("ART9", 4).put("REGULAR", 296);
    totals.putObject("refusalsByRule").put("WBMGP-8", 3).put("PASSEND", 50);
    totals.putObject("medianWaitMonthsByGroup").put("URGENT", 2.5).putNull("ART9").put("REGULAR", 41.2);
    ArrayNode buurten = variant.putArray("buurten");
    for (int b = 0; b < vulnerable.length; b++) {
      ObjectNode buurt = buurten.addObject().put("buurt", "B" + (char) ('A' + b)).put("name", "Buurt " + (char) ('A' + b))
          .put("vacancies", 120).put("lettings", 100).put("urgentLettings", 9).put("art9Lettings", 0)
          .put("vulnerableLettings", vulnerable[b]).put("clientsPlaced", 10).put("projectedIndexChange", -0.25)
          .put("neighbourVulnerableLettings", 50 + vulnerable[b]);
      if (differences != null) {
        buurt.putObject("difference").put("mean", differences[b][0]).put("low", differences[b][1])
            .put("high", differences[b][2]).put("baselineMean", BASELINE[b]).put("variantMean", vulnerable[b]);
      }
    }
  }

  @Test
  void countsAreNumbersAndSmallCountsAndTheChangesRestingOnThemAreNull() {
    Comparison comparison = Comparison.of(result());

    Comparison.Cells a = comparison.buurten().get(0).cells().get(1);
    assertThat(a.lettings()).isEqualTo(100);
    assertThat(a.urgent()).as("9 households are suppressed").isNull();
    assertThat(a.art9()).as("so is 0").isNull();
    assertThat(a.indexChange()).isEqualTo(-0.25);
    assertThat(a.vulnerableChange()).isEqualTo(30);
    assertThat(comparison.buurten().get(4).cells().get(1).vulnerableChange()).as("the baseline's 5 is suppressed").isNull();
    assertThat(comparison.buurten().get(4).cells().get(0).vulnerable()).isNull();
    assertThat(comparison.buurten().get(0).vacancies()).isEqualTo(120);
  }

  @Test
  void totalsCarryTheirKindAndTheirNumbers() {
    Comparison comparison = Comparison.of(result());

    assertThat(total(comparison, "simulation.total.lettings.ART9").values()).containsExactly(null, null);
    assertThat(total(comparison, "simulation.total.lettings.URGENT").values()).containsExactly(100, 100);
    assertThat(total(comparison, "simulation.total.passendShare").kind()).isEqualTo(Comparison.Kind.SHARE);
    assertThat(total(comparison, "simulation.total.passendShare").values()).containsExactly(0.9541, 0.9541);
    assertThat(total(comparison, "simulation.total.daebTargetShare").values()).containsExactly(null, null);
    assertThat(total(comparison, "simulation.total.wait.REGULAR").values()).containsExactly(41.2, 41.2);
    assertThat(total(comparison, "simulation.total.refusals.PASSEND").kind()).isEqualTo(Comparison.Kind.HOUSEHOLDS);
    assertThat(comparison.variants().get(1).groups().get(0).percent()).isEqualTo(25);
  }

  @Test
  void withReplicationsTheDifferenceIsTheMeanAndOnlyOneClearOfChanceIsColouredAndNamed() {
    Comparison comparison = Comparison.of(result());

    assertThat(comparison.buurten()).extracting(row -> row.cells().get(1).change())
        .containsExactly("up2", "down1", "same", "up1", "hidden", "down2");
    assertThat(comparison.buurten().get(5).cells().get(1).effect()).isEqualTo(-28.5);
    assertThat(comparison.namedOnMap(1)).as("largest first, C's small difference and E's hidden one left out")
        .containsExactly("BA", "BF", "BB", "BD");
    assertThat(Comparison.of(uncertain()).buurten().get(0).cells().get(1).change()).isEqualTo("uncertain");
    assertThat(Comparison.of(uncertain()).namedOnMap(1)).as("a difference within its interval is not named").isEmpty();
  }

  /**
   * A mean difference over the replications is a difference of mean counts: where a mean count is
   * below 10 it is hidden like a change of single counts, on the page and over REST, even when this
   * run's own counts would be shown; a stored result without the mean counts shows none.
   */
  @Test
  void aDifferenceOfSmallMeanCountsIsHiddenOnThePageAndOverRest() {
    ObjectNode result = (ObjectNode) result();
    ObjectNode e = (ObjectNode) result.at("/variants/1/buurten/4");
    ObjectNode a = (ObjectNode) result.at("/variants/1/buurten/0");
    ((ObjectNode) a.get("difference")).put("baselineMean", 9.5);

    Comparison comparison = Comparison.of(result);
    assertThat(comparison.buurten().get(0).cells().get(1).vulnerableChange()).as("this run's 40 and 70 are shown")
        .isEqualTo(30);
    assertThat(comparison.buurten().get(0).cells().get(1).effect()).as("their mean of 9.5 is not").isNull();
    assertThat(comparison.buurten().get(0).cells().get(1).difference()).isNull();
    assertThat(comparison.buurten().get(0).cells().get(1).change()).isEqualTo("hidden");

    ObjectNode shown = SmallCells.suppressed(result);
    assertThat(shown.at("/variants/1/buurten/0/difference").isNull()).isTrue();
    assertThat(shown.at("/variants/1/buurten/4/difference").isNull()).isTrue();
    assertThat(shown.at("/variants/1/buurten/4/suppressed").toString()).contains("\"difference\"");
    assertThat(shown.at("/variants/1/buurten/5/difference/mean").asDouble()).isEqualTo(-28.5);
    assertThat(e.get("difference").isObject()).as("the stored result is left as it is").isTrue();

    ((ObjectNode) result.at("/variants/1/buurten/5/difference")).remove("baselineMean");
    assertThat(Comparison.of(result).buurten().get(5).cells().get(1).effect()).as("no mean counts recorded").isNull();
  }

  /** One buurt whose large difference has an interval holding zero. */
  private static JsonNode uncertain() {
    ObjectNode result = ScenarioJson.mapper().createObjectNode();
    ArrayNode variants = result.putArray("variants");
    variant(variants, "baseline", new int[] {40}, null);
    variant(variants, "half", new int[] {70}, new double[][] {{30, -2, 62}});
    return result;
  }

  private static Comparison.TotalRow total(Comparison comparison, String label) {
    return comparison.totals().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow();
  }
}
