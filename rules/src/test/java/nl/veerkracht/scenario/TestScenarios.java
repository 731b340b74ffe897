package nl.veerkracht.scenario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Example scenarios as editable JSON trees, and shortcuts to read them. */
final class TestScenarios {

  static final String PASSEND = "01-rotterdamwet-art8-art10-passend";
  static final String ART9 = "02-art9-half-and-urgent-quota";
  static final String OWNER_NORMS = "03-daeb-and-passend-owner-norms";
  static final List<String> EXAMPLES = List.of(PASSEND, ART9, OWNER_NORMS);

  private TestScenarios() {
  }

  static byte[] exampleBytes(String name) {
    try (InputStream in = TestScenarios.class.getResourceAsStream("/examples/" + name + ".scenario.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode example(String name) {
    return (ObjectNode) json(new String(exampleBytes(name), StandardCharsets.UTF_8));
  }

  /** Parses JSON written with single quotes, for readable test data. */
  static JsonNode json(String text) {
    try {
      return ScenarioJson.mapper().readTree(text.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode object(JsonNode document, String pointer) {
    return (ObjectNode) document.at(pointer);
  }

  static ArrayNode array(JsonNode document, String pointer) {
    return (ArrayNode) document.at(pointer);
  }

  static byte[] bytes(JsonNode document) {
    try {
      return ScenarioJson.mapper().writeValueAsBytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Scenario read(JsonNode document) {
    return ScenarioReader.read(bytes(document));
  }

  static List<Problem> problems(JsonNode document) {
    return problems(bytes(document));
  }

  static List<Problem> problems(byte[] content) {
    InvalidInputException[] thrown = new InvalidInputException[1];
    assertThatThrownBy(() -> ScenarioReader.read(content))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
    return thrown[0].problems();
  }

  static Problem problem(String path, String message) {
    return new Problem(path, message);
  }
}
