package nl.veerkracht.app.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.veerkracht.app.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class PendingEndpointsTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;

  @Test
  void aPendingEndpointValidatesItsScenarioFirst() throws Exception {
    mvc.perform(post("/api/v1/plans").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"format\": \"veerkracht-scenario/1\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].path").value("referenceDate"));
  }

  @Test
  void aPendingEndpointSaysSoWith501() throws Exception {
    mvc.perform(get("/api/v1/simulations/1").with(httpBasic("policy", "policy")))
        .andExpect(status().isNotImplemented())
        .andExpect(jsonPath("$.error").value("not implemented"));
  }
}
