package nl.veerkracht.app.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.app.hardening.Scenarios;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

class LettingPagesTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcTemplate jdbc;

  byte[] scenario;
  String dataset;

  @BeforeEach
  void storeTheFirstExample() throws Exception {
    scenario = Scenarios.bytes(Scenarios.read("01-rotterdamwet-art8-art10-passend"));
    dataset = ScenarioJson.mapper().readTree(mvc.perform(post("/api/v1/scenarios").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(scenario))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
  }

  @Test
  void theOfficerLetsADatasetAndReadsTheOutcomePerVacancy() throws Exception {
    String before = page("/officer/datasets/" + dataset + "/lettings");
    assertThat(before).contains("Deze dataset is nog niet toegewezen.").contains("Vacatures toewijzen");

    String outcome = let();

    JsonNode api = ScenarioJson.mapper().readTree(mvc.perform(post("/api/v1/evaluations")
            .with(httpBasic("officer", "officer")).contentType(MediaType.APPLICATION_JSON).content(scenario))
        .andReturn().getResponse().getContentAsString());
    assertThat(outcome).contains("2 vacatures, waarvan 2 toegewezen en 0 voorlopig.");
    for (JsonNode vacancy : api.get("vacancies")) {
      assertThat(outcome).as("the same outcome as the API").contains(vacancy.get("unit").asText())
          .contains(vacancy.get("winner").asText());
    }
    assertThat(outcome).contains("2 maart 2026").contains("Regulier");
    assertThat(outcome).doesNotContain("/audit/").contains("/officer/datasets/" + dataset + "/lettings");
  }

  @Test
  void theLettingIsRecordedAsTheApiRecordsIt() throws Exception {
    let();

    List<Long> lettings = jdbc.queryForList("SELECT seq FROM audit_entry WHERE kind = 'EVALUATION' AND subject = ?",
        Long.class, "dataset " + dataset);
    assertThat(lettings).hasSize(1);
    JsonNode record = ScenarioJson.mapper().readTree(jdbc.queryForObject(
        "SELECT content FROM audit_entry WHERE seq = ?", String.class, lettings.get(0)));
    assertThat(record.get("dataset").asText()).isEqualTo(dataset);
    assertThat(record.get("decisions")).hasSize(2);
    for (JsonNode id : record.get("decisions")) {
      mvc.perform(post("/api/v1/decisions/" + id.asText() + "/replay").with(httpBasic("auditor", "auditor")))
          .andExpect(status().isOk());
      assertThat(jdbc.queryForObject("SELECT actor FROM decision_index WHERE entry_seq = ?", String.class,
          id.asLong())).isEqualTo("officer");
    }
    assertThat(page("/officer/datasets/" + dataset + "/lettings")).contains("al 1 keer toegewezen");
  }

  @Test
  void aWinnerNotYetScreenedShowsAsProvisionalWithTheReason() throws Exception {
    ObjectNode unscreened = Scenarios.read("01-rotterdamwet-art8-art10-passend");
    for (JsonNode seeker : unscreened.withArray("seekers")) {
      if (seeker.get("id").asText().equals("S-FENNA")) {
        ((ObjectNode) seeker).remove("screening");
      }
    }
    dataset = ScenarioJson.mapper().readTree(mvc.perform(post("/api/v1/scenarios").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(Scenarios.bytes(unscreened)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();

    String outcome = let();

    assertThat(outcome).contains("2 vacatures, waarvan 2 toegewezen en 1 voorlopig.").contains("S-FENNA")
        .contains("ja: ").contains("voorlopig");
  }

  @Test
  void anUnknownDatasetOrLettingIsNotFound() throws Exception {
    mvc.perform(get("/officer/datasets/999999/lettings").with(user("officer").roles("OFFICER")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/officer/lettings/1").with(user("officer").roles("OFFICER")))
        .andExpect(status().isNotFound());
  }

  private String let() throws Exception {
    String location = mvc.perform(post("/officer/datasets/" + dataset + "/lettings")
            .with(user("officer").roles("OFFICER")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/officer/lettings/");
    return page(location);
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(user("officer").roles("OFFICER")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
