package nl.veerkracht.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.indicators.Typology;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.Share;
import nl.veerkracht.scenario.SupportLevel;
import org.junit.jupiter.api.Test;

class VariantPoliciesTest {

  static List<Problem> problems(List<JsonNode> variants) {
    try {
      VariantPolicies.check(variants, SmallCity.CITY);
      return List.of();
    } catch (InvalidInputException invalid) {
      return invalid.problems();
    }
  }

  static JsonNode json(String text) {
    return VariantPolicies.parse(text.getBytes(StandardCharsets.UTF_8), 0);
  }

  @Test
  void validVariantsComeBackAsTheyWereGiven() {
    List<Variant> policies = VariantPolicies.check(List.of(json("{\"name\": \"baseline\"}"),
        json("{\"name\": \"half\", \"art9ShareOverride\": \"1/2\", \"designationsRemove\": [\"RW9-BU05991087\"]}")),
        SmallCity.CITY);

    assertThat(policies).hasSize(2);
    assertThat(policies.get(1).policy().art9ShareOverride().written()).isEqualTo("1/2");
    assertThat(policies.get(1).name()).isEqualTo("half");
  }

  @Test
  void aVariantIsReadOnceIntoItsTypedModelAndKeepsThePolicyAsGiven() {
    String given = "{\"name\": \"steer\", \"rentSteering\": {\"typologies\": [\"NOT_RISING\", \"RISING_WORSENING_LOW\"],"
        + " \"share\": \"1/4\"}, \"capacityUse\": {\"INTENSIVE\": 3}, \"model\": {\"indicators\": {\"indexSpan\": 50}}}";

    Variant variant = VariantPolicies.check(List.of(json(given)), SmallCity.CITY).get(0);

    assertThat(variant.name()).isEqualTo("steer");
    assertThat(variant.rentSteering().typologies()).containsExactlyInAnyOrder(Typology.NOT_RISING,
        Typology.RISING_WORSENING_LOW);
    assertThat(variant.rentSteering().share()).isEqualTo(Share.parseFraction("1/4"));
    assertThat(variant.capacityUse()).containsEntry(SupportLevel.INTENSIVE, 3).containsEntry(SupportLevel.LIGHT, 1);
    assertThat(variant.indicators().indexSpan()).isEqualTo(50.0);
    assertThat(variant.hash()).isEqualTo(Policy.of((ObjectNode) json(given)).hash());
    assertThat(ScenarioJson.canonical(variant.given())).isEqualTo(ScenarioJson.canonical(json(given)));
    assertThat(VariantPolicies.check(List.of(json("{}")), SmallCity.CITY).get(0).rentSteering()).isNull();
  }

  @Test
  void everyProblemIsReportedAtItsVariantsPath() {
    List<Problem> problems = problems(List.of(
        json("{\"name\": \"baseline\", \"art9Share\": 1}"),
        json("{\"art9ShareOverride\": \"3/2\"}"),
        json("{\"designationsRemove\": [\"NO-SUCH\"]}"),
        json("[1, 2]"),
        json("{\"model\": {\"indicators\": {\"indexSpan\": 0}}}")));

    assertThat(problems).extracting(Problem::path).containsExactly(
        "variants[0].art9Share",
        "variants[1].art9ShareOverride",
        "variants[2].designationsRemove[0]",
        "variants[3]",
        "variants[4].model.indicators.indexSpan");
    assertThat(problems.get(0).message()).isEqualTo("unknown field");
    assertThat(problems.get(2).message()).contains("unknown designation \"NO-SUCH\"");
  }

  @Test
  void noVariantsOrTooManyAreInvalid() {
    assertThat(problems(List.of())).extracting(Problem::path).containsExactly("variants");
    ObjectNode any = ScenarioJson.mapper().createObjectNode();
    assertThat(problems(List.of(any, any, any, any, any, any, any))).extracting(Problem::path).containsExactly("variants");
  }

  @Test
  void aFileThatIsNotJsonIsAProblemAtItsVariant() {
    assertThatThrownBy(() -> VariantPolicies.parse("{\"name\": ".getBytes(StandardCharsets.UTF_8), 2))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).path()).isEqualTo("variants[2]"));
  }
}
