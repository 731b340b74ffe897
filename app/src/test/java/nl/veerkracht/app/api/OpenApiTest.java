package nl.veerkracht.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.simulation.SimulationRequest;
import nl.veerkracht.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class OpenApiTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;

  @Test
  void documentsEveryEndpointOfTheSpecification() throws Exception {
    String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    JsonNode paths = new ObjectMapper().readTree(json).get("paths");

    ApiAccessTest.endpoints().forEach(endpoint -> {
      String documented = endpoint.path().replaceAll("/1(/|$)", "/{id}$1");
      if (documented.startsWith("/api/v1/matches/")) {
        documented = documented.replace("{id}", "{matchId}");
      }
      assertThat(paths.has(documented)).as(documented + " documented").isTrue();
      assertThat(paths.get(documented).has(endpoint.method().name().toLowerCase()))
          .as(endpoint + " documented").isTrue();
    });
  }

  @Test
  void hasATitleAVersionADescriptionAndHttpBasicAsItsSecurityScheme() throws Exception {
    JsonNode document = document();

    assertThat(document.get("openapi").asText()).startsWith("3.1");
    assertThat(document.at("/info/title").asText()).isEqualTo("Veerkracht API");
    assertThat(document.at("/info/version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(document.at("/info/description").asText()).contains("HTTP Basic");
    assertThat(document.at("/components/securitySchemes/basic/type").asText()).isEqualTo("http");
    assertThat(document.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
    assertThat(document.at("/security/0").has("basic")).isTrue();
    assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    assertThat(document.at("/security/1").has("bearer")).isTrue();
  }

  @Test
  void everyPostThatTakesABodyHasItsSchemaAndAWorkingExample() throws Exception {
    JsonNode document = document();
    Map<String, String> schemaOf = Map.of(
        "/api/v1/scenarios", "scenario", "/api/v1/evaluations", "scenario", "/api/v1/plans", "scenario",
        "/api/v1/simulations", "simulationRequest", "/api/v1/matches/{matchId}/accept", "matchAction",
        "/api/v1/matches/{matchId}/reject", "matchAction", "/api/v1/tokens", "tokenRequest");
    schemaOf.forEach((path, schema) -> {
      JsonNode body = document.at("/paths/" + path.replace("/", "~1") + "/post/requestBody/content/application~1json");
      assertThat(body.at("/schema/$ref").asText()).as(path).isEqualTo("#/components/schemas/" + schema);
      assertThat(body.get("example")).as(path + " example").isNotNull();
      assertThat(document.at("/components/schemas/" + schema + "/type").asText()).as(schema).isEqualTo("object");
    });
    assertThat(document.at("/components/schemas/scenario/properties/units/items/$ref").asText())
        .isEqualTo("#/components/schemas/scenario.unit");
    assertThat(document.at("/components/schemas/scenario.unit/properties")).isNotEmpty();

    JsonNode scenarioExample = document.at("/paths/~1api~1v1~1scenarios/post/requestBody/content/application~1json/example");
    ScenarioReader.read(scenarioExample.toString().getBytes(StandardCharsets.UTF_8));
    JsonNode simulationExample =
        document.at("/paths/~1api~1v1~1simulations/post/requestBody/content/application~1json/example");
    assertThat(SimulationRequest.parse(simulationExample).variants()).hasSize(3);
  }

  private JsonNode document() throws Exception {
    return new ObjectMapper().readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
  }

  @Test
  void theSwaggerUiIsServed() throws Exception {
    mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
  }
}
