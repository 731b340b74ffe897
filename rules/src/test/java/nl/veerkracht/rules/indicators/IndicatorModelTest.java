package nl.veerkracht.rules.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.IndicatorValues;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.Test;

class IndicatorModelTest {

  /** Observations enough for every value to be shown. */
  static final Integer MANY = 100_000;

  /**
   * A city of two reference streets (bijstand 10%, nuisance score 100 in both years) and the
   * street under test; the reference is the city in 2014, so the test street moves the city mean.
   * To keep the arithmetic readable the reference streets are much larger than the test street.
   */
  static List<Area> city(double assistance2014, double assistance2016, double nuisance2014, double nuisance2016,
      int dwellings, Integer observations) {
    List<Area> areas = new ArrayList<>();
    areas.add(street("REF1", "BU1", 100_000, values(0.10, 0.10, 100, 100, MANY)));
    areas.add(street("REF2", "BU1", 100_000, values(0.10, 0.10, 100, 100, MANY)));
    areas.add(street("T", "BU2", dwellings,
        values(assistance2014, assistance2016, nuisance2014, nuisance2016, observations)));
    return areas;
  }

  static Map<String, IndicatorValues> values(double a14, double a16, double n14, double n16, Integer observations) {
    Map<String, IndicatorValues> years = new LinkedHashMap<>();
    years.put("2014", year(a14, n14, observations));
    years.put("2016", year(a16, n16, observations));
    return years;
  }

  static IndicatorValues year(double assistance, double nuisance, Integer observations) {
    return new IndicatorValues(null, BigDecimal.valueOf(assistance), null, null, null, null, BigDecimal.valueOf(0.8),
        BigDecimal.valueOf(nuisance), observations);
  }

  static Area street(String id, String buurt, int dwellings, Map<String, IndicatorValues> indicators) {
    return new Area(id, id, buurt, null, dwellings, null, null, indicators, null);
  }

  static AreaIndicators streetT(List<Area> areas, ModelParameters parameters) {
    return IndicatorModel.report(areas, parameters).areas().stream()
        .filter(a -> a.level().equals("STREET") && a.code().equals("T")).findFirst().orElseThrow();
  }

  @Test
  void theIndexIs100TimesTheShareOverTheCityReference() {
    AreaIndicators t = streetT(city(0.15, 0.18, 100, 100, 80, MANY), ModelParameters.DEFAULTS);

    assertThat(t.vulnerabilityIndex()).isEqualByComparingTo("180.0");
    assertThat(t.vulnerabilityTrend()).isEqualByComparingTo("30.0");
  }

  @Test
  void nuisanceIsRelativeToTheCityAndNegativeWhereWorse() {
    AreaIndicators t = streetT(city(0.10, 0.10, 90, 85, 80, MANY), ModelParameters.DEFAULTS);

    assertThat(t.nuisanceLevel().doubleValue()).isCloseTo(-15.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(t.nuisanceTrend()).isEqualByComparingTo("-5.00");
  }

  @Test
  void typologyBoundaries() {
    // rising threshold 2.0 index points: a rise of exactly 2 does not count
    assertThat(streetT(city(0.10, 0.102, 100, 100, 80, MANY), ModelParameters.DEFAULTS).typology())
        .isEqualTo(Typology.NOT_RISING);
    assertThat(streetT(city(0.10, 0.1021, 100, 100, 80, MANY), ModelParameters.DEFAULTS).typology())
        .isEqualTo(Typology.RISING_IMPROVING_LOW);
    // worsening threshold 2.0 score points; high = below the city at the start
    assertThat(streetT(city(0.10, 0.15, 100, 98, 80, MANY), ModelParameters.DEFAULTS).typology())
        .isEqualTo(Typology.RISING_IMPROVING_LOW);
    assertThat(streetT(city(0.10, 0.15, 100, 97.9, 80, MANY), ModelParameters.DEFAULTS).typology())
        .isEqualTo(Typology.RISING_WORSENING_LOW);
    assertThat(streetT(city(0.10, 0.15, 95, 92, 80, MANY), ModelParameters.DEFAULTS).typology())
        .isEqualTo(Typology.RISING_WORSENING_HIGH);
    assertThat(streetT(city(0.10, 0.15, 95, 99, 80, MANY), ModelParameters.DEFAULTS).typology())
        .isEqualTo(Typology.RISING_IMPROVING_HIGH);
  }

  @Test
  void withOneYearOnlyTheTypologyIsUnknown() {
    List<Area> areas = List.of(street("T", "BU1", 50, Map.of("2016", year(0.1, 100, MANY))));

    assertThat(streetT(areas, ModelParameters.DEFAULTS).typology()).isEqualTo(Typology.UNKNOWN);
  }

  @Test
  void theWorstTypologyHasNoCapacity() {
    AreaIndicators t = streetT(city(0.10, 0.15, 95, 92, 400, MANY), ModelParameters.DEFAULTS);

    assertThat(t.typology()).isEqualTo(Typology.RISING_WORSENING_HIGH);
    assertThat(t.capacity()).isZero();
    assertThat(t.explanation()).extracting(CapacityStep::factor).contains("WORST_TYPOLOGY");
  }

  @Test
  void atCityLevelAStreetTakesOneHouseholdPer40Dwellings() {
    AreaIndicators t = streetT(city(0.10, 0.10, 100, 100, 80, MANY), ModelParameters.DEFAULTS);

    assertThat(t.capacity()).isEqualTo(2);
    assertThat(t.explanation()).extracting(CapacityStep::factor).containsExactly("BASE", "ROOM", "POOLED");
  }

  @Test
  void recentPlacementsUseUpCapacityAndAnOfficersCapacityOverrides() {
    List<Area> areas = city(0.10, 0.10, 100, 100, 120, MANY);
    Area t = areas.get(2);
    areas.set(2, new Area(t.street(), t.name(), t.buurt(), null, t.dwellings(), null, null, t.indicators(), 2));
    assertThat(streetT(areas, ModelParameters.DEFAULTS).capacity()).isEqualTo(1);

    areas.set(2, new Area(t.street(), t.name(), t.buurt(), null, t.dwellings(), 7, null, t.indicators(), 2));
    assertThat(streetT(areas, ModelParameters.DEFAULTS).capacity()).isEqualTo(7);
  }

  @Property(tries = 300)
  void moreVulnerabilityOrNuisanceNeverRaisesCapacity(
      @ForAll @DoubleRange(min = 0.01, max = 0.4) double a14, @ForAll @DoubleRange(min = 0.01, max = 0.4) double a16,
      @ForAll @DoubleRange(min = 60, max = 140) double n14, @ForAll @DoubleRange(min = 60, max = 140) double n16,
      @ForAll @DoubleRange(min = 0, max = 0.2) double moreAssistance,
      @ForAll @DoubleRange(min = 0, max = 20) double moreNuisance, @ForAll @IntRange(min = 1, max = 600) int dwellings) {
    int capacity = streetT(city(a14, a16, n14, n16, dwellings, MANY), ModelParameters.DEFAULTS).capacity();

    assertThat(streetT(city(a14, a16 + moreAssistance, n14, n16, dwellings, MANY), ModelParameters.DEFAULTS)
        .capacity()).isLessThanOrEqualTo(capacity);
    assertThat(streetT(city(a14, a16, n14, n16 - moreNuisance, dwellings, MANY), ModelParameters.DEFAULTS)
        .capacity()).isLessThanOrEqualTo(capacity);
  }

  @Test
  void valuesOnTooFewObservationsAreSuppressedAndNamed() {
    AreaIndicators few = streetT(city(0.15, 0.18, 100, 100, 80, 9), ModelParameters.DEFAULTS);

    assertThat(few.vulnerabilityIndex()).isNull();
    assertThat(few.nuisanceLevel()).isNull();
    assertThat(few.typology()).isEqualTo(Typology.UNKNOWN);
    assertThat(few.suppressed()).contains("socialAssistanceShare", "nuisanceScore", "vulnerabilityIndex");

    // income data (bijstand) needs 100 observations, other shares 10
    AreaIndicators some = streetT(city(0.15, 0.18, 100, 100, 80, 50), ModelParameters.DEFAULTS);
    assertThat(some.suppressed()).containsExactly("socialAssistanceShare", "vulnerabilityIndex");
    assertThat(some.nuisanceLevel()).isNotNull();

    AreaIndicators enough = streetT(city(0.15, 0.18, 100, 100, 80, 100), ModelParameters.DEFAULTS);
    assertThat(enough.suppressed()).isEmpty();
    assertThat(enough.vulnerabilityIndex()).isNotNull();
  }

  @Test
  void aStreetWithSuppressedValuesGetsTheCapacityOfItsBuurtsValues() {
    List<Area> areas = city(0.10, 0.15, 95, 92, 400, MANY);
    areas.add(street("SMALL", "BU2", 40, values(0.10, 0.10, 100, 100, 5)));

    AreaIndicators small = IndicatorModel.report(areas, ModelParameters.DEFAULTS).areas().stream()
        .filter(a -> a.code().equals("SMALL")).findFirst().orElseThrow();

    assertThat(small.typology()).isEqualTo(Typology.UNKNOWN);
    assertThat(small.vulnerabilityIndex()).isNull();
    assertThat(small.capacity()).isZero();
    assertThat(small.explanation()).extracting(CapacityStep::factor).contains("BUURT_VALUES", "WORST_TYPOLOGY");
  }

  @Test
  void streetsWithoutValuesInheritTheirBuurt() {
    List<Area> areas = city(0.15, 0.18, 100, 100, 80, MANY);
    areas.add(street("T2", "BU2", 40, null));

    IndicatorReport report = IndicatorModel.report(areas, ModelParameters.DEFAULTS);
    AreaIndicators inherited = report.areas().stream().filter(a -> a.code().equals("T2")).findFirst().orElseThrow();
    AreaIndicators buurt = report.areas().stream().filter(a -> a.code().equals("BU2")).findFirst().orElseThrow();

    assertThat(inherited.vulnerabilityIndex()).isEqualByComparingTo(buurt.vulnerabilityIndex());
    assertThat(inherited.typology()).isEqualTo(buurt.typology());
  }

  @Test
  void policyParametersOverrideAndAreValidated() throws Exception {
    ModelParameters custom = ModelParameters.of(ScenarioJson.mapper().readTree("{\"dwellingsPerPlacement\": 20}"));
    assertThat(streetT(city(0.10, 0.10, 100, 100, 80, MANY), custom).capacity()).isEqualTo(4);

    assertThatThrownBy(() -> ModelParameters.of(ScenarioJson.mapper().readTree("{\"dwellingPerPlacement\": 20}")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("policy.model.indicators.dwellingPerPlacement: unknown field");
  }

  @Test
  void aValueWithoutItsObservationCountIsSuppressed() {
    AreaIndicators unknown = streetT(city(0.15, 0.18, 100, 100, 80, null), ModelParameters.DEFAULTS);

    assertThat(unknown.vulnerabilityIndex()).isNull();
    assertThat(unknown.nuisanceLevel()).isNull();
    assertThat(unknown.suppressed()).contains("socialAssistanceShare", "nuisanceScore", "vulnerabilityIndex");
  }

  @Test
  void aShareCountingFewerThanTenPeopleIsSuppressedOnAnyNumberOfObservations() {
    // 5% of 150 residents: 7.5 households on social assistance
    AreaIndicators few = streetT(city(0.05, 0.05, 100, 100, 80, 150), ModelParameters.DEFAULTS);
    assertThat(few.suppressed()).contains("socialAssistanceShare");
    assertThat(few.nuisanceLevel()).isNotNull();

    AreaIndicators enough = streetT(city(0.07, 0.07, 100, 100, 80, 150), ModelParameters.DEFAULTS);
    assertThat(enough.suppressed()).isEmpty();
  }

  @Test
  void aBuurtTotalWithAStreetOfUnknownCountIsSuppressed() {
    List<Area> areas = city(0.15, 0.18, 100, 100, 80, MANY);
    areas.add(street("UNCOUNTED", "BU2", 80, values(0.15, 0.18, 100, 100, null)));

    AreaIndicators buurt = IndicatorModel.report(areas, ModelParameters.DEFAULTS).areas().stream()
        .filter(a -> a.code().equals("BU2")).findFirst().orElseThrow();

    assertThat(buurt.vulnerabilityIndex()).isNull();
    assertThat(buurt.suppressed()).contains("socialAssistanceShare", "nuisanceScore");
  }

  @Test
  void roomIsPooledOverTheBuurtsStreetsSoThatItDoesNotVanishByRounding() {
    List<Area> areas = city(0.10, 0.10, 100, 100, 20, MANY);
    areas.add(street("T2", "BU2", 20, values(0.10, 0.10, 100, 100, MANY)));
    areas.add(street("T3", "BU2", 20, values(0.10, 0.10, 100, 100, MANY)));

    // half a place a year in each street: one and a half in the buurt, rounded to two
    Map<String, Integer> capacities = IndicatorModel.capacities(areas, ModelParameters.DEFAULTS);

    assertThat(capacities.get("T") + capacities.get("T2") + capacities.get("T3")).isEqualTo(2);
    assertThat(List.of(capacities.get("T"), capacities.get("T2"), capacities.get("T3"))).containsOnly(0, 1);
  }

  @Test
  void theWorstTypologyClosesStreetsOnlyWhereVulnerabilityIsConcentrated() {
    // rising from 50 to 60 (below the city's 100), nuisance high and worsening
    AreaIndicators below = streetT(city(0.05, 0.06, 95, 92, 400, MANY), ModelParameters.DEFAULTS);

    assertThat(below.typology()).isEqualTo(Typology.RISING_WORSENING_HIGH);
    assertThat(below.capacity()).isPositive();
    assertThat(below.explanation()).extracting(CapacityStep::factor).contains("WORST_TYPOLOGY_NOT_CONCENTRATED")
        .doesNotContain("WORST_TYPOLOGY");
  }

  @Test
  void aChangeWithinTheSpreadOfTheBuurtenDoesNotCount() {
    // ten buurten whose index moves by -6..+7.5 points: a spread of about 4.4, so +3 is noise
    List<Area> areas = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      double change = (i - 4) * 0.0015;
      areas.add(street("S" + i, "BU" + i, 1_000, values(0.10, 0.10 + change, 100, 100, MANY)));
    }
    areas.add(street("T", "BUT", 1_000, values(0.10, 0.103, 100, 100, MANY)));
    IndicatorReport report = IndicatorModel.report(areas, ModelParameters.DEFAULTS);

    assertThat(report.changeCuts().rising().doubleValue()).isGreaterThan(3);
    assertThat(streetT(areas, ModelParameters.DEFAULTS).typology()).isEqualTo(Typology.NOT_RISING);
    ModelParameters thresholdsOnly = ModelParameters.of(ScenarioJson.mapper().createObjectNode().put("changeSpreads", 0));
    assertThat(streetT(areas, thresholdsOnly).typology()).isNotEqualTo(Typology.NOT_RISING);
  }

  @Test
  void theNuisanceLevelIsAgainstTheCitysPublishedValueNotTheMeanOfItsAreas() {
    List<Area> areas = city(0.10, 0.10, 100, 100, 80, MANY);
    areas.set(0, street("REF1", "BU1", 100_000, values(0.10, 0.10, 110, 110, MANY)));

    // the areas average 105, the published reference is 100
    assertThat(streetT(areas, ModelParameters.DEFAULTS).nuisanceLevel()).isEqualByComparingTo("0.00");
  }
}
