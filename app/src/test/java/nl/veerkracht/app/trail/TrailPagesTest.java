package nl.veerkracht.app.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.app.hardening.Scenarios;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The auditor's pages over the trail: every entry with filters and paging, and the history of one subject. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrailPagesTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcTemplate jdbc;

  /** Ids of this test class alone. */
  final String client = "C-HIST-" + System.nanoTime();
  final String seeker = "S-HIST-" + System.nanoTime();
  String plan;
  String planDataset;
  String rejected;
  String decision;

  @BeforeAll
  void planRejectAndLet() throws Exception {
    String id = json(mvc.perform(post("/api/v1/plans").param("seconds", "2").with(httpBasic("officer", "officer"))
        .contentType(MediaType.APPLICATION_JSON).content(Scenarios.bytes(Scenarios.planWithClient("C2", client))))
        .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString()).get("id").asText();
    JsonNode done = awaitDone(id);
    plan = done.get("id").asText();
    planDataset = done.get("dataset").asText();
    for (JsonNode assignment : done.get("assignments")) {
      if (assignment.get("client").asText().equals(client)) {
        rejected = assignment.get("matchId").asText();
      }
    }
    assertThat(rejected).as("the renamed client is placed").isNotNull();
    mvc.perform(post("/api/v1/matches/" + rejected + "/reject").with(httpBasic("officer", "officer"))
        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"te ver van haar netwerk\"}"))
        .andExpect(status().isOk());

    JsonNode evaluation = json(mvc.perform(post("/api/v1/evaluations").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(Scenarios.bytes(Scenarios.evaluationWithSeeker("S-BRAM", seeker))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    for (int i = 0; i < evaluation.get("vacancies").size(); i++) {
      if (evaluation.get("vacancies").get(i).get("unit").asText().equals("U-VIOLIER-12")) {
        decision = evaluation.get("decisionIds").get(i).asText();
      }
    }
    mvc.perform(get("/api/v1/decisions/" + decision).with(httpBasic("auditor", "auditor"))).andExpect(status().isOk());
  }

  @Test
  void theHistoryOfAClientHoldsThePlanTheProposalTheRejectionWithItsReasonAndTheReads() throws Exception {
    String page = page(get("/audit/history").param("client", client));

    assertThat(page).contains("Geschiedenis van cliënt of woningzoekende " + client)
        .contains("importeerde dataset " + planDataset)
        .contains("maakte plan " + plan + " op dataset " + planDataset)
        .contains("las plan " + plan)
        .contains("wees match " + rejected + " af (cliënt " + client)
        .contains("reden: te ver van haar netwerk")
        .contains("las de geschiedenis van cliënt of woningzoekende " + client);
    assertThat(page.indexOf("importeerde dataset")).as("oldest first").isLessThan(page.indexOf("wees match"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'SENSITIVE_READ' AND subject = ?",
        Integer.class, "client " + client)).as("reading a history is recorded").isEqualTo(1);
  }

  @Test
  void theHistoryOfAMatchHoldsItsPlanAndEveryActionOnIt() throws Exception {
    String page = page(get("/audit/history").param("match", rejected));

    assertThat(page).contains("Geschiedenis van match " + rejected)
        .contains("maakte plan " + plan)
        .contains("wees match " + rejected + " af")
        .contains("importeerde dataset " + planDataset);
  }

  @Test
  void theHistoryOfADwellingHoldsItsDecisionsAndTheirReadsLinkedToTheCaseFile() throws Exception {
    String page = page(get("/audit/history").param("unit", "U-VIOLIER-12"));

    assertThat(page).contains("Geschiedenis van woning U-VIOLIER-12")
        .contains("legde beslissing " + decision + " vast: woning U-VIOLIER-12 (gepubliceerd 2 maart 2026)")
        .contains("auditor las beslissing " + decision)
        .contains("href=\"/audit/decisions/" + decision + "\"");
    assertThat(page(get("/audit/history").param("seeker", "x"))).doesNotContain("Geschiedenis van woning");
  }

  @Test
  void aMatchThatIsNoNumberIsNamedAndNothingIsRecorded() throws Exception {
    int reads = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'SENSITIVE_READ'", Integer.class);

    assertThat(page(get("/audit/history").param("match", "twaalf"))).contains("role=\"alert\"")
        .contains("<code>match</code>");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'SENSITIVE_READ'", Integer.class))
        .isEqualTo(reads);
  }

  @Test
  void theEntriesPageKeepsItsFiltersCountsAndPages() throws Exception {
    String page = page(get("/audit/entries").param("kind", "MATCH_ACTION").param("subject", "match " + rejected)
        .param("size", "1"));

    assertThat(page).contains("1 vastleggingen").contains("value=\"match " + rejected + "\"")
        .contains("<option value=\"MATCH_ACTION\" selected=\"selected\">")
        .contains("wees match " + rejected + " af")
        .contains("href=\"/audit/history?match=" + rejected + "\"");

    String paged = page(get("/audit/entries").param("subject", "plan " + plan).param("size", "1"));
    assertThat(paged).contains("Pagina 1 van ").contains("page=1").contains("subject=plan%20" + plan)
        .contains("size=1");
    assertThat(page(get("/audit/entries").param("actor", "niemand-" + System.nanoTime())))
        .contains("0 vastleggingen").contains("Geen vastleggingen voor dit filter.");
  }

  @Test
  void aBadFilterIsNamedOnThePage() throws Exception {
    assertThat(page(get("/audit/entries").param("from", "gisteren"))).contains("Dit filter is ongeldig")
        .contains("Vanaf").contains("<code>from</code>")
        .contains("moet een datum zijn, geschreven als jjjj-mm-dd").contains("value=\"gisteren\"");
  }

  @Test
  void theDecisionsPageCountsPagesAndWritesDutchDates() throws Exception {
    String page = page(get("/audit").param("seeker", seeker));

    assertThat(page).contains("2 beslissingen, de nieuwste eerst").contains("2 maart 2026")
        .contains("href=\"/audit/history?unit=U-VIOLIER-12\"");
    assertThat(page(get("/audit").param("seeker", seeker).param("to", "2026-03-01")))
        .contains("Geen beslissingen voor deze zoekvraag.");
    assertThat(page(get("/audit").param("seeker", seeker).param("page", "1"))).contains("0")
        .doesNotContain("U-VIOLIER-12</a>");
  }

  @Test
  void theCaseFileLeadsToTheDwellingsHistory() throws Exception {
    assertThat(page(get("/audit/decisions/" + decision))).contains("href=\"/audit/history?unit=U-VIOLIER-12\"");
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(user("auditor").roles("AUDITOR"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  private JsonNode awaitDone(String id) throws Exception {
    for (int i = 0; i < 600; i++) {
      JsonNode found = json(mvc.perform(get("/api/v1/plans/" + id).with(httpBasic("officer", "officer")))
          .andReturn().getResponse().getContentAsString());
      if (!found.get("status").asText().equals("SOLVING")) {
        return found;
      }
      Scenarios.pause(100);
    }
    throw new AssertionError("plan " + id + " did not finish");
  }

  private static JsonNode json(String text) throws Exception {
    return ScenarioJson.mapper().readTree(text);
  }
}
