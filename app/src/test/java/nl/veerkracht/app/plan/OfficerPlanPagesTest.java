package nl.veerkracht.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The officer works through a plan in the review page. */
class OfficerPlanPagesTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcTemplate jdbc;

  JsonNode plan;

  @BeforeEach
  void planTheSmallScenario() throws Exception {
    // a dwelling's acceptance holds across datasets, and every test plans the same scenario again
    jdbc.update("DELETE FROM accepted_match");
    byte[] scenario = new ClassPathResource("scenarios/plan.scenario.json").getContentAsByteArray();
    String id = ScenarioJson.mapper().readTree(mvc.perform(post("/api/v1/plans").param("seconds", "2")
            .with(httpBasic("officer", "officer")).contentType(MediaType.APPLICATION_JSON).content(scenario))
        .andReturn().getResponse().getContentAsString()).get("id").asText();
    for (int i = 0; i < 300; i++) {
      plan = ScenarioJson.mapper().readTree(mvc.perform(get("/api/v1/plans/" + id).with(httpBasic("officer", "officer")))
          .andReturn().getResponse().getContentAsString());
      if (!plan.get("status").asText().equals("SOLVING")) {
        return;
      }
      Thread.sleep(100);
    }
  }

  String page() throws Exception {
    return mvc.perform(get("/officer/plans/" + plan.get("id").asText()).with(user("officer").roles("OFFICER")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  @Test
  void theReviewPageShowsEveryProposalByNameWithTheClientsNeedsTheDwellingAndTheStreetsRoom() throws Exception {
    String page = page();

    for (JsonNode assignment : plan.get("assignments")) {
      assertThat(page).contains("id=\"match-" + assignment.get("matchId").asText() + "\"")
          .contains("(" + assignment.get("unit").asText() + ")").contains("(" + assignment.get("client").asText() + ")");
    }
    assertThat(page).contains("Astraat, Noord").contains("Uitstroom").contains("capaciteit gebruikt")
        .contains("Accepteren").contains("3 voorstellen gevonden").contains("Niet geplaatst (1)")
        .doesNotContainPattern("(?i)\\bsoft\\b|score");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'SENSITIVE_READ' AND subject = ?",
        Integer.class, "plan " + plan.get("id").asText())).isPositive();
  }

  @Test
  void filtersMatchNamesCountTheResultsAndSayWhenNothingIsFound() throws Exception {
    String planId = plan.get("id").asText();
    String astraat = mvc.perform(get("/officer/plans/" + planId).param("street", "astr").param("groupBy", "street")
        .with(user("officer").roles("OFFICER"))).andReturn().getResponse().getContentAsString();
    long inAstraat = 0;
    for (JsonNode a : plan.get("assignments")) {
      inAstraat += a.get("street").asText().equals("ST-A") ? 1 : 0;
    }
    assertThat(astraat).contains(inAstraat + " voorstellen gevonden").doesNotContain("Bstraat, Zuid");
    String none = mvc.perform(get("/officer/plans/" + planId).param("buurt", "Kralingen")
        .with(user("officer").roles("OFFICER"))).andReturn().getResponse().getContentAsString();
    assertThat(none).contains("Geen voorstellen gevonden met deze filters.");
    String unplaced = mvc.perform(get("/officer/plans/" + planId).param("tab", "unplaced")
        .with(user("officer").roles("OFFICER"))).andReturn().getResponse().getContentAsString();
    assertThat(unplaced).contains(plan.get("unassigned").get(0).get("client").asText()).doesNotContain("Accepteren");
  }

  @Test
  void anActionFromThePageScriptAnswersWithTheRowOrTheRefusalOnly() throws Exception {
    JsonNode first = plan.get("assignments").get(0);
    String planId = plan.get("id").asText();

    String row = mvc.perform(post("/officer/matches/" + first.get("matchId").asText() + "/accept").param("plan", planId)
            .param("version", "0").header("X-Requested-With", "fetch").with(user("officer").roles("OFFICER")).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(row).startsWith("<article").contains("Geaccepteerd").doesNotContain("<html");

    String refused = mvc.perform(post("/officer/matches/" + plan.get("assignments").get(1).get("matchId").asText()
            + "/change").param("plan", planId).param("version", "0").param("reasonCode", "NETWORK")
            .header("X-Requested-With", "fetch").with(user("officer").roles("OFFICER")).with(csrf()))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(refused).startsWith("<p class=\"alert\"");
  }

  @Test
  void theOfficerAcceptsAndRejectsWithACatalogueReasonStoredAsText() throws Exception {
    JsonNode first = plan.get("assignments").get(0);
    JsonNode second = plan.get("assignments").get(1);
    String planId = plan.get("id").asText();

    mvc.perform(post("/officer/matches/" + first.get("matchId").asText() + "/accept").param("plan", planId)
            .param("version", "0").with(user("officer").roles("OFFICER")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/officer/matches/" + second.get("matchId").asText() + "/reject").param("plan", planId)
            .param("version", "0").param("reasonCode", "CARE_DISTANCE").param("reasonText", "45 minuten reizen")
            .with(user("officer").roles("OFFICER")).with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(jdbc.queryForObject("SELECT reason FROM plan_match WHERE id = ?", String.class,
        Long.parseLong(second.get("matchId").asText()))).isEqualTo("Te ver van de zorgaanbieder: 45 minuten reizen");
    jdbc.update("UPDATE reject_reason SET label_nl = 'Hernoemd' WHERE code = 'CARE_DISTANCE'");
    assertThat(jdbc.queryForObject("SELECT reason FROM plan_match WHERE id = ?", String.class,
        Long.parseLong(second.get("matchId").asText()))).startsWith("Te ver van de zorgaanbieder");
    jdbc.update("UPDATE reject_reason SET label_nl = 'Te ver van de zorgaanbieder' WHERE code = 'CARE_DISTANCE'");
    assertThat(page()).contains("Geaccepteerd").contains("Afgewezen");
  }

  @Test
  void andereRedenWithoutItsTextIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    JsonNode first = plan.get("assignments").get(0);

    mvc.perform(post("/officer/matches/" + first.get("matchId").asText() + "/reject").param("plan", plan.get("id").asText())
            .param("version", "0").param("reasonCode", "OTHER").param("reasonText", "  ")
            .with(user("officer").roles("OFFICER")).with(csrf()))
        .andExpect(flash().attribute("refused", containsString("reasonText")));

    assertThat(jdbc.queryForObject("SELECT status FROM plan_match WHERE id = ?", String.class,
        Long.parseLong(first.get("matchId").asText()))).isEqualTo("PROPOSED");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejected_pair WHERE client = ? AND unit = ?", Integer.class,
        first.get("client").asText(), first.get("unit").asText())).isZero();
  }

  @Test
  void aStaleFormIsRefusedWithAClearMessage() throws Exception {
    JsonNode first = plan.get("assignments").get(0);
    String planId = plan.get("id").asText();
    mvc.perform(post("/officer/matches/" + first.get("matchId").asText() + "/accept").param("plan", planId)
        .param("version", "0").with(user("officer").roles("OFFICER")).with(csrf()));

    mvc.perform(post("/officer/matches/" + first.get("matchId").asText() + "/reject").param("plan", planId)
            .param("version", "0").param("reasonCode", "OTHER").with(user("officer").roles("OFFICER")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(jdbc.queryForObject("SELECT status FROM plan_match WHERE id = ?", String.class,
        Long.parseLong(first.get("matchId").asText()))).isEqualTo("ACCEPTED");
  }

  @Test
  void whyNotNamesTheRefusingConditionOrTheBetterUse() throws Exception {
    String planId = plan.get("id").asText();
    // C3 needs step-free; U2 is not
    mvc.perform(get("/officer/plans/" + planId + "/why").param("client", "C3").param("unit", "U2")
            .with(user("officer").roles("OFFICER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("gelijkvloerse woning nodig")));
    JsonNode placed = plan.get("assignments").get(0);
    String otherClient = placed.get("client").asText().equals("C1") ? "C2" : "C1";
    mvc.perform(get("/officer/plans/" + planId + "/why").param("client", otherClient)
            .param("unit", placed.get("unit").asText()).with(user("officer").roles("OFFICER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("De woning is voorgesteld aan cliënt " + placed.get("client").asText())));
  }

  @Test
  void thePlanSaysHowManyOfEachSupportLevelAndGroupItPlaces() throws Exception {
    int placed = 0;
    int total = 0;
    for (JsonNode share : plan.get("placedBy").get("support")) {
      placed += share.get("placed").asInt();
      total += share.get("total").asInt();
    }
    assertThat(placed).isEqualTo(plan.get("placed").asInt());
    assertThat(total).isEqualTo(4);
    assertThat(plan.get("placedBy").get("group")).extracting(g -> g.get("code").asText())
        .contains("MO_OUTFLOW", "GGZ", "LVB");

    assertThat(page()).contains("Geplaatst per begeleiding en doelgroep").contains("begeleiding intensief")
        .contains("Uitstroom beschermd wonen");
  }

  @Test
  void theSolveTimeChosenOnThePageIsHonouredAndItsBoundsChecked() throws Exception {
    String dataset = plan.get("dataset").asText();
    Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM plan", Integer.class);
    for (String seconds : new String[] {"0", "3601", "x"}) {
      mvc.perform(post("/officer/datasets/" + dataset + "/plans").param("seconds", seconds).with(csrf())
          .with(user("officer").roles("OFFICER"))).andExpect(status().isBadRequest());
    }
    byte[] scenario = new ClassPathResource("scenarios/plan.scenario.json").getContentAsByteArray();
    mvc.perform(post("/api/v1/plans").param("seconds", "3601").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(scenario))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("seconds")));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan", Integer.class)).isEqualTo(before);

    String location = mvc.perform(post("/officer/datasets/" + dataset + "/plans").param("seconds", "7").with(csrf())
        .with(user("officer").roles("OFFICER"))).andExpect(status().is3xxRedirection())
        .andReturn().getResponse().getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    assertThat(jdbc.queryForObject("SELECT seconds FROM plan WHERE id = ?", Integer.class, id)).isEqualTo(7);
    mvc.perform(get("/api/v1/plans/" + id).with(httpBasic("officer", "officer")))
        .andExpect(content().string(containsString("\"seconds\":7")));
  }

  @Test
  void whileSolvingTheProgressFragmentSaysWhatHappensAndAboutHowLongItStillTakes() throws Exception {
    long dataset = plan.get("dataset").asLong();
    // a plan waiting for its solve (the solver thread never sees it): preparing, the whole time still ahead
    jdbc.update("INSERT INTO plan (dataset_id, status, seconds, created_by, created_at) VALUES (?, 'SOLVING', 45,"
        + " 'officer', CURRENT_TIMESTAMP)", dataset);
    long id = jdbc.queryForObject("SELECT MAX(id) FROM plan", Long.class);
    try {
      var answer = mvc.perform(get("/officer/plans/" + id + "/progress").header("X-Requested-With", "fetch")
          .with(user("officer").roles("OFFICER"))).andExpect(status().isOk()).andReturn().getResponse();

      assertThat(answer.getHeader("X-Plan-Status")).isEqualTo("SOLVING");
      assertThat(answer.getContentAsString()).contains("Voorbereiden").contains("Nog ongeveer 45 seconden")
          .doesNotContain("<html");
      assertThat(mvc.perform(get("/officer/plans/" + id).with(user("officer").roles("OFFICER")))
          .andReturn().getResponse().getContentAsString()).contains("id=\"progress-now\"").contains("/progress");
    } finally {
      jdbc.update("UPDATE plan SET status = 'CANCELLED' WHERE id = ?", id);
    }
  }
}
