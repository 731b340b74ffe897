package nl.veerkracht.app.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.veerkracht.scenario.ScenarioJson;
import org.springframework.core.io.ClassPathResource;

/** The test scenarios of {@code src/test/resources/scenarios}, read as JSON to be changed. */
public final class Scenarios {

  /** A name no page may ever run as script. */
  public static final String HOSTILE = "<script>alert(1)</script>";

  private Scenarios() {
  }

  public static ObjectNode read(String name) {
    try {
      return (ObjectNode) ScenarioJson.mapper().readTree(
          new ClassPathResource("scenarios/" + name + ".scenario.json").getContentAsByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] bytes(JsonNode scenario) {
    try {
      return ScenarioJson.mapper().writeValueAsBytes(scenario);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The small plan scenario (four clients, five dwellings) with client {@code from} renamed. */
  public static ObjectNode planWithClient(String from, String to) {
    ObjectNode scenario = read("plan");
    for (JsonNode client : scenario.withArray("clients")) {
      if (client.get("id").asText().equals(from)) {
        ((ObjectNode) client).put("id", to);
      }
    }
    return scenario;
  }

  /**
   * The scenario with {@code prefix} before every unit and client id. A unit and a client are
   * one across datasets (one live accepted match each), so a test that accepts a match in the
   * shared test database uses ids of its own.
   */
  public static ObjectNode withOwnIds(ObjectNode scenario, String prefix) {
    for (JsonNode unit : scenario.withArray("units")) {
      ((ObjectNode) unit).put("id", prefix + unit.get("id").asText());
    }
    for (JsonNode client : scenario.withArray("clients")) {
      ((ObjectNode) client).put("id", prefix + client.get("id").asText());
    }
    ArrayNode offers = scenario.withArray("directOffers");
    for (int i = 0; i < offers.size(); i++) {
      offers.set(i, prefix + offers.get(i).asText());
    }
    return scenario;
  }

  /** The art. 8/10 evaluation scenario with seeker {@code from} renamed everywhere. */
  public static ObjectNode evaluationWithSeeker(String from, String to) {
    return renameSeeker(read("01-rotterdamwet-art8-art10-passend"), from, to);
  }

  /** Renames a seeker in its list and in every vacancy's respondents. */
  public static ObjectNode renameSeeker(ObjectNode scenario, String from, String to) {
    for (JsonNode seeker : scenario.withArray("seekers")) {
      if (seeker.get("id").asText().equals(from)) {
        ((ObjectNode) seeker).put("id", to);
      }
    }
    for (JsonNode vacancy : scenario.withArray("vacancies")) {
      ArrayNode respondents = (ArrayNode) vacancy.get("respondents");
      for (int i = 0; i < respondents.size(); i++) {
        if (respondents.get(i).asText().equals(from)) {
          respondents.set(i, to);
        }
      }
    }
    return scenario;
  }

  /** Thread.sleep for the polling loops of these tests. */
  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
