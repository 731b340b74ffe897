package nl.veerkracht.democity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.veerkracht.rules.LegalParameters;
import nl.veerkracht.rules.YearParameters;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.IncomeSource;
import nl.veerkracht.scenario.IndicatorValues;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.Seeker;
import nl.veerkracht.scenario.Unit;
import nl.veerkracht.scenario.Vacancy;
import org.junit.jupiter.api.Test;

/**
 * Per buurt, the generated city agrees with the real figures it was calibrated to. Tolerances:
 * counts drawn as exact quotas are within one of their real share; street indicators, written
 * to four decimals (shares) or one (the safety index), average to the buurt's value within
 * 0.0001 and 0.05.
 */
class CalibrationTest {

  static final double SHARE_TOLERANCE = 0.0001;
  static final double SCORE_TOLERANCE = 0.05;

  final RotterdamData data = RotterdamData.bundled();
  final Scenario city = FullCity.SCENARIO;
  final Map<String, List<Area>> streetsByBuurt = FullCity.byBuurt(city.areas(), Area::buurt);

  @Test
  void eachBuurtHasItsRealDwellingsAndItsSocialRentShareOfThemAsCorporationUnits() {
    Map<String, String> buurtOfStreet = new HashMap<>();
    city.areas().forEach(area -> buurtOfStreet.put(area.street(), area.buurt()));
    Map<String, List<Unit>> unitsByBuurt = FullCity.byBuurt(city.units(), unit -> buurtOfStreet.get(unit.street()));
    for (Buurt buurt : data.buurten()) {
      int dwellings = streetsByBuurt.get(buurt.code()).stream().mapToInt(Area::dwellings).sum();
      int units = unitsByBuurt.getOrDefault(buurt.code(), List.of()).size();
      assertThat(dwellings).as(buurt.name()).isEqualTo(buurt.context().dwellings());
      assertThat((double) units).as(buurt.name()).isCloseTo(dwellings * buurt.context().socialRentShare(), within(0.5));
    }
  }

  @Test
  void streetIndicatorsAverageToTheirBuurtsRealValuesWeightedByDwellings() {
    for (Buurt buurt : data.buurten()) {
      List<Area> streets = streetsByBuurt.get(buurt.code());
      for (int year : RotterdamData.WIJKPROFIEL_YEARS) {
        WijkprofielYear real = buurt.wijkprofiel(year);
        String label = buurt.name() + " " + year;
        assertThat(mean(streets, year, IndicatorValues::lowestIncomeShare)).as(label)
            .isCloseTo(real.lowIncomeShare(), within(SHARE_TOLERANCE));
        assertThat(mean(streets, year, IndicatorValues::socialAssistanceShare)).as(label)
            .isCloseTo(real.socialAssistanceShare(), within(SHARE_TOLERANCE));
        assertThat(mean(streets, year, IndicatorValues::nuisanceScore)).as(label)
            .isCloseTo(real.safetyIndex(), within(SCORE_TOLERANCE));
        assertThat(mean(streets, year, IndicatorValues::corporationShare)).as(label)
            .isCloseTo(buurt.context().socialRentShare(), within(SHARE_TOLERANCE + 0.5 / buurt.context().dwellings()));
      }
      HealthYear health = buurt.health(2016);
      assertThat(mean(streets, 2016, IndicatorValues::psychiatryShare)).as(buurt.name())
          .isCloseTo(health.anxietyDepressionHighRisk(), within(SHARE_TOLERANCE));
      assertThat(mean(streets, 2016, IndicatorValues::chronicConditionsShare)).as(buurt.name())
          .isCloseTo(health.longTermConditions(), within(SHARE_TOLERANCE));
    }
  }

  @Test
  void streetsVaryAroundTheirBuurt() {
    List<Area> bloemhof = streetsByBuurt.get("BU05991081");
    assertThat(bloemhof.stream().map(area -> area.indicators().get("2016").socialAssistanceShare()).distinct())
        .hasSizeGreaterThan(bloemhof.size() / 2);
  }

  @Test
  void seekersComeFromEachBuurtByItsHouseholdsAndReceiveSocialAssistanceAsOftenAsItsHouseholds() {
    List<ActiveSeeker> seekers = new SeekerGenerator(data, DemoCity.DEFAULT_SEED, 1, DemoCity.REFERENCE_DATE).seekers();
    Map<String, List<ActiveSeeker>> byHome = FullCity.byBuurt(
        seekers.stream().filter(seeker -> seeker.homeBuurt() != null).toList(), ActiveSeeker::homeBuurt);
    double households = data.buurten().stream().mapToInt(buurt -> buurt.context().households()).sum();
    int fromTheCity = (int) Math.round(SeekerGenerator.SEEKERS * SeekerGenerator.FROM_THE_CITY);
    for (Buurt buurt : data.buurten()) {
      List<ActiveSeeker> home = byHome.get(buurt.code());
      assertThat((double) home.size()).as(buurt.name())
          .isCloseTo(fromTheCity * buurt.context().households() / households, within(1.0));
      WijkprofielYear real = buurt.wijkprofiel(DemoCity.FIGURES_YEAR);
      assertThat((double) count(home, IncomeSource.SOCIAL_ASSISTANCE)).as(buurt.name())
          .isCloseTo(home.size() * real.socialAssistanceShare(), within(1.0));
      assertThat((double) count(home, IncomeSource.DISABILITY_BENEFIT)).as(buurt.name())
          .isCloseTo(home.size() * real.incapacityBenefitShare(), within(1.0));
    }
    assertThat(seekers.stream().map(ActiveSeeker::seeker).toList()).isEqualTo(city.seekers());
  }

  @Test
  void mostRespondentsFitTheDwellingsHouseholdAndIncome() {
    YearParameters limits = LegalParameters.bundled().forYear(2026).orElseThrow();
    Map<String, Unit> units = new HashMap<>();
    city.units().forEach(unit -> units.put(unit.id(), unit));
    Map<String, Seeker> seekers = new HashMap<>();
    city.seekers().forEach(seeker -> seekers.put(seeker.id(), seeker));
    long responses = 0;
    long fitting = 0;
    for (Vacancy vacancy : city.vacancies()) {
      Unit unit = units.get(vacancy.unit());
      for (String id : vacancy.respondents()) {
        Seeker seeker = seekers.get(id);
        boolean sizeFits = Math.abs(seeker.householdSize() - unit.rooms() + 0.5) <= 2.5;
        boolean rentFits = unit.rent().compareTo(limits.aftoppingsgrensFor(seeker.householdSize())) <= 0
            || seeker.income().compareTo(limits.passendIncomeLimitFor(seeker.householdSize(), seeker.aowAge())) > 0;
        responses++;
        fitting += sizeFits && rentFits ? 1 : 0;
      }
    }
    assertThat((double) fitting / responses).isBetween(0.8, 0.99);
  }

  private static long count(List<ActiveSeeker> seekers, IncomeSource source) {
    return seekers.stream().filter(seeker -> seeker.seeker().incomeSource() == source).count();
  }

  private static double mean(List<Area> streets, int year, Function<IndicatorValues, BigDecimal> field) {
    double weighted = 0;
    double dwellings = 0;
    for (Area street : streets) {
      weighted += street.dwellings() * field.apply(street.indicators().get(String.valueOf(year))).doubleValue();
      dwellings += street.dwellings();
    }
    return weighted / dwellings;
  }
}
