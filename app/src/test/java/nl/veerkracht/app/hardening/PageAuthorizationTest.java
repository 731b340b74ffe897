package nl.veerkracht.app.hardening;

import static nl.veerkracht.app.hardening.Scenarios.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.app.token.ApiTokens;
import nl.veerkracht.app.i18n.EnglishOnPages;
import nl.veerkracht.app.user.Role;
import nl.veerkracht.democity.DemoCity;
import nl.veerkracht.scenario.ScenarioJson;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every page, GET and the POST forms, with every role and without login: a redirect to the
 * login page without one, 403 for a role that may not, 200 or a redirect (not to the login)
 * for the role that may; every form refused without its CSRF token; hostile names escaped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAuthorizationTest extends PostgresIntegrationTest {

  /** One page or form: its method, path, form fields, and the role it belongs to. */
  record Page(String method, String path, Map<String, String> fields, Role role) {
    @Override
    public String toString() {
      return method + " " + path + (fields.isEmpty() ? "" : " " + fields.keySet());
    }
  }

  static final Map<Role, String> USERS = Map.of(Role.OFFICER, "officer", Role.POLICYMAKER, "policy",
      Role.AUDITOR, "auditor", Role.ADMIN, "admin");

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  DatasetStore datasets;
  @Autowired
  ApiTokens tokens;

  JsonNode plan;
  String planDataset;
  String simulation;
  String indicatorDataset;
  String decision;
  long letting;
  String token;
  List<Page> pages;

  @BeforeAll
  void storeWhatThePagesShow() throws Exception {
    byte[] planScenario = Scenarios.bytes(Scenarios.planWithClient("C2", HOSTILE));
    String planId = apiPost("/api/v1/plans?seconds=2", planScenario).get("id").asText();
    plan = awaitPlan(planId);
    planDataset = plan.get("dataset").asText();
    indicatorDataset = apiPost("/api/v1/scenarios", Scenarios.bytes(Scenarios.read("indicators"))).get("id").asText();
    JsonNode evaluation = apiPost("/api/v1/evaluations",
        Scenarios.bytes(Scenarios.evaluationWithSeeker("S-ANNA", HOSTILE)));
    for (int i = 0; i < evaluation.get("vacancies").size(); i++) {
      if (evaluation.get("vacancies").get(i).get("unit").asText().equals("U-VIOLIER-12")) {
        decision = evaluation.get("decisionIds").get(i).asText(); // the vacancy the hostile seeker answered
      }
    }
    letting = jdbc.queryForObject("SELECT MAX(seq) FROM audit_entry WHERE kind = 'EVALUATION'", Long.class);
    long city = datasets.save(DemoCity.generate(7, 0.01), "walk: small demo city", "officer");
    MockHttpServletResponse started = mvc.perform(post("/api/v1/simulations").with(httpBasic("policy", "policy"))
        .contentType(MediaType.APPLICATION_JSON).content("{\"dataset\": \"" + city + "\", \"months\": 2, \"seed\": 7,"
            + " \"replications\": 2, \"variants\": [{\"name\": \"baseline\"}, {\"name\": \"half\", \"art9ShareOverride\": \"1/2\"}]}"))
        .andReturn().getResponse();
    assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(202);
    simulation = ScenarioJson.mapper().readTree(started.getContentAsString()).get("id").asText();
    awaitNoRunningSimulation();
    assertThat(jdbc.queryForObject("SELECT status FROM simulation WHERE id = ?", String.class, Long.parseLong(simulation)))
        .as("the walk's simulation is done, so that its page shows the comparison").isEqualTo("DONE");
    jdbc.update("DELETE FROM app_user_role WHERE username = 'walk-target'");
    jdbc.update("DELETE FROM app_user WHERE username = 'walk-target'");
    mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
        .param("username", "walk-target").param("password", "wandel-doel-2026").param("roles", "AUDITOR"));
    token = tokens.create("admin", "walk-token-" + System.nanoTime(), "AUDITOR").token().id();

    JsonNode first = plan.get("assignments").get(0);
    JsonNode second = plan.get("assignments").get(1);
    String p = plan.get("id").asText();
    String m1 = first.get("matchId").asText();
    String m2 = second.get("matchId").asText();
    pages = List.of(
        new Page("GET", "/officer", Map.of(), Role.OFFICER),
        new Page("GET", "/officer/datasets/" + planDataset + "/export", Map.of(), Role.OFFICER),
        new Page("GET", "/officer/plans/" + p, Map.of(), Role.OFFICER),
        new Page("GET", "/officer/plans/" + p + "/why", Map.of("client", "C1", "unit", "U5"), Role.OFFICER),
        new Page("POST", "/officer/datasets", Map.of("name", "walk upload"), Role.OFFICER),
        new Page("POST", "/officer/datasets/" + planDataset + "/plans", Map.of("seconds", "1"), Role.OFFICER),
        new Page("POST", "/officer/plans/" + p + "/replan", Map.of(), Role.OFFICER),
        new Page("POST", "/officer/plans/" + p + "/cancel", Map.of(), Role.OFFICER),
        new Page("POST", "/officer/matches/" + m1 + "/accept", Map.of("plan", p), Role.OFFICER),
        new Page("POST", "/officer/matches/" + m1 + "/offer", Map.of("plan", p), Role.OFFICER),
        new Page("POST", "/officer/matches/" + m1 + "/sign", Map.of("plan", p), Role.OFFICER),
        new Page("POST", "/officer/matches/" + m1 + "/withdraw", Map.of("plan", p, "reasonText", "walk"), Role.OFFICER),
        new Page("POST", "/officer/matches/" + m2 + "/change", Map.of("plan", p, "version", "0", "unit", "U5", "reasonCode", "NETWORK"), Role.OFFICER),
        new Page("POST", "/officer/matches/" + m2 + "/reject", Map.of("plan", p, "reasonCode", "NETWORK"), Role.OFFICER),
        new Page("GET", "/officer/datasets/" + planDataset + "/lettings", Map.of(), Role.OFFICER),
        new Page("POST", "/officer/datasets/" + planDataset + "/lettings", Map.of(), Role.OFFICER),
        new Page("GET", "/officer/lettings/" + letting, Map.of(), Role.OFFICER),
        new Page("GET", "/policy", Map.of(), Role.POLICYMAKER),
        new Page("GET", "/policy", Map.of("dataset", indicatorDataset), Role.POLICYMAKER),
        new Page("GET", "/policy/buurten/BU05990002", Map.of("dataset", indicatorDataset), Role.POLICYMAKER),
        new Page("GET", "/policy/simulations", Map.of(), Role.POLICYMAKER),
        new Page("POST", "/policy/simulations", Map.of("months", "2"), Role.POLICYMAKER),
        new Page("GET", "/policy/simulations/" + simulation, Map.of(), Role.POLICYMAKER),
        new Page("GET", "/policy/simulations/" + simulation + "/buurten.csv", Map.of(), Role.POLICYMAKER),
        new Page("POST", "/policy/simulations/" + simulation + "/rerun", Map.of(), Role.POLICYMAKER),
        new Page("GET", "/audit", Map.of(), Role.AUDITOR),
        new Page("GET", "/audit", Map.of("seeker", "S-BRAM"), Role.AUDITOR),
        new Page("GET", "/audit/decisions/" + decision, Map.of(), Role.AUDITOR),
        new Page("GET", "/audit/decisions.csv", Map.of(), Role.AUDITOR),
        new Page("GET", "/audit/entries", Map.of("kind", "DECISION"), Role.AUDITOR),
        new Page("GET", "/audit/history", Map.of(), Role.AUDITOR),
        new Page("GET", "/audit/history", Map.of("unit", "U-VIOLIER-12"), Role.AUDITOR),
        new Page("GET", "/audit/history", Map.of("client", "C1"), Role.AUDITOR),
        new Page("POST", "/audit/verify", Map.of(), Role.AUDITOR),
        new Page("POST", "/audit/decisions/" + decision + "/replay", Map.of(), Role.AUDITOR),
        new Page("GET", "/admin", Map.of(), Role.ADMIN),
        new Page("POST", "/admin/users", Map.of("password", "lang-genoeg-1", "roles", "AUDITOR"), Role.ADMIN),
        new Page("POST", "/admin/users/walk-target/enabled", Map.of("enabled", "false"), Role.ADMIN),
        new Page("GET", "/admin/tokens", Map.of(), Role.ADMIN),
        new Page("POST", "/admin/tokens", Map.of("role", "AUDITOR"), Role.ADMIN),
        new Page("GET", "/admin/tokens/" + token + "/revoke", Map.of(), Role.ADMIN),
        new Page("POST", "/admin/tokens/" + token + "/revoke", Map.of(), Role.ADMIN));
  }

  @Test
  void withoutLoginEveryPageAndFormLeadsToTheLoginPage() throws Exception {
    String before = fingerprint();
    SoftAssertions softly = new SoftAssertions();
    for (Page page : pages) {
      MockHttpServletResponse response = call(page, null, true);
      softly.assertThat(response.getStatus()).as(page + " without login").isEqualTo(302);
      softly.assertThat(response.getRedirectedUrl()).as(page + " without login").endsWith("/login");
    }
    softly.assertThat(call(new Page("GET", "/", Map.of(), null), null, false).getRedirectedUrl()).endsWith("/login");
    softly.assertThat(fingerprint()).as("nothing changed").isEqualTo(before);
    softly.assertAll();
  }

  @Test
  void everyOtherRoleIsForbidden() throws Exception {
    String before = fingerprint();
    SoftAssertions softly = new SoftAssertions();
    for (Page page : pages) {
      for (Role role : Role.values()) {
        if (role != page.role()) {
          softly.assertThat(call(page, role, true).getStatus()).as(page + " as " + role).isEqualTo(403);
        }
      }
    }
    softly.assertThat(fingerprint()).as("nothing changed").isEqualTo(before);
    softly.assertAll();
  }

  @Test
  void noFormIsAcceptedWithoutItsCsrfToken() throws Exception {
    String before = fingerprint();
    SoftAssertions softly = new SoftAssertions();
    for (Page page : pages) {
      if (page.method().equals("POST")) {
        softly.assertThat(call(page, page.role(), false).getStatus()).as(page + " without CSRF token").isEqualTo(403);
      }
    }
    softly.assertThat(fingerprint()).as("nothing changed").isEqualTo(before);
    softly.assertAll();
  }

  @Test
  void theRightRoleGetsEveryPageAndForm() throws Exception {
    SoftAssertions softly = new SoftAssertions();
    for (Role role : Role.values()) {
      MockHttpServletResponse home = call(new Page("GET", "/", Map.of(), role), role, false);
      softly.assertThat(home.getRedirectedUrl()).as("/ as " + role).isEqualTo(role.startPage());
    }
    for (Page page : pages) {
      MockHttpServletResponse response = call(page, page.role(), true);
      softly.assertThat(response.getStatus()).as(page + " as " + page.role()).isBetween(200, 399);
      softly.assertThat(String.valueOf(response.getRedirectedUrl())).as(page + " as " + page.role())
          .doesNotEndWith("/login");
    }
    softly.assertAll();
    awaitNoSolveOf(planDataset);
    awaitNoRunningSimulation();
  }

  /**
   * Pages that still show English, each with what it shows and whose work it waits on. An entry
   * that is no longer needed fails the test, so that the list only shrinks.
   */
  static final Map<String, String> STILL_ENGLISH = Map.of();

  /**
   * Every page in Dutch, as each page's role sees it: no text of the English bundle, no number,
   * date or time in English format ({@link EnglishOnPages}). The CSV and JSON downloads and the
   * error pages are checked by their own tests.
   */
  @Test
  void everyPageIsDutchThroughout() throws Exception {
    EnglishOnPages english = EnglishOnPages.fromBundles();
    SoftAssertions softly = new SoftAssertions();
    for (Page page : pages) {
      if (page.method().equals("GET") && !page.path().endsWith(".csv") && !page.path().endsWith("/export")) {
        Set<String> found = english.in(call(page, page.role(), false).getContentAsString());
        String exception = STILL_ENGLISH.keySet().stream().filter(page.path()::startsWith).findFirst().orElse(null);
        if (exception == null) {
          softly.assertThat(found).as(page + " as " + page.role()).isEmpty();
        } else {
          softly.assertThat(found).as(page + " is Dutch now: remove it from STILL_ENGLISH").isNotEmpty();
        }
      }
    }
    softly.assertThat(english.in(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString()))
        .as("the login page").isEmpty();
    softly.assertAll();
  }

  @Test
  void aSeekerOrClientNamedScriptIsShownAsText() throws Exception {
    String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
    Map<String, String> shown = new LinkedHashMap<>();
    shown.put("plan", page(get("/officer/plans/" + plan.get("id").asText()), Role.OFFICER));
    shown.put("why-not", page(get("/officer/plans/" + plan.get("id").asText() + "/why").param("client", HOSTILE)
        .param("unit", "U1"), Role.OFFICER));
    shown.put("case file", page(get("/audit/decisions/" + decision), Role.AUDITOR));
    shown.put("search", page(get("/audit").param("seeker", HOSTILE), Role.AUDITOR));
    shown.put("entries", page(get("/audit/entries").param("subject", HOSTILE), Role.AUDITOR));
    shown.put("history", page(get("/audit/history").param("client", HOSTILE), Role.AUDITOR));
    mvc.perform(multipart("/officer/datasets").file(new MockMultipartFile("file", "x.json", "application/json",
            Scenarios.bytes(Scenarios.read("plan")))).param("name", HOSTILE)
        .with(user("officer").roles("OFFICER")).with(csrf()));
    shown.put("officer start", page(get("/officer"), Role.OFFICER));
    shown.put("policy start", page(get("/policy"), Role.POLICYMAKER));

    SoftAssertions softly = new SoftAssertions();
    shown.forEach((name, html) -> {
      softly.assertThat(html).as(name).doesNotContain(HOSTILE).contains(escaped);
    });
    softly.assertAll();
  }

  private String page(MockHttpServletRequestBuilder request, Role role) throws Exception {
    MockHttpServletResponse response = mvc.perform(request.with(user(USERS.get(role)).roles(role.name())))
        .andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return response.getContentAsString();
  }

  private MockHttpServletResponse call(Page page, Role role, boolean withCsrf) throws Exception {
    MockHttpServletRequestBuilder request;
    if (page.path().equals("/officer/datasets") && page.method().equals("POST")) {
      request = multipart(page.path()).file(new MockMultipartFile("file", "walk.json", "application/json",
          Scenarios.bytes(Scenarios.read("plan"))));
    } else {
      request = page.method().equals("GET") ? get(page.path()) : post(page.path());
    }
    Map<String, String> fields = new LinkedHashMap<>(page.fields());
    if (page.path().equals("/admin/users")) {
      fields.put("username", "walk-" + System.nanoTime());
    }
    if (page.path().equals("/admin/tokens") && page.method().equals("POST")) {
      fields.put("name", "walk-" + System.nanoTime());
    }
    fields.forEach(request::param);
    if (role != null) {
      request.with(user(USERS.get(role)).roles(role.name()));
    }
    if (withCsrf) {
      request.with(csrf());
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  /** What the forms could change: datasets, plans, simulations, the walk's matches, users, the audit trail. */
  private String fingerprint() {
    awaitNoSolveOf(planDataset);
    awaitNoRunningSimulation();
    return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM dataset) || '/' || (SELECT COUNT(*) FROM plan) || '/' "
        + "|| (SELECT COUNT(*) FROM simulation) || '/' "
        + "|| (SELECT COALESCE(STRING_AGG(status || version, ',' ORDER BY id), '') FROM plan_match WHERE plan_id = ?) "
        + "|| '/' || (SELECT STRING_AGG(username || enabled, ',' ORDER BY username) FROM app_user) || '/' "
        + "|| (SELECT COUNT(*) FROM api_token WHERE revoked_at IS NULL) || '/' "
        + "|| (SELECT COUNT(*) FROM audit_entry)", String.class, Long.parseLong(plan.get("id").asText()));
  }

  private void awaitNoSolveOf(String dataset) {
    for (int i = 0; i < 600; i++) {
      Integer solving = jdbc.queryForObject("SELECT COUNT(*) FROM plan WHERE status = 'SOLVING' AND dataset_id = ?",
          Integer.class, Long.parseLong(dataset));
      if (solving == 0) {
        return;
      }
      Scenarios.pause(100);
    }
    throw new AssertionError("a plan of dataset " + dataset + " is still solving");
  }

  private void awaitNoRunningSimulation() {
    for (int i = 0; i < 1200; i++) {
      if (jdbc.queryForObject("SELECT COUNT(*) FROM simulation WHERE status = 'RUNNING'", Integer.class) == 0) {
        return;
      }
      Scenarios.pause(100);
    }
    throw new AssertionError("a simulation is still running");
  }

  private JsonNode apiPost(String path, byte[] json) throws Exception {
    MockHttpServletResponse response = mvc.perform(post(path).with(httpBasic("officer", "officer"))
        .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isBetween(200, 299);
    return ScenarioJson.mapper().readTree(response.getContentAsString());
  }

  private JsonNode awaitPlan(String id) throws Exception {
    for (int i = 0; i < 600; i++) {
      JsonNode plan = ScenarioJson.mapper().readTree(mvc.perform(get("/api/v1/plans/" + id)
          .with(httpBasic("officer", "officer"))).andReturn().getResponse().getContentAsString());
      if (!plan.get("status").asText().equals("SOLVING")) {
        assertThat(plan.get("status").asText()).as(plan.toString()).isEqualTo("DONE");
        return plan;
      }
      Scenarios.pause(100);
    }
    throw new AssertionError("plan " + id + " did not finish");
  }
}
