package nl.veerkracht.rules.letting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.ScenarioReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The worked examples of the specification, evaluated by the rule base, field by field. */
class SpecExamplesTest {

  @ParameterizedTest
  @ValueSource(strings = {"01-rotterdamwet-art8-art10-passend", "02-art9-half-and-urgent-quota",
      "03-daeb-and-passend-owner-norms"})
  void theRuleBaseDecidesAsTheSpecificationRequires(String example) throws IOException {
    Evaluation evaluation = LettingRun.evaluate(ScenarioReader.read(resource(example + ".scenario.json")),
        RuleBase.current());
    JsonNode expected = ScenarioJson.mapper().readTree(resource(example + ".expected.json"));

    JsonNode actual = ScenarioJson.mapper().valueToTree(evaluation);

    assertThat(comparable(actual).toPrettyString()).isEqualTo(comparable(expected).toPrettyString());
    actual.get("vacancies").forEach(vacancy -> vacancy.get("candidates").forEach(candidate -> {
      if (!candidate.get("status").asText().equals("ALREADY_ALLOCATED")) {
        assertThat(candidate.get("trace")).as("trace of " + candidate.get("seeker")).isNotEmpty();
      }
    }));
  }

  /** The fields the expected files fix: per vacancy and per candidate. */
  private static JsonNode comparable(JsonNode evaluation) {
    ArrayNode vacancies = JsonNodeFactory.instance.arrayNode();
    for (JsonNode vacancy : evaluation.get("vacancies")) {
      ObjectNode v = vacancies.addObject();
      for (String field : new String[] {"unit", "art9Vacancy", "urgentPrioritySuspended", "winner", "winnerGroup"}) {
        v.set(field, vacancy.get(field));
      }
      ArrayNode candidates = v.putArray("candidates");
      for (JsonNode candidate : vacancy.get("candidates")) {
        ObjectNode c = candidates.addObject();
        for (String field : new String[] {"seeker", "status", "rank", "group", "refusedBy"}) {
          c.set(field, candidate.get(field));
        }
      }
    }
    return vacancies;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SpecExamplesTest.class.getResourceAsStream("/examples/" + name)) {
      return in.readAllBytes();
    }
  }
}
