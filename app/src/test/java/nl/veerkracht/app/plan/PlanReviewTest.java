package nl.veerkracht.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The officer's workflow against PostgreSQL: plan, accept, reject, replan, never a dwelling twice. */
class PlanReviewTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcTemplate jdbc;

  JsonNode json(String body) throws Exception {
    return ScenarioJson.mapper().readTree(body);
  }

  String startPlan() throws Exception {
    byte[] scenario = new ClassPathResource("scenarios/plan.scenario.json").getContentAsByteArray();
    return json(mvc.perform(post("/api/v1/plans").param("seconds", "2").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(scenario))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("SOLVING"))
        .andReturn().getResponse().getContentAsString()).get("id").asText();
  }

  JsonNode awaitDone(String id) throws Exception {
    for (int i = 0; i < 300; i++) {
      JsonNode plan = json(mvc.perform(get("/api/v1/plans/" + id).with(httpBasic("officer", "officer")))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
      if (!plan.get("status").asText().equals("SOLVING")) {
        assertThat(plan.get("status").asText()).as(plan.toString()).isEqualTo("DONE");
        return plan;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("plan " + id + " did not finish");
  }

  int act(String matchId, String action, String body) throws Exception {
    var request = post("/api/v1/matches/" + matchId + "/" + action).with(httpBasic("officer", "officer"));
    if (body != null) {
      request = request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }

  @Test
  void aPlanPlacesWithinCapacityAndEveryAssignmentIsAProposedMatch() throws Exception {
    JsonNode plan = awaitDone(startPlan());

    // ST-A takes 2, ST-B 1: at most three clients, and C4 (intensive) uses two of a street's capacity
    assertThat(plan.get("placed").asInt()).isEqualTo(3);
    assertThat(plan.get("format").asText()).isEqualTo("veerkracht-plan/1");
    for (JsonNode assignment : plan.get("assignments")) {
      assertThat(assignment.get("status").asText()).isEqualTo("PROPOSED");
      assertThat(assignment.get("matchId").asText()).isNotBlank();
      assertThat(assignment.get("explanation")).isNotEmpty();
    }
    for (JsonNode street : plan.get("streets")) {
      assertThat(street.get("used").asInt()).isLessThanOrEqualTo(street.get("capacity").asInt());
    }
    assertThat(plan.get("unassigned")).hasSize(1);
    assertThat(plan.get("unassigned").get(0).get("reasons")).isNotEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'SENSITIVE_READ' AND subject = ?",
        Integer.class, "plan " + plan.get("id").asText())).as("reading a finished plan is recorded").isPositive();
  }

  @Test
  void acceptedMatchesArePinnedAndRejectedPairsNeverComeBack() throws Exception {
    JsonNode plan = awaitDone(startPlan());
    JsonNode accepted = plan.get("assignments").get(0);
    JsonNode rejected = plan.get("assignments").get(1);

    assertThat(act(accepted.get("matchId").asText(), "accept", null)).isEqualTo(200);
    assertThat(act(accepted.get("matchId").asText(), "accept", null)).isEqualTo(409);
    assertThat(act(rejected.get("matchId").asText(), "reject", "{}")).isEqualTo(400);
    assertThat(act(rejected.get("matchId").asText(), "reject", "{\"reason\": \"Te ver van de zorgaanbieder\"}"))
        .isEqualTo(200);

    String replanned = json(mvc.perform(post("/api/v1/plans/" + plan.get("id").asText() + "/replan")
            .with(httpBasic("officer", "officer")))
        .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString()).get("id").asText();
    JsonNode next = awaitDone(replanned);

    assertThat(next.get("previous").asText()).isEqualTo(plan.get("id").asText());
    List<String> pairs = new ArrayList<>();
    next.get("assignments").forEach(a -> pairs.add(a.get("client").asText() + "->" + a.get("unit").asText()));
    assertThat(pairs).contains(accepted.get("client").asText() + "->" + accepted.get("unit").asText());
    assertThat(pairs).doesNotContain(rejected.get("client").asText() + "->" + rejected.get("unit").asText());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'MATCH_ACTION' AND subject = ?",
        Integer.class, "match " + rejected.get("matchId").asText())).isEqualTo(1);
  }

  @Test
  void twoOfficersAcceptingTheSameDwellingAtOnceLeaveOneAcceptedMatch() throws Exception {
    JsonNode first = awaitDone(startPlan());
    String dataset = first.get("dataset").asText();
    String secondId = json(mvc.perform(post("/api/v1/plans/" + first.get("id").asText() + "/replan")
            .with(httpBasic("officer", "officer")))
        .andReturn().getResponse().getContentAsString()).get("id").asText();
    JsonNode second = awaitDone(secondId);
    // the same client-dwelling pair proposed in both plans
    JsonNode a = first.get("assignments").get(0);
    JsonNode b = null;
    for (JsonNode candidate : second.get("assignments")) {
      if (candidate.get("unit").asText().equals(a.get("unit").asText())) {
        b = candidate;
      }
    }
    assertThat(b).as("both plans propose " + a.get("unit")).isNotNull();

    ExecutorService officers = Executors.newFixedThreadPool(2);
    String matchA = a.get("matchId").asText();
    String matchB = b.get("matchId").asText();
    List<Future<Integer>> results = officers.invokeAll(List.<Callable<Integer>>of(
        () -> act(matchA, "accept", null), () -> act(matchB, "accept", null)));
    officers.shutdown();

    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> result : results) {
      codes.add(result.get());
    }
    assertThat(codes).containsExactlyInAnyOrder(200, 409);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM accepted_match WHERE dataset_id = ? AND unit = ?",
        Integer.class, Long.parseLong(dataset), a.get("unit").asText())).isEqualTo(1);
  }

  @Test
  void aCancelledPlanKeepsNothingOfItsSolve() throws Exception {
    byte[] scenario = new ClassPathResource("scenarios/plan.scenario.json").getContentAsByteArray();
    String id = json(mvc.perform(post("/api/v1/plans").param("seconds", "60").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(scenario))
        .andReturn().getResponse().getContentAsString()).get("id").asText();

    mvc.perform(post("/api/v1/plans/" + id + "/cancel").with(httpBasic("officer", "officer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CANCELLED"));
    Thread.sleep(500);

    mvc.perform(get("/api/v1/plans/" + id).with(httpBasic("officer", "officer")))
        .andExpect(jsonPath("$.status").value("CANCELLED"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan_match WHERE plan_id = ?", Integer.class,
        Long.parseLong(id))).isZero();
  }

  @Test
  void anIllegalTransitionIsRefused() throws Exception {
    JsonNode plan = awaitDone(startPlan());
    String match = plan.get("assignments").get(0).get("matchId").asText();

    assertThat(act(match, "sign", null)).isEqualTo(409);
    assertThat(act(match, "accept", null)).isEqualTo(200);
    assertThat(act(match, "offer", null)).isEqualTo(200);
    assertThat(act(match, "sign", null)).isEqualTo(200);
    assertThat(act(match, "withdraw", "{\"reason\": \"x\"}")).isEqualTo(409);
  }
}
