package nl.veerkracht.scenario;

import static nl.veerkracht.scenario.TestScenarios.ART9;
import static nl.veerkracht.scenario.TestScenarios.example;
import static nl.veerkracht.scenario.TestScenarios.json;
import static nl.veerkracht.scenario.TestScenarios.object;
import static nl.veerkracht.scenario.TestScenarios.problem;
import static nl.veerkracht.scenario.TestScenarios.problems;
import static nl.veerkracht.scenario.TestScenarios.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Shares are read as the exact decimal or fraction written, and written back the same way. */
class ShareExactnessTest {

  private static Share designationShare(Object share) {
    ObjectNode scenario = example(ART9);
    object(scenario, "/designations/0").set("share", ScenarioJson.mapper().valueToTree(share));
    return read(scenario).designations().get(0).share();
  }

  @Test
  void twoThirdsIsExactlyTwoThirds() {
    Share share = designationShare("2/3");

    assertThat(share.fraction()).isTrue();
    assertThat(share.numerator()).isEqualTo(2);
    assertThat(share.denominator()).isEqualTo(3);
  }

  @Test
  void decimalIsTheDecimalWrittenNotTwoThirds() {
    Share decimal = designationShare(json("0.6667"));

    assertThat(decimal.fraction()).isFalse();
    assertThat(decimal.numerator()).isEqualTo(6667);
    assertThat(decimal.denominator()).isEqualTo(10000);
    assertThat(decimal.compareTo(designationShare("2/3"))).isPositive();
    assertThat(designationShare(json("0.6666")).compareTo(designationShare("2/3"))).isNegative();
  }

  @Test
  void sharesAreWrittenBackAsWritten() {
    ObjectNode scenario = example(ART9);
    object(scenario, "/designations/0").put("share", "2/3");
    object(scenario, "/urgentQuotas/0").set("maxShare", json("0.6667"));
    object(scenario, "/policy").set("art9ShareOverride", json("0.50"));

    String written = ScenarioWriter.toJson(read(scenario));

    assertThat(written)
        .contains("\"share\": \"2/3\"")
        .contains("\"maxShare\": 0.6667")
        .contains("\"art9ShareOverride\": 0.50");
  }

  @Test
  void longDecimalIsNotRoundedThroughADouble() {
    Share share = designationShare(json("0.33333333333333333333333333"));

    assertThat(share.written()).isEqualTo("0.33333333333333333333333333");
    assertThat(share.denominator()).isEqualTo(BigInteger.TEN.pow(26));
  }

  @Property(tries = 200)
  void fractionIsAcceptedExactlyWhenInZeroToOne(@ForAll @IntRange(max = 50) int p, @ForAll @IntRange(max = 50) int q) {
    ObjectNode scenario = example(ART9);
    object(scenario, "/designations/0").put("share", p + "/" + q);

    if (q > 0 && p > 0 && p <= q) {
      Share share = read(scenario).designations().get(0).share();
      assertThat(share.compareRatio(BigInteger.valueOf(p), BigInteger.valueOf(q))).isZero();
    } else {
      assertThat(problems(scenario)).containsExactly(problem("designations[0].share",
          "must be a number in (0, 1] or a fraction string such as \"2/3\""));
    }
  }
}
