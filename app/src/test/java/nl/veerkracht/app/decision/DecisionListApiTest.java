package nl.veerkracht.app.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.app.hardening.Scenarios;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class DecisionListApiTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;

  /** A seeker id of this test alone, so that the filters find exactly this test's decisions. */
  String seeker;
  List<String> ids;
  JsonNode evaluation;

  @BeforeEach
  void evaluateTheFirstExampleWithAFreshSeeker() throws Exception {
    seeker = "S-LIST-" + System.nanoTime();
    byte[] scenario = Scenarios.bytes(Scenarios.evaluationWithSeeker("S-BRAM", seeker));
    evaluation = ScenarioJson.mapper().readTree(mvc.perform(post("/api/v1/evaluations")
            .with(httpBasic("officer", "officer")).contentType(MediaType.APPLICATION_JSON).content(scenario))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    ids = new ArrayList<>();
    evaluation.get("decisionIds").forEach(id -> ids.add(id.asText()));
  }

  @Test
  void listsTheDecisionsASeekerAnsweredNewestFirst() throws Exception {
    JsonNode page = list(get("/api/v1/decisions").param("seeker", seeker));

    List<String> answered = new ArrayList<>();
    for (int i = 0; i < evaluation.get("vacancies").size(); i++) {
      for (JsonNode candidate : evaluation.get("vacancies").get(i).get("candidates")) {
        if (candidate.get("seeker").asText().equals(seeker)) {
          answered.add(0, ids.get(i));
        }
      }
    }
    assertThat(answered).isNotEmpty();
    assertThat(page.get("total").asLong()).isEqualTo(answered.size());
    assertThat(page.get("items").findValuesAsText("id")).isEqualTo(answered);
    JsonNode first = page.get("items").get(0);
    assertThat(first.get("recordedBy").asText()).isEqualTo("officer");
    assertThat(first.get("ruleVersion").asText()).isEqualTo(evaluation.get("rules").get("version").asText());
  }

  @Test
  void filtersByUnitRuleAndPublicationDate() throws Exception {
    JsonNode art8 = list(get("/api/v1/decisions").param("seeker", seeker).param("unit", "U-VIOLIER-12")
        .param("rule", "WBMGP-8").param("from", "2026-03-02").param("to", "2026-03-02"));
    assertThat(art8.get("total").asLong()).isEqualTo(1);
    assertThat(art8.get("items").get(0).get("unit").asText()).isEqualTo("U-VIOLIER-12");
    assertThat(ScenarioJson.mapper().convertValue(art8.get("items").get(0).get("ruleCodes"), List.class))
        .contains("WBMGP-8");

    JsonNode onTheDay = list(get("/api/v1/decisions").param("seeker", seeker).param("from", "2026-03-02")
        .param("to", "2026-03-02"));
    assertThat(onTheDay.get("total").asLong()).isEqualTo(2);
    assertThat(onTheDay.get("items").findValuesAsText("publishedOn")).containsOnly("2026-03-02");
    assertThat(list(get("/api/v1/decisions").param("seeker", seeker).param("from", "2026-03-03")).get("total")
        .asLong()).isZero();
    assertThat(list(get("/api/v1/decisions").param("seeker", seeker).param("to", "2026-03-01")).get("total").asLong())
        .isZero();
  }

  @Test
  void pagesThroughTheResults() throws Exception {
    JsonNode all = list(get("/api/v1/decisions").param("seeker", seeker));
    long total = all.get("total").asLong();
    assertThat(total).isGreaterThan(1);

    JsonNode second = list(get("/api/v1/decisions").param("seeker", seeker).param("size", "1").param("page", "1"));
    assertThat(second.get("page").asInt()).isEqualTo(1);
    assertThat(second.get("size").asInt()).isEqualTo(1);
    assertThat(second.get("total").asLong()).isEqualTo(total);
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.get("items").get(0).get("id")).isEqualTo(all.get("items").get(1).get("id"));
    JsonNode beyond = list(get("/api/v1/decisions").param("seeker", seeker).param("size", "1")
        .param("page", Long.toString(total)));
    assertThat(beyond.get("items")).isEmpty();
  }

  @Test
  void aBadFilterIsRefusedNamingTheField() throws Exception {
    expectProblem(get("/api/v1/decisions").param("from", "2-3-2026"), "from");
    expectProblem(get("/api/v1/decisions").param("from", "2026-03-05").param("to", "2026-03-01"), "to");
    expectProblem(get("/api/v1/decisions").param("rule", "ART-99"), "rule");
    expectProblem(get("/api/v1/decisions").param("size", "0"), "size");
    expectProblem(get("/api/v1/decisions").param("size", "501"), "size");
    expectProblem(get("/api/v1/decisions").param("page", "-1"), "page");
    expectProblem(get("/api/v1/decisions").param("page", "x"), "page");
  }

  @Test
  void onlyTheAuditorMayList() throws Exception {
    for (String user : List.of("officer", "policy", "admin")) {
      mvc.perform(get("/api/v1/decisions").with(httpBasic(user, user))).andExpect(status().isForbidden());
    }
  }

  private void expectProblem(MockHttpServletRequestBuilder request, String field) throws Exception {
    mvc.perform(request.with(httpBasic("auditor", "auditor")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("invalid input"))
        .andExpect(jsonPath("$.problems[0].path").value(field));
  }

  private JsonNode list(MockHttpServletRequestBuilder request) throws Exception {
    return ScenarioJson.mapper().readTree(mvc.perform(request.with(httpBasic("auditor", "auditor")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }
}
