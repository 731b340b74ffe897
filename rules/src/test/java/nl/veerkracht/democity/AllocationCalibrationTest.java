package nl.veerkracht.democity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.veerkracht.democity.AllocationCalibration.Comparison;
import nl.veerkracht.rules.letting.Evaluation;
import nl.veerkracht.rules.letting.LettingRun;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The demo city's month of lettings, let by the rule base, behaves like the region: every
 * calibration target lands in its band. A quarter of the city keeps the shares of the whole and
 * runs in seconds.
 */
class AllocationCalibrationTest {

  static final double SCALE = 0.25;

  @Test
  void theDemoCitysMonthLandsInEveryTargetBand() {
    Scenario city = DemoCity.generate(DemoCity.DEFAULT_SEED, SCALE);
    Evaluation evaluation = LettingRun.evaluate(city, RuleBase.current());
    List<Comparison> comparisons = AllocationCalibration.compare(AllocationCalibration.ofEvaluation(city, evaluation));
    assertThat(comparisons).hasSize(4).allMatch(Comparison::inBand);
  }

  @Test
  void everyTargetNamesItsSourceAndLiesInItsBand() {
    assertThat(AllocationCalibration.targets()).isNotEmpty().allSatisfy(target -> {
      assertThat(target.source()).isNotBlank();
      assertThat(target.target()).isBetween(target.low(), target.high());
    });
  }
}
