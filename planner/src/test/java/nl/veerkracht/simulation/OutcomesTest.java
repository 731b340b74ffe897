package nl.veerkracht.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.veerkracht.simulation.SimulationResult.BuurtOutcome;
import nl.veerkracht.rules.indicators.AreaIndicators;
import nl.veerkracht.rules.indicators.IndicatorModel;
import nl.veerkracht.rules.indicators.ModelParameters;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.IndicatorValues;
import nl.veerkracht.scenario.Scenario;
import org.junit.jupiter.api.Test;

class OutcomesTest {

  /** BA borders BB (its own list) and BC (BC's list names BA); BD borders nothing. */
  static final Scenario CITY = new Scenario(Scenario.FORMAT, LocalDate.of(2026, 3, 1), null, List.of(
      area("SA", "BA", 1000, List.of("BB")), area("SB", "BB", 400, null), area("SC", "BC", 500, List.of("BA")),
      area("SD", "BD", 300, null)), null, null, null, null, null, null, null, null, null);

  static Area area(String street, String buurt, int dwellings, List<String> neighbours) {
    return new Area(street, street, buurt, buurt, dwellings, null, neighbours, null, null);
  }

  static Tally vulnerable(Buurten buurten, int a, int b, int c, int d) {
    Tally tally = new Tally(buurten.codes(), Map.of());
    tally.of("BA").vulnerableLettings = a;
    tally.of("BB").vulnerableLettings = b;
    tally.of("BC").vulnerableLettings = c;
    tally.of("BD").vulnerableLettings = d;
    return tally;
  }

  @Test
  void theWaterbedIsTheChangeOfVulnerableLettingsSummedOverTheNeighbours() {
    Buurten buurten = new Buurten(CITY);
    Tally baseline = vulnerable(buurten, 10, 4, 7, 1);
    Tally variant = vulnerable(buurten, 3, 9, 8, 1);

    List<BuurtOutcome> first = Outcomes.buurten(baseline, null, buurten, Map.of());
    List<BuurtOutcome> second = Outcomes.buurten(variant, baseline, buurten, Map.of());

    assertThat(buurten.neighbours("BA")).containsExactly("BB", "BC");
    assertThat(first).extracting(BuurtOutcome::waterbed).containsExactly(null, null, null, null);
    // BA: (9 - 4) + (8 - 7); BB and BC: 3 - 10; BD has no neighbours
    assertThat(second).extracting(BuurtOutcome::waterbed).containsExactly(6, -7, -7, 0);
    assertThat(second).extracting(BuurtOutcome::neighbourVulnerableLettings).containsExactly(17, 3, 3, 0);
    assertThat(first).extracting(BuurtOutcome::neighbourVulnerableLettings).containsExactly(11, 10, 10, 0);
  }

  @Test
  void theProjectedIndexChangeReplacesAnAverageHouseholdByEachHouseholdMovingIn() {
    Tally.Buurt buurt = new Tally.Buurt();
    buurt.lettings = 10;
    buurt.clientsPlaced = 2;
    buurt.indexPoints = 3000;

    // (3000 - 12 x 150) / 1000
    assertThat(Outcomes.projectedIndexChange(buurt, 150.0, 1000)).isEqualTo(1.2);
    assertThat(Outcomes.projectedIndexChange(buurt, null, 1000)).isNull();
    assertThat(Outcomes.projectedIndexChange(new Tally.Buurt(), 150.0, 1000)).isEqualTo(0.0);
  }

  @Test
  void anAreasIndexIsItsSharesTimesTheIndexPointsPerShare() {
    List<Area> areas = List.of(indicators("S1", "B1", 0.10, 0.05, 0.12, 0.06), indicators("S2", "B2", 0.20, 0.10,
        0.24, 0.08));

    Map<String, Double> points = IndicatorModel.indexPointsPerShare(areas, ModelParameters.DEFAULTS);
    AreaIndicators b2 = IndicatorModel.report(areas, ModelParameters.DEFAULTS).areas().get(1);

    assertThat(points).containsOnlyKeys("socialAssistanceShare", "lvbShare");
    double index = points.get("socialAssistanceShare") * 0.24 + points.get("lvbShare") * 0.08;
    assertThat(b2.vulnerabilityIndex().doubleValue()).isCloseTo(index, org.assertj.core.data.Offset.offset(0.05));
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(Outcomes.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    assertThat(Outcomes.median(List.of(7.04))).isEqualTo(7.0);
    assertThat(Outcomes.median(List.of())).isNull();
    assertThat(Outcomes.round(-0.001, 2)).isEqualTo(0.0).isNotNegative();
  }

  /** A street with social assistance and LVB shares in 2014 and 2016, equal dwellings. */
  static Area indicators(String street, String buurt, double social2014, double lvb2014, double social2016,
      double lvb2016) {
    return new Area(street, street, buurt, buurt, 100, null, null, Map.of(
        "2014", values(social2014, lvb2014), "2016", values(social2016, lvb2016)), null);
  }

  static IndicatorValues values(double social, double lvb) {
    return new IndicatorValues(null, BigDecimal.valueOf(social), null, BigDecimal.valueOf(lvb), null, null, null,
        null, 10_000);
  }
}
