package nl.veerkracht.app.indicators;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class AreaIndicatorsApiTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;

  @Test
  void aPolicymakerSeesTheIndicatorsOfAStoredDatasetWithSmallCellsSuppressed() throws Exception {
    byte[] scenario = new ClassPathResource("scenarios/indicators.scenario.json").getContentAsByteArray();
    String id = ScenarioJson.mapper().readTree(mvc.perform(post("/api/v1/scenarios").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(scenario))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();

    mvc.perform(get("/api/v1/areas/indicators").param("dataset", id).with(httpBasic("policy", "policy")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.format").value("veerkracht-indicators/1"))
        .andExpect(jsonPath("$.areas.length()").value(5))
        .andExpect(jsonPath("$.areas[?(@.code == 'BU05990002')].level").value("BUURT"))
        .andExpect(jsonPath("$.areas[?(@.code == 'ST-B')].typology").value("RISING_WORSENING_HIGH"))
        .andExpect(jsonPath("$.areas[?(@.code == 'ST-B')].capacity").value(0))
        .andExpect(jsonPath("$.areas[?(@.code == 'ST-C')].vulnerabilityIndex").value(org.hamcrest.Matchers.contains((Object) null)))
        .andExpect(jsonPath("$.areas[?(@.code == 'ST-C')].suppressed[*]").value(
            org.hamcrest.Matchers.hasItems("socialAssistanceShare", "psychiatryShare", "nuisanceScore")));
  }

  @Test
  void anUnknownDatasetIsNotFound() throws Exception {
    mvc.perform(get("/api/v1/areas/indicators").param("dataset", "987654").with(httpBasic("policy", "policy")))
        .andExpect(status().isNotFound());
  }
}
