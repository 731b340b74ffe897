package nl.veerkracht.app.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

class EvaluationApiTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcTemplate jdbc;

  JsonNode evaluate(String example) throws Exception {
    byte[] scenario = new ClassPathResource("scenarios/" + example + ".scenario.json").getContentAsByteArray();
    String body = mvc.perform(post("/api/v1/evaluations").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(scenario))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    return ScenarioJson.mapper().readTree(body);
  }

  @Test
  void recordsOneDecisionPerVacancyAndReturnsTheirIds() throws Exception {
    JsonNode result = evaluate("02-art9-half-and-urgent-quota");

    assertThat(result.get("format").asText()).isEqualTo("veerkracht-evaluation/1");
    assertThat(result.get("decisionIds")).hasSize(result.get("vacancies").size());
    String first = result.get("decisionIds").get(0).asText();
    mvc.perform(get("/api/v1/decisions/" + first).with(httpBasic("auditor", "auditor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome.unit").value(result.get("vacancies").get(0).get("unit").asText()))
        .andExpect(jsonPath("$.outcome.winner").value(result.get("vacancies").get(0).get("winner").asText()))
        .andExpect(jsonPath("$.rules.version").value(result.get("rules").get("version").asText()))
        .andExpect(jsonPath("$.policy.hash").value(result.get("policy").get("hash").asText()))
        .andExpect(jsonPath("$.input.letting.ownerCounters").exists());
  }

  @Test
  void everyRecordedDecisionReplaysToTheSameOutcome() throws Exception {
    JsonNode result = evaluate("01-rotterdamwet-art8-art10-passend");

    for (JsonNode id : result.get("decisionIds")) {
      mvc.perform(post("/api/v1/decisions/" + id.asText() + "/replay").with(httpBasic("auditor", "auditor")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.reproduced").value(true))
          .andExpect(jsonPath("$.differences").isEmpty());
    }
  }

  @Test
  void readingADecisionIsItselfAudited() throws Exception {
    String id = evaluate("01-rotterdamwet-art8-art10-passend").get("decisionIds").get(0).asText();
    int readsBefore = reads(id);

    mvc.perform(get("/api/v1/decisions/" + id).with(httpBasic("officer", "officer"))).andExpect(status().isOk());

    assertThat(reads(id)).isEqualTo(readsBefore + 1);
  }

  @Test
  void anInvalidScenarioRecordsNothing() throws Exception {
    ObjectNode scenario = (ObjectNode) ScenarioJson.mapper().readTree(
        new ClassPathResource("scenarios/02-art9-half-and-urgent-quota.scenario.json").getContentAsByteArray());
    ((ObjectNode) scenario.withArray("vacancies").get(0)).put("publishedOn", "2031-03-02");
    long entriesBefore = entries();

    mvc.perform(post("/api/v1/evaluations").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(ScenarioJson.mapper().writeValueAsBytes(scenario)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].path").value("vacancies[0].publishedOn"))
        .andExpect(jsonPath("$.problems[0].message").value("voor het jaar 2031 zijn geen wettelijke parameters bekend"));

    assertThat(entries()).isEqualTo(entriesBefore);
  }

  @Test
  void anUnknownDecisionIsNotFound() throws Exception {
    mvc.perform(get("/api/v1/decisions/999999").with(httpBasic("auditor", "auditor"))).andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/decisions/abc/replay").with(httpBasic("auditor", "auditor")))
        .andExpect(status().isNotFound());
  }

  private int reads(String id) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'SENSITIVE_READ' AND subject = ?",
        Integer.class, "decision " + id);
  }

  private long entries() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
  }
}
