package nl.veerkracht.democity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApportionTest {

  @Test
  void partsAddUpAndLieWithinOneOfTheirExactShare() {
    double[] weights = {0.3, 0.5, 0.2, 0.0};
    int[] parts = Apportion.largestRemainder(7, weights);
    assertThat(Arrays.stream(parts).sum()).isEqualTo(7);
    for (int i = 0; i < weights.length; i++) {
      assertThat(Math.abs(parts[i] - 7 * weights[i])).isLessThan(1);
    }
  }

  @Test
  void aCappedPartGivesItsExcessToTheOthers() {
    int[] parts = Apportion.largestRemainder(10, new double[] {8, 1, 1}, new int[] {3, 10, 10});
    assertThat(parts).containsExactly(3, 4, 3);
  }

  @Test
  void moreThanTheCapsHoldIsAnError() {
    assertThatThrownBy(() -> Apportion.largestRemainder(5, new double[] {1, 1}, new int[] {2, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quotasRepeatEachKeyByItsShare() {
    Map<String, Double> shares = new LinkedHashMap<>();
    shares.put("a", 0.25);
    shares.put("b", 0.75);
    assertThat(Apportion.quotas(4, shares)).isEqualTo(List.of("a", "b", "b", "b"));
  }
}
