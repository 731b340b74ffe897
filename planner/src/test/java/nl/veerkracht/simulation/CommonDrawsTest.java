package nl.veerkracht.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.veerkracht.rules.indicators.ModelParameters;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.Unit;
import org.junit.jupiter.api.Test;

class CommonDrawsTest {

  @Test
  void directOffersAreSetAsideOnlyInStreetsWithRoomForAClientAndNoMoreThanTheRoomInAYear() {
    Scenario city = SmallCity.CITY;
    SimulationSettings settings = new SimulationSettings(12, 7L, 600, null, null).resolve(city);

    CommonDraws draws = CommonDraws.draw(city, settings, new Buurten(city), Map.of());

    Map<String, String> streetOfUnit = new HashMap<>();
    city.units().forEach(unit -> streetOfUnit.put(unit.id(), unit.street()));
    Map<String, Integer> offersPerStreet = new HashMap<>();
    draws.months().forEach(month -> month.directOffers()
        .forEach(offer -> offersPerStreet.merge(streetOfUnit.get(offer), 1, Integer::sum)));
    Map<String, Integer> room = MonthlyMediation.room(city, ModelParameters.DEFAULTS);
    assertThat(draws.directOffers()).isPositive();
    assertThat(offersPerStreet).allSatisfy((street, offers) -> assertThat(offers).isLessThanOrEqualTo(room.get(street)));
    assertThat(city.units().stream().map(Unit::street).filter(street -> room.get(street) == 0)).isNotEmpty();
  }
}
