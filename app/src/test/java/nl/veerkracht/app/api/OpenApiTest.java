package nl.veerkracht.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.veerkracht.app.PostgresIntegrationTest;
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
  void theSwaggerUiIsServed() throws Exception {
    mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
  }
}
