package nl.veerkracht.democity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.Article;
import nl.veerkracht.scenario.Designation;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioReader;
import nl.veerkracht.scenario.ScenarioWriter;
import nl.veerkracht.scenario.Vacancy;
import org.junit.jupiter.api.Test;

class DemoCityTest {

  final Scenario city = FullCity.SCENARIO;

  @Test
  void theWholeCityIsAValidScenario() {
    assertThat(ScenarioReader.read(FullCity.BYTES)).isEqualTo(city);
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
    assertThat(bytes(DemoCity.generate(DemoCity.DEFAULT_SEED))).isEqualTo(FullCity.BYTES);
    assertThat(bytes(DemoCity.generate(8, 0.05))).isNotEqualTo(bytes(DemoCity.generate(7, 0.05)));
  }

  @Test
  void hasTheSizeOfRotterdam() {
    assertThat(buurten(city)).hasSize(71);
    assertThat(city.areas()).hasSizeBetween(3_000, 4_500);
    assertThat(city.units()).hasSizeBetween(135_000, 145_000);
    assertThat(city.seekers()).hasSize(60_000);
    assertThat(city.seekers()).filteredOn(seeker -> seeker.urgency() != null)
        .hasSize(UrgencyFlow.urgentSeekers(1));
    assertThat(city.clients()).hasSize(800);
    assertThat(city.directOffers()).hasSize(880);
    assertThat(city.vacancies()).hasSizeBetween(700, 1_100);
    assertThat(city.careProviders()).isNotEmpty();
  }

  @Test
  void rentsFitTheLimitsOf2026() {
    assertThat(city.units()).allMatch(unit -> unit.rent().doubleValue() >= 300 && unit.rent().doubleValue() <= 932.93);
    long withinLowCap = city.units().stream().filter(unit -> unit.rent().doubleValue() <= 713.02).count();
    assertThat((double) withinLowCap / city.units().size()).isBetween(0.7, 0.9);
  }

  @Test
  void designatesArt8InTheFiveBuurtenOf2018AndArt9And10InTheWeakestStreets() {
    Designation art8 = city.designations().get(0);
    assertThat(art8.article()).isEqualTo(Article.WBMGP_8);
    assertThat(art8.buurten()).containsExactlyInAnyOrder("BU05991081", "BU05991572", "BU05991082", "BU05991574",
        "BU05991571");
    assertThat(city.designations()).allMatch(designation -> designation.validOn(DemoCity.REFERENCE_DATE));
    assertThat(city.designations()).filteredOn(d -> d.article() == Article.WBMGP_9).hasSize(6)
        .allMatch(d -> !d.streets().isEmpty());
    assertThat(city.designations()).filteredOn(d -> d.article() == Article.WBMGP_10).hasSize(8);
  }

  @Test
  void theVacanciesAreAMonthOfLettingsIn2026() {
    Set<LocalDate> days = city.vacancies().stream().map(Vacancy::publishedOn).collect(Collectors.toSet());
    assertThat(days).allMatch(day -> day.getYear() == 2026 && day.getMonthValue() == 3 && day.getDayOfWeek().getValue() <= 5);
    assertThat(city.vacancies()).allMatch(vacancy -> vacancy.respondents().size() >= ResponseModel.MIN_RESPONDENTS);
  }

  @Test
  void aSmallerScaleGivesASmallerCityInTheSameBuurten() {
    Scenario small = DemoCity.generate(DemoCity.DEFAULT_SEED, 0.01);
    assertThat(ScenarioReader.read(bytes(small)).units()).hasSizeBetween(1_300, 1_500);
    assertThat(small.seekers()).hasSize(600);
    assertThat(buurten(small)).hasSize(71);
    assertThatThrownBy(() -> DemoCity.generate(7, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Set<String> buurten(Scenario scenario) {
    return scenario.areas().stream().map(Area::buurt).collect(Collectors.toSet());
  }

  private static byte[] bytes(Scenario scenario) {
    return ScenarioWriter.toJson(scenario).getBytes(StandardCharsets.UTF_8);
  }
}
