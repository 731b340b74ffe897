package nl.veerkracht.simulation;

import static nl.veerkracht.simulation.SmallCity.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.veerkracht.simulation.SimulationResult.BuurtOutcome;
import nl.veerkracht.simulation.SimulationResult.Difference;
import nl.veerkracht.scenario.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReplicationsTest {

  static final Variant BASELINE = policy("{\"name\": \"baseline\"}");
  static final Variant QUOTA = policy("{\"name\": \"quota\", \"urgentQuotaDefault\": 0.1}");

  @Test
  void everyBuurtOfALaterVariantCarriesItsDifferenceWithAnIntervalAroundTheMean() {
    SimulationSettings four = new SimulationSettings(3, 7L, 300, null, 0L, 4);

    SimulationResult result = Simulator.run(SmallCity.withoutClients(), List.of(BASELINE, QUOTA), four,
        Simulator.Progress.NONE);

    assertThat(result.replications()).isEqualTo(4);
    assertThat(result.variants().get(0).buurten()).allMatch(buurt -> buurt.difference() == null);
    assertThat(result.variants().get(1).buurten()).allSatisfy(buurt -> {
      Difference difference = buurt.difference();
      assertThat(difference.low()).isLessThanOrEqualTo(difference.mean());
      assertThat(difference.high()).isGreaterThanOrEqualTo(difference.mean());
    });
  }

  @Test
  void theFirstReplicationIsTheRunOnTheSeedAndTheDifferencesAreTheSameEveryTime() {
    SimulationSettings one = new SimulationSettings(3, 7L, 300, null, 0L);
    SimulationSettings three = new SimulationSettings(3, 7L, 300, null, 0L, 3);

    SimulationResult single = Simulator.run(SmallCity.withoutClients(), List.of(BASELINE, QUOTA), one,
        Simulator.Progress.NONE);
    SimulationResult replicated = Simulator.run(SmallCity.withoutClients(), List.of(BASELINE, QUOTA), three,
        Simulator.Progress.NONE);
    SimulationResult again = Simulator.run(SmallCity.withoutClients(), List.of(BASELINE, QUOTA), three,
        Simulator.Progress.NONE);

    assertThat(replicated.variants().get(1).totals()).isEqualTo(single.variants().get(1).totals());
    assertThat(replicated.variants().get(1).buurten().stream().map(BuurtOutcome::vulnerableLettings).toList())
        .isEqualTo(single.variants().get(1).buurten().stream().map(BuurtOutcome::vulnerableLettings).toList());
    assertThat(SmallCity.text(again)).isEqualTo(SmallCity.text(replicated));
    assertThat(single.replications()).isNull();
  }

  @Test
  void identicalVariantsDifferByNothingWithAnIntervalOfNothing() {
    Variant same = policy("{\"name\": \"same\"}");

    SimulationResult result = Simulator.run(SmallCity.withoutClients(), List.of(BASELINE, same),
        new SimulationSettings(2, 7L, 300, null, 0L, 3), Simulator.Progress.NONE);

    assertThat(result.variants().get(1).buurten()).allSatisfy(buurt -> {
      assertThat(buurt.difference()).extracting(Difference::mean, Difference::low, Difference::high)
          .containsExactly(0.0, 0.0, 0.0);
      assertThat(buurt.difference().beyondInterval()).isFalse();
      assertThat(buurt.difference().variantMean()).isEqualTo(buurt.difference().baselineMean());
    });
  }

  @Test
  void theIntervalIsStudentsTOverTheReplications() {
    Difference difference = Difference.of(new int[] {10, 10, 10, 10}, new int[] {11, 12, 13, 14});

    // mean 2.5, standard deviation 1.291, t(3) = 3.182: 2.5 ± 2.05
    assertThat(difference).isEqualTo(new Difference(2.5, 0.45, 4.55, 10, 12.5));
    assertThat(difference.beyondInterval()).isTrue();
    assertThat(Difference.of(new int[] {3, 3, 3}, new int[] {2, 4, 5}).beyondInterval()).isFalse();
  }

  @Test
  void replicationsAreFromOneToTwenty() {
    assertThatThrownBy(() -> new SimulationSettings(3, 7L, 300, null, 0L, 0).resolve(SmallCity.CITY))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("replications");
    assertThatThrownBy(() -> new SimulationSettings(3, 7L, 300, null, 0L, 21).resolve(SmallCity.CITY))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("replications");
  }
}
