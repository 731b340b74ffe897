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
import nl.veerkracht.planner.Match;
import nl.veerkracht.planner.PlanOptions;
import nl.veerkracht.planner.Planner;
import nl.veerkracht.planner.Statement;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The officer's workflow against PostgreSQL: plan, accept, reject, replan, never a dwelling twice. */
class PlanReviewTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlanningContexts contexts;

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

  /** A dwelling's acceptance holds across datasets, and every test plans the same scenario again. */
  @BeforeEach
  void noLiveAcceptances() {
    jdbc.update("DELETE FROM accepted_match");
  }

  String replan(String planId) throws Exception {
    return json(mvc.perform(post("/api/v1/plans/" + planId + "/replan").with(httpBasic("officer", "officer")))
        .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString()).get("id").asText();
  }

  MockHttpServletResponse change(String matchId, String body) throws Exception {
    return mvc.perform(post("/api/v1/matches/" + matchId + "/change").with(httpBasic("officer", "officer"))
        .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
  }

  /** The direct offers no assignment of the plan uses. */
  static List<String> freeUnits(JsonNode plan) {
    List<String> free = new ArrayList<>(List.of("U1", "U2", "U3", "U4", "U5"));
    plan.get("assignments").forEach(a -> free.remove(a.get("unit").asText()));
    return free;
  }

  /** Changes the match to the first free dwelling the checks allow; returns that dwelling. */
  String changeToSomeFreeUnit(JsonNode plan, String matchId) throws Exception {
    for (String unit : freeUnits(plan)) {
      if (change(matchId, "{\"unit\": \"" + unit + "\", \"reason\": \"dichter bij de zorg\"}").getStatus() == 200) {
        return unit;
      }
    }
    throw new AssertionError("no free dwelling open to the client of match " + matchId);
  }

  static JsonNode assignmentOf(JsonNode plan, String client) {
    for (JsonNode a : plan.get("assignments")) {
      if (a.get("client").asText().equals(client)) {
        return a;
      }
    }
    throw new AssertionError("client " + client + " not placed in " + plan);
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
    // the page says what changed for the rejected client, and why: the officer's rejection
    String page = mvc.perform(get("/officer/plans/" + replanned)
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("officer").roles("OFFICER")))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Wijzigingen ten opzichte van plan " + plan.get("id").asText())
        .contains("(" + rejected.get("client").asText() + ")")
        .contains("De consulent heeft woning " + rejected.get("unit").asText() + " voor deze cliënt afgewezen.");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'MATCH_ACTION' AND subject = ?",
        Integer.class, "match " + rejected.get("matchId").asText())).isEqualTo(1);
  }

  @Test
  void explanationsAreInTheReadersLanguageWithoutSolverNumbersAndWithAlternatives() throws Exception {
    String id = awaitDone(startPlan()).get("id").asText();
    JsonNode dutch = json(mvc.perform(get("/api/v1/plans/" + id).with(httpBasic("officer", "officer")))
        .andReturn().getResponse().getContentAsString());
    JsonNode english = json(mvc.perform(get("/api/v1/plans/" + id).param("lang", "en")
        .with(httpBasic("officer", "officer"))).andReturn().getResponse().getContentAsString());

    String dutchTexts = dutch.get("assignments").toString() + dutch.get("unassigned");
    assertThat(dutchTexts).contains("Geen regel weigert").contains("Ruimte in de straat")
        .doesNotContainPattern("(?i)\\bsoft\\b|\\bhard\\b|score");
    assertThat(english.get("assignments").toString()).contains("No rule refuses").contains("Room in the street");
    // two free dwellings and room in ST-A: some proposal has a next-best dwelling, with what would change
    List<JsonNode> alternatives = new ArrayList<>();
    dutch.get("assignments").forEach(a -> a.get("alternatives").forEach(alternatives::add));
    assertThat(alternatives).isNotEmpty().allSatisfy(alternative -> {
      assertThat(alternative.get("unit").asText()).isIn(freeUnits(dutch));
      assertThat(alternative.get("street").asText()).startsWith("ST-");
      assertThat(alternative.get("change").asText()).contains("begeleidingsplaatsen");
    });
  }

  @Test
  void aReplanKeepsAcceptedAndChangedMatchesAsTheOfficerLeftThem() throws Exception {
    JsonNode plan = awaitDone(startPlan());
    JsonNode accepted = plan.get("assignments").get(0);
    JsonNode changed = plan.get("assignments").get(1);
    assertThat(act(accepted.get("matchId").asText(), "accept", null)).isEqualTo(200);
    String newUnit = changeToSomeFreeUnit(plan, changed.get("matchId").asText());

    JsonNode next = awaitDone(replan(plan.get("id").asText()));

    JsonNode keptAccepted = assignmentOf(next, accepted.get("client").asText());
    assertThat(keptAccepted.get("unit").asText()).isEqualTo(accepted.get("unit").asText());
    assertThat(keptAccepted.get("status").asText()).isEqualTo("ACCEPTED");
    JsonNode keptChanged = assignmentOf(next, changed.get("client").asText());
    assertThat(keptChanged.get("unit").asText()).isEqualTo(newUnit);
    assertThat(keptChanged.get("status").asText()).isEqualTo("CHANGED");
    assertThat(keptChanged.get("reason").asText()).isEqualTo("dichter bij de zorg");
    // never offered for acceptance again, and the decision now lives in the new plan only
    assertThat(act(keptAccepted.get("matchId").asText(), "accept", null)).isEqualTo(409);
    assertThat(act(accepted.get("matchId").asText(), "offer", null)).isEqualTo(409);
    assertThat(act(keptChanged.get("matchId").asText(), "offer", null)).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM accepted_match WHERE match_id = ?", Integer.class,
        Long.parseLong(keptAccepted.get("matchId").asText()))).isEqualTo(1);
  }

  @Test
  void aChangeNeedsADwellingAndAReasonIsCheckedAndReexplained() throws Exception {
    JsonNode plan = awaitDone(startPlan());
    JsonNode match = plan.get("assignments").get(0);
    String matchId = match.get("matchId").asText();

    MockHttpServletResponse empty = change(matchId, "{}");
    assertThat(empty.getStatus()).isEqualTo(400);
    assertThat(empty.getContentAsString()).contains("\"path\":\"unit\"").contains("\"path\":\"reason\"");
    String taken = plan.get("assignments").get(1).get("unit").asText();
    assertThat(change(matchId, "{\"unit\": \"" + taken + "\", \"reason\": \"x\"}").getStatus()).isEqualTo(409);
    assertThat(jdbc.queryForObject("SELECT status FROM plan_match WHERE id = ?", String.class, Long.parseLong(matchId)))
        .as("nothing of a refused change is stored").isEqualTo("PROPOSED");

    String newUnit = changeToSomeFreeUnit(plan, matchId);

    JsonNode after = assignmentOf(awaitDone(plan.get("id").asText()), match.get("client").asText());
    assertThat(after.get("status").asText()).isEqualTo("CHANGED");
    assertThat(after.get("unit").asText()).isEqualTo(newUnit);
    String newStreet = List.of("U1", "U2", "U3").contains(newUnit) ? "Astraat" : "Bstraat";
    assertThat(after.get("explanation").toString()).as("explained again for the new dwelling, in Dutch")
        .contains("Ruimte in de straat: " + newStreet).contains("Geen regel weigert");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM accepted_match WHERE unit = ?", Integer.class, newUnit))
        .as("a change claims the dwelling like an acceptance").isEqualTo(1);
    assertThat(storedExplanation(matchId)).as("the kept problem explains as a fresh, full computation does")
        .isEqualTo(freshExplanation(plan, match.get("client").asText()));
  }

  JsonNode storedExplanation(String matchId) throws Exception {
    return json(jdbc.queryForObject("SELECT explanation FROM plan_match WHERE id = ?", String.class,
        Long.parseLong(matchId)));
  }

  /** The explanation the planner gives on a problem built anew, with every live match of the plan pinned. */
  JsonNode freshExplanation(JsonNode plan, String client) throws Exception {
    PlanningContext context = contexts.of(plan.get("dataset").asLong());
    List<Match> live = jdbc.query("SELECT client, unit FROM plan_match WHERE plan_id = ? AND status IN"
            + " ('PROPOSED', 'ACCEPTED', 'CHANGED', 'OFFERED', 'SIGNED')",
        (row, i) -> new Match(row.getString("client"), row.getString("unit")), plan.get("id").asLong());
    List<Statement> fresh = Planner.prepare(context.scenario(), PlanOptions.defaults().withPinned(live),
        context.verdicts()).asIs().assignments().stream().filter(a -> a.client().equals(client)).findFirst()
        .orElseThrow().explanation();
    return json(PlanTexts.json(fresh));
  }

  @Test
  void aDwellingIsAcceptedOnceAcrossDatasetsAndThe409NamesTheOtherPlan() throws Exception {
    JsonNode first = awaitDone(startPlan());
    JsonNode second = awaitDone(startPlan());
    assertThat(second.get("dataset").asText()).isNotEqualTo(first.get("dataset").asText());
    JsonNode a = first.get("assignments").get(0);
    JsonNode b = null;
    for (JsonNode candidate : second.get("assignments")) {
      if (candidate.get("unit").asText().equals(a.get("unit").asText())
          || candidate.get("client").asText().equals(a.get("client").asText())) {
        b = candidate;
      }
    }
    assertThat(b).isNotNull();
    assertThat(act(a.get("matchId").asText(), "accept", null)).isEqualTo(200);

    MockHttpServletResponse refused = mvc.perform(post("/api/v1/matches/" + b.get("matchId").asText() + "/accept")
        .with(httpBasic("officer", "officer"))).andReturn().getResponse();

    assertThat(refused.getStatus()).isEqualTo(409);
    assertThat(refused.getContentAsString()).contains("plan " + first.get("id").asText())
        .containsAnyOf("al geaccepteerd in plan", "heeft al een geaccepteerd voorstel in plan");
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
