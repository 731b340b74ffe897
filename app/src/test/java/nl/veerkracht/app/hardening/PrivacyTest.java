package nl.veerkracht.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.scenario.ScenarioJson;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Privacy: screening results, client groups and the ids of seekers and clients never reach
 * the log; every read of them is in the audit trail; policymakers see aggregates only, with
 * small cells suppressed.
 */
class PrivacyTest extends PostgresIntegrationTest {

  /** Values that identify a person or say something about their health or record. */
  static final List<String> SENSITIVE = List.of("S-PRIV-ANNA", "S-PRIV-BRAM", "S-PRIV-CEES", "S-PRIV-DEWI",
      "S-PRIV-EMRE", "S-PRIV-FENNA", "S-PRIV-GHOST", "C-PRIV-1", "C-PRIV-2", "C-PRIV-3", "C-PRIV-4",
      "NEGATIVE", "CONDITIONAL", "GGZ", "LVB", "MO_OUTFLOW", "BW_OUTFLOW", "MEDICAL", "Zorg-Priv-Aanbieder",
      "terugval-priv-toelichting");
  /**
   * Groups that are also components of the vulnerability index: the policymaker's indicator pages
   * name them as model terms (the index's weights), never as a person's group.
   */
  static final List<String> INDEX_COMPONENTS = List.of("GGZ", "LVB");

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  LoggingSystem logging;

  @Test
  void theLogHoldsNoScreeningNoClientGroupAndNoSeekerOrClientId() throws Exception {
    // every event any logger of the application emits, whatever appender it would go to
    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    root.addAppender(captured);
    logging.setLogLevel("nl.veerkracht", LogLevel.DEBUG);
    try {
      LoggerFactory.getLogger("nl.veerkracht.app.hardening").debug("privacy capture check");

      JsonNode evaluation = api(post("/api/v1/evaluations"), "officer", Scenarios.bytes(evaluationScenario()));
      for (JsonNode id : evaluation.get("decisionIds")) {
        api(get("/api/v1/decisions/" + id.asText()), "officer", null);
        page(get("/audit/decisions/" + id.asText()), "auditor", "AUDITOR");
      }
      page(get("/audit").param("seeker", "S-PRIV-DEWI"), "auditor", "AUDITOR");
      ObjectNode unknownSeeker = evaluationScenario();
      ((ArrayNode) unknownSeeker.withArray("vacancies").get(0).get("respondents")).add("S-PRIV-GHOST");
      status(post("/api/v1/evaluations"), "officer", Scenarios.bytes(unknownSeeker));

      JsonNode plan = awaitPlan(api(post("/api/v1/plans?seconds=2"), "officer", Scenarios.bytes(planScenario()))
          .get("id").asText());
      String id = plan.get("id").asText();
      page(get("/officer/plans/" + id), "officer", "OFFICER");
      page(get("/officer/plans/" + id + "/why").param("client", "C-PRIV-4").param("unit", "U1"), "officer", "OFFICER");
      String accepted = plan.get("assignments").get(0).get("matchId").asText();
      String rejected = plan.get("assignments").get(1).get("matchId").asText();
      mvc.perform(post("/officer/matches/" + accepted + "/accept").param("plan", id)
          .with(user("officer").roles("OFFICER")).with(csrf()));
      mvc.perform(post("/officer/matches/" + rejected + "/reject").param("plan", id).param("reasonCode", "OTHER")
          .param("reasonText", "terugval-priv-toelichting").with(user("officer").roles("OFFICER")).with(csrf()));
      api(get("/api/v1/plans/" + id), "officer", null);
      status(post("/api/v1/plans?seconds=0"), "officer", Scenarios.bytes(planScenario()));
    } finally {
      logging.setLogLevel("nl.veerkracht", null);
      root.detachAppender(captured);
    }

    StringBuilder log = new StringBuilder();
    synchronized (captured) {
      for (ILoggingEvent event : captured.list) {
        log.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(": ")
            .append(event.getFormattedMessage()).append('\n');
        if (event.getThrowableProxy() != null) {
          log.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
        }
      }
    }
    assertThat(log.toString()).as("the capture works").contains("privacy capture check");
    SoftAssertions softly = new SoftAssertions();
    for (String value : SENSITIVE) {
      softly.assertThat(log.toString()).as("the log mentions " + value).doesNotContain(value);
    }
    softly.assertAll();
  }

  @Test
  void everyReadOfADecisionOrAPlansClientsIsAudited() throws Exception {
    String decision = api(post("/api/v1/evaluations"), "officer", Scenarios.bytes(evaluationScenario()))
        .get("decisionIds").get(0).asText();
    JsonNode plan = awaitPlan(api(post("/api/v1/plans?seconds=2"), "officer", Scenarios.bytes(planScenario()))
        .get("id").asText());
    String planId = plan.get("id").asText();

    int byOfficer = reads("decision " + decision, "officer");
    api(get("/api/v1/decisions/" + decision), "officer", null);
    assertThat(reads("decision " + decision, "officer")).as("decision read by API").isEqualTo(byOfficer + 1);

    int byAuditor = reads("decision " + decision, "auditor");
    api(get("/api/v1/decisions/" + decision), "auditor", null);
    page(get("/audit/decisions/" + decision), "auditor", "AUDITOR");
    assertThat(reads("decision " + decision, "auditor")).as("decision read by API and case file")
        .isEqualTo(byAuditor + 2);

    int planReads = reads("plan " + planId, "officer");
    page(get("/officer/plans/" + planId), "officer", "OFFICER");
    page(get("/officer/plans/" + planId + "/why").param("client", "C-PRIV-1").param("unit", "U1"), "officer", "OFFICER");
    assertThat(reads("plan " + planId, "officer")).as("plan page and why-not").isEqualTo(planReads + 2);

    String dataset = plan.get("dataset").asText();
    int exports = reads("dataset " + dataset, "officer");
    api(get("/api/v1/scenarios/" + dataset), "officer", null);
    page(get("/officer/datasets/" + dataset + "/export"), "officer", "OFFICER");
    assertThat(reads("dataset " + dataset, "officer")).as("a dataset export holds screening and client groups")
        .isEqualTo(exports + 2);
  }

  @Test
  void policymakersSeeAggregatesOnlyWithSmallCellsSuppressed() throws Exception {
    String dataset = api(post("/api/v1/scenarios"), "officer", Scenarios.bytes(areasWithPeople())).get("id").asText();

    List<String> shown = new ArrayList<>();
    shown.add(status(get("/api/v1/areas/indicators").param("dataset", dataset), "policy", null).getContentAsString());
    shown.add(page(get("/policy").param("dataset", dataset), "policy", "POLICYMAKER"));
    shown.add(page(get("/policy/buurten/BU05990001").param("dataset", dataset), "policy", "POLICYMAKER"));
    shown.add(page(get("/policy/buurten/BU05990002").param("dataset", dataset), "policy", "POLICYMAKER"));

    SoftAssertions softly = new SoftAssertions();
    for (String body : shown) {
      for (String value : SENSITIVE) {
        if (INDEX_COMPONENTS.contains(value)) {
          continue;
        }
        softly.assertThat(body).as("policymaker sees " + value).doesNotContain(value);
      }
      // the small street's own values (8 observations) are never shown
      softly.assertThat(body).doesNotContain("0.3137").doesNotContain("31.37").doesNotContain("77.7");
    }
    JsonNode small = null;
    for (JsonNode area : ScenarioJson.mapper().readTree(shown.get(0)).get("areas")) {
      if (area.get("code").asText().equals("ST-C")) {
        small = area;
      }
    }
    softly.assertThat(small).isNotNull();
    softly.assertThat(small.get("suppressed").toString()).contains("socialAssistanceShare", "psychiatryShare",
        "nuisanceScore");
    softly.assertThat(small.path("vulnerabilityIndex").isMissingNode() || small.get("vulnerabilityIndex").isNull())
        .as("no index from suppressed values").isTrue();
    softly.assertAll();
  }

  /** The art. 8/10 scenario: screening NEGATIVE and CONDITIONAL, an urgent (MEDICAL) seeker, ids renamed. */
  static ObjectNode evaluationScenario() {
    ObjectNode scenario = Scenarios.read("01-rotterdamwet-art8-art10-passend");
    for (String name : List.of("ANNA", "BRAM", "CEES", "DEWI", "EMRE", "FENNA")) {
      scenario = Scenarios.renameSeeker(scenario, "S-" + name, "S-PRIV-" + name);
    }
    for (JsonNode seeker : scenario.withArray("seekers")) {
      if (seeker.get("id").asText().equals("S-PRIV-CEES")) {
        ((ObjectNode) seeker).putObject("urgency").put("ground", "MEDICAL").put("validUntil", "2026-12-31");
      }
    }
    return scenario;
  }

  /** The plan scenario's clients (GGZ, LVB and shelter outflow) with ids and a care provider of this test. */
  static ObjectNode planScenario() {
    ObjectNode scenario = Scenarios.read("plan");
    int n = 1;
    for (JsonNode client : scenario.withArray("clients")) {
      ((ObjectNode) client).put("id", "C-PRIV-" + n++).put("screening", n % 2 == 0 ? "NEGATIVE" : "CONDITIONAL");
    }
    ((ObjectNode) scenario.withArray("clients").get(0)).put("careProvider", "Zorg-Priv-Aanbieder");
    scenario.putArray("careProviders").addObject().put("name", "Zorg-Priv-Aanbieder").putArray("buurten")
        .add("BU05990001");
    return scenario;
  }

  /** The indicator areas, a small street with values of its own, and the seekers and clients above. */
  static ObjectNode areasWithPeople() {
    ObjectNode scenario = Scenarios.read("indicators");
    for (JsonNode area : scenario.withArray("areas")) {
      if (area.get("street").asText().equals("ST-C")) {
        for (JsonNode year : area.get("indicators")) {
          ((ObjectNode) year).put("socialAssistanceShare", 0.3137).put("nuisanceScore", 77.7);
        }
      }
    }
    scenario.set("seekers", evaluationScenario().get("seekers"));
    scenario.set("clients", planScenario().get("clients"));
    scenario.set("careProviders", planScenario().get("careProviders"));
    return scenario;
  }

  private int reads(String subject, String actor) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'SENSITIVE_READ' AND subject = ? "
        + "AND actor = ?", Integer.class, subject, actor);
  }

  private MockHttpServletResponse status(MockHttpServletRequestBuilder request, String basicUser, byte[] json)
      throws Exception {
    request.with(httpBasic(basicUser, basicUser));
    if (json != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private JsonNode api(MockHttpServletRequestBuilder request, String basicUser, byte[] json) throws Exception {
    MockHttpServletResponse response = status(request, basicUser, json);
    assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
    return ScenarioJson.mapper().readTree(response.getContentAsString());
  }

  private String page(MockHttpServletRequestBuilder request, String name, String role) throws Exception {
    MockHttpServletResponse response = mvc.perform(request.with(user(name).roles(role))).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return response.getContentAsString();
  }

  private JsonNode awaitPlan(String id) throws Exception {
    for (int i = 0; i < 600; i++) {
      JsonNode plan = api(get("/api/v1/plans/" + id), "officer", null);
      if (!plan.get("status").asText().equals("SOLVING")) {
        assertThat(plan.get("status").asText()).as(plan.toString()).isEqualTo("DONE");
        return plan;
      }
      Scenarios.pause(100);
    }
    throw new AssertionError("plan " + id + " did not finish");
  }
}
