package nl.veerkracht.app.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.letting.Evaluation;
import nl.veerkracht.rules.letting.LettingRun;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The legal record of a decision: traces stored as messages and rendered in the reader's
 * language with their legal source, passing checks, provisional lettings, decisions recorded
 * before texts were data, and replay telling apart outcome and rule base.
 */
class TraceRecordTest extends PostgresIntegrationTest {

  static final String EXAMPLE = "scenarios/01-rotterdamwet-art8-art10-passend.scenario.json";

  @Autowired
  MockMvc mvc;
  @Autowired
  DecisionRecorder recorder;
  @Autowired
  AuditTrail trail;

  @Test
  void theTraceIsDutchByDefaultEnglishOnRequestAndCarriesItsLaw() throws Exception {
    JsonNode dutch = evaluate(scenario(), "");
    JsonNode english = evaluate(scenario(), "?lang=en");

    // letting order: U-SLINGE-301 before U-VIOLIER-12
    JsonNode art8 = entry(dutch.at("/vacancies/1"), "S-ANNA", "WBMGP-8");
    assertThat(art8.get("detail").asText()).contains("Woning U-VIOLIER-12 valt onder art. 8-aanwijzing", "3 jaar");
    assertThat(art8.get("link").asText()).isEqualTo("https://wetten.overheid.nl/jci1.3:c:BWBR0019388&artikel=8");
    assertThat(art8.get("message").asText()).isEqualTo("art8.refused");
    assertThat(entry(english.at("/vacancies/1"), "S-ANNA", "WBMGP-8").get("detail").asText())
        .contains("Unit U-VIOLIER-12 is covered by art. 8 designation");
    // a clear woonverklaring, an income within the limit: checks that pass are in the trace too
    assertThat(entry(dutch.at("/vacancies/0"), "S-EMRE", "WBMGP-10").get("outcome").asText()).isEqualTo("PASSED");
    assertThat(entry(dutch.at("/vacancies/0"), "S-EMRE", "DAEB").get("detail").asText()).contains("binnen");

    String id = dutch.get("decisionIds").get(1).asText();
    mvc.perform(get("/api/v1/decisions/" + id).with(httpBasic("auditor", "auditor")))
        .andExpect(jsonPath("$.outcome.candidates[0].trace[0].detail", containsString("valt onder")))
        .andExpect(jsonPath("$.outcome.candidates[0].trace[0].law").exists());
    mvc.perform(get("/api/v1/decisions/" + id).with(httpBasic("auditor", "auditor"))
            .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9"))
        .andExpect(jsonPath("$.outcome.candidates[0].trace[0].detail", containsString("is covered by")));
    mvc.perform(get("/audit/decisions/" + id).with(user("auditor").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Art. 8: inkomenseis in een aangewezen gebied")))
        .andExpect(content().string(containsString("geweigerd")))
        .andExpect(content().string(containsString("Rotterdam past art. 8 sinds 2022 niet meer toe")));
  }

  @Test
  void aWinnerNotYetScreenedIsLetProvisionally() throws Exception {
    ObjectNode scenario = scenario();
    for (JsonNode seeker : scenario.withArray("seekers")) {
      if (seeker.get("id").asText().equals("S-FENNA")) {
        ((ObjectNode) seeker).remove("screening");
      }
    }

    JsonNode result = evaluate(scenario, "");

    // S-FENNA, not screened now instead of a conditional woonverklaring, wins the Slinge dwelling under art. 10
    JsonNode slinge = result.at("/vacancies/0");
    assertThat(slinge.get("winner").asText()).isEqualTo("S-FENNA");
    assertThat(slinge.get("provisional").asBoolean()).isTrue();
    assertThat(slinge.get("provisionalReason").asText()).contains("voorlopig");
    assertThat(entry(slinge, "S-FENNA", "WBMGP-10").get("outcome").asText()).isEqualTo("PENDING");
    assertThat(result.at("/vacancies/1/provisional").asBoolean()).isFalse();
    mvc.perform(get("/audit/decisions/" + result.get("decisionIds").get(0).asText())
            .with(user("auditor").roles("AUDITOR")))
        .andExpect(content().string(containsString("Voorlopige toewijzing")));
  }

  @Test
  void aDecisionRecordedBeforeTextsWereDataStillRendersAndReplays() throws Exception {
    Scenario scenario = ScenarioReader.read(new ClassPathResource(EXAMPLE).getContentAsByteArray());
    RuleBase older = RuleBase.version("2026.1");
    Evaluation evaluation = LettingRun.evaluate(scenario, older);
    String recorded = recorder.record(evaluation, Policy.of(scenario.policy()), older, "officer").get(0);
    ObjectNode content = (ObjectNode) trail.entry(Long.parseLong(recorded)).orElseThrow().contentTree();
    // as version 2026.1 recorded it: English words, no message codes, no identity parts, no provisional flag
    ((ObjectNode) content.get("rules")).remove("parts");
    ObjectNode outcome = (ObjectNode) content.get("outcome");
    outcome.remove("provisional");
    outcome.findValues("trace").forEach(trace -> trace.forEach(entry -> {
      ObjectNode old = (ObjectNode) entry;
      old.put("detail", "recorded words of " + old.get("message").asText());
      old.remove(List.of("message", "args"));
    }));
    long old = trail.append(AuditKind.DECISION, "U-VIOLIER-12", "officer", content);

    mvc.perform(get("/audit/decisions/" + old).with(user("auditor").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("recorded words of art10.negative")))
        .andExpect(content().string(containsString("BWBR0019388")))
        .andExpect(content().string(not(containsString("BWBR0020014"))));
    mvc.perform(get("/api/v1/decisions/" + old).with(httpBasic("auditor", "auditor")))
        .andExpect(jsonPath("$.outcome.candidates[0].trace[0].detail", containsString("recorded words of")))
        .andExpect(jsonPath("$.outcome.candidates[0].trace[0].message").doesNotExist())
        .andExpect(jsonPath("$.outcome.candidates[0].trace[0].link", containsString("BWBR0019388")));
    mvc.perform(post("/api/v1/decisions/" + old + "/replay").with(httpBasic("auditor", "auditor")))
        .andExpect(jsonPath("$.reproduced").value(true))
        .andExpect(jsonPath("$.verdict").value("SAME"))
        .andExpect(jsonPath("$.textsCompared").value(false))
        .andExpect(jsonPath("$.notRecorded[0]").value("code"));
  }

  @Test
  void replayTellsAnotherRuleBaseFromAnotherOutcome() throws Exception {
    String id = evaluate(scenario(), "").get("decisionIds").get(1).asText();
    ObjectNode content = (ObjectNode) trail.entry(Long.parseLong(id)).orElseThrow().contentTree();

    ObjectNode otherCode = content.deepCopy();
    ((ObjectNode) otherCode.at("/rules/parts")).put("code", "sha256:" + "0".repeat(64));
    ((ObjectNode) otherCode.get("rules")).put("hash", "sha256:" + "1".repeat(64));
    long underOtherCode = trail.append(AuditKind.DECISION, "U-VIOLIER-12", "officer", otherCode);
    mvc.perform(post("/api/v1/decisions/" + underOtherCode + "/replay").with(httpBasic("auditor", "auditor")))
        .andExpect(jsonPath("$.reproduced").value(false))
        .andExpect(jsonPath("$.sameOutcome").value(true))
        .andExpect(jsonPath("$.verdict").value("SAME_OUTCOME_OTHER_RULE_BASE"))
        .andExpect(jsonPath("$.changedParts[0]").value("code"))
        .andExpect(jsonPath("$.differences[0].field").value("rules.hash"));

    ObjectNode otherWinner = content.deepCopy();
    ((ObjectNode) otherWinner.get("outcome")).put("winner", "S-CEES");
    long withOtherWinner = trail.append(AuditKind.DECISION, "U-VIOLIER-12", "officer", otherWinner);
    mvc.perform(post("/api/v1/decisions/" + withOtherWinner + "/replay").with(httpBasic("auditor", "auditor")))
        .andExpect(jsonPath("$.verdict").value("DIFFERENT_OUTCOME"))
        .andExpect(jsonPath("$.sameOutcome").value(false))
        .andExpect(jsonPath("$.differences[0].field").value("winner"));
    mvc.perform(post("/audit/decisions/" + withOtherWinner + "/replay").with(user("auditor").roles("AUDITOR"))
            .with(csrf()))
        .andExpect(content().string(containsString("Andere uitkomst dan vastgelegd")));
  }

  private JsonNode evaluate(ObjectNode scenario, String query) throws Exception {
    String body = mvc.perform(post("/api/v1/evaluations" + query).with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(ScenarioJson.mapper().writeValueAsBytes(scenario)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return ScenarioJson.mapper().readTree(body);
  }

  private static ObjectNode scenario() throws Exception {
    return (ObjectNode) ScenarioJson.mapper().readTree(new ClassPathResource(EXAMPLE).getContentAsByteArray());
  }

  private static JsonNode entry(JsonNode vacancy, String seeker, String basis) {
    for (JsonNode candidate : vacancy.get("candidates")) {
      if (candidate.get("seeker").asText().equals(seeker)) {
        for (JsonNode entry : (ArrayNode) candidate.get("trace")) {
          if (entry.get("basis").asText().equals(basis)) {
            return entry;
          }
        }
      }
    }
    throw new AssertionError("no " + basis + " entry for " + seeker);
  }
}
