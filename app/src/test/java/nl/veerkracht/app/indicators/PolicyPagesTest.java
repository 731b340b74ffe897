package nl.veerkracht.app.indicators;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class PolicyPagesTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;

  String dataset;

  @BeforeEach
  void importAreasWithIndicators() throws Exception {
    byte[] scenario = new ClassPathResource("scenarios/indicators.scenario.json").getContentAsByteArray();
    dataset = ScenarioJson.mapper().readTree(mvc.perform(post("/api/v1/scenarios").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(scenario))
        .andReturn().getResponse().getContentAsString()).get("id").asText();
  }

  @Test
  void thePolicymakerSeesEveryBuurtWithItsTypology() throws Exception {
    mvc.perform(get("/policy").param("dataset", dataset).with(user("policy").roles("POLICYMAKER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Indicatoren per buurt, 2014–2016")))
        .andExpect(content().string(containsString("/policy/buurten/BU05990002?dataset=" + dataset)))
        .andExpect(content().string(containsString("Stijgend, overlast verslechtert, al hoog")))
        .andExpect(content().string(containsString("Ruimte in de stad: 10 plaatsingen per jaar")))
        .andExpect(content().string(containsString("2 straten gesloten door de zwaarste typologie")));
  }

  @Test
  void aBuurtShowsItsStreetsCapacitiesAndWhy() throws Exception {
    mvc.perform(get("/policy/buurten/BU05990002").param("dataset", dataset).with(user("policy").roles("POLICYMAKER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Bstraat")))
        .andExpect(content().string(containsString("stijgend en verslechterend vanaf hoge overlast, bij een index van")))
        .andExpect(content().string(containsString("(op of boven de stad): gesloten, 0")))
        .andExpect(content().string(containsString("te weinig waarnemingen in de straat zelf")));
  }

  @Test
  void officersDoNotSeeThePolicyPages() throws Exception {
    mvc.perform(get("/policy").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
  }
}
