package nl.veerkracht.simulation;

import static nl.veerkracht.simulation.SmallCity.policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.veerkracht.rules.indicators.IndicatorModel;
import nl.veerkracht.rules.indicators.ModelParameters;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** A street's capacity in a run is its room less the placements of a rolling twelve months. */
class MonthlyMediationTest {

  static final int RECENT = 2;

  @Test
  void theScenariosRecentPlacementsAgeOutMonthByMonthInsteadOfResettingAfterAYear() {
    Scenario city = SmallCity.CITY;
    List<Area> withoutRecent = city.areas().stream().map(a -> withRecent(a, null)).toList();
    Map<String, Integer> room = IndicatorModel.capacities(withoutRecent, ModelParameters.DEFAULTS);
    String roomiest = withoutRecent.stream().max(Comparator.comparing((Area a) -> room.get(a.street())))
        .orElseThrow().street();
    List<Area> areas = withoutRecent.stream().map(a -> a.street().equals(roomiest) ? withRecent(a, RECENT) : a)
        .toList();
    Scenario scenario = new Scenario(city.format(), city.referenceDate(), city.policy(), areas, city.designations(),
        city.urgentQuotas(), city.ownerState(), city.units(), city.seekers(), city.vacancies(), city.clients(),
        city.careProviders(), city.directOffers());
    MonthlyMediation mediation = new Simulator(scenario, List.of(policy("{\"name\": \"baseline\"}")),
        new SimulationSettings(12, 7L, 300, null, 0L)).variantRun(0).mediation();
    int full = room.get(roomiest);

    assertThat(full).isGreaterThanOrEqualTo(RECENT);
    assertThat(mediation.capacityLeft(roomiest, 0)).isEqualTo(full - RECENT);
    assertThat(mediation.capacityLeft(roomiest, 6)).isEqualTo(full - RECENT / 2);
    assertThat(mediation.capacityLeft(roomiest, 11)).isEqualTo(full - 1);
    assertThat(mediation.capacityLeft(roomiest, 12)).isEqualTo(full);
  }

  private static Area withRecent(Area a, Integer recent) {
    return new Area(a.street(), a.name(), a.buurt(), a.buurtName(), a.dwellings(), a.capacity(), a.neighbours(),
        a.indicators(), recent);
  }
}
