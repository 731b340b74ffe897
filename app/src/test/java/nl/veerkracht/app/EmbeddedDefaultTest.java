package nl.veerkracht.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import javax.sql.DataSource;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.app.dataset.DemoCityDataset;
import nl.veerkracht.democity.DemoCity;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.FileSystemUtils;

/**
 * The README's run command on a machine without PostgreSQL: H2 in a file, the same migrations,
 * the demo profile with its users and the demo city (here a small one, to keep the test fast),
 * and the main flows a newcomer tries first, each through the REST API as its role.
 */
@SpringBootTest(properties = {"veerkracht.demo.city.scale=0.01", "veerkracht.data-dir=" + EmbeddedDefaultTest.DATA})
@AutoConfigureMockMvc
class EmbeddedDefaultTest {

  static final String DATA = "target/embedded-default";

  /** A fresh data folder per run, as on a new machine (before the context, which opens the database in it). */
  static {
    FileSystemUtils.deleteRecursively(new File(DATA));
  }

  @Autowired
  Environment environment;
  @Autowired
  DataSource dataSource;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DemoCityDataset demoCity;
  @Autowired
  DatasetStore store;
  @Autowired
  MockMvc mvc;

  @Test
  void runsOnTheEmbeddedDatabaseWithTheDemoUsers() throws Exception {
    assertThat(environment.getActiveProfiles()).contains("demo");
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:file:").contains(DATA);
    }
    assertThat(jdbc.queryForList("SELECT username FROM app_user ORDER BY username", String.class))
        .containsExactly("admin", "auditor", "officer", "policy");
  }

  @Test
  void theDemoProfileStoresTheDemoCityOnceAsADataset() {
    assertThat(datasetsNamed(demoCity.name())).as("stored at start").isEqualTo(1);
    jdbc.update("DELETE FROM dataset WHERE name = ?", demoCity.name());

    long id = demoCity.storeUnlessPresent();

    assertThat(demoCity.storeUnlessPresent()).isEqualTo(id);
    assertThat(datasetsNamed(demoCity.name())).isEqualTo(1);
    assertThat(store.load(id)).contains(DemoCity.generate(DemoCity.DEFAULT_SEED, 0.01));
  }

  @Test
  void evaluateAuditPlanReviewAndSimulateOnTheEmbeddedDatabase() throws Exception {
    JsonNode evaluation = call(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
        .content(scenario("01-rotterdamwet-art8-art10-passend")), "officer", 200);
    String decision = evaluation.get("decisionIds").get(0).asText();
    assertThat(call(get("/api/v1/decisions/" + decision), "auditor", 200).get("outcome").get("unit").asText())
        .isEqualTo(evaluation.get("vacancies").get(0).get("unit").asText());
    assertThat(call(post("/api/v1/decisions/" + decision + "/replay"), "auditor", 200).toString())
        .contains("\"reproduced\":true");

    String planId = call(post("/api/v1/plans").param("seconds", "2").contentType(MediaType.APPLICATION_JSON)
        .content(scenario("plan")), "officer", 202).get("id").asText();
    JsonNode plan = awaitEnd("/api/v1/plans/" + planId, "officer", "SOLVING");
    assertThat(plan.get("status").asText()).isEqualTo("DONE");
    JsonNode assignments = plan.get("assignments");
    call(post("/api/v1/matches/" + assignments.get(0).get("matchId").asText() + "/accept"), "officer", 200);
    call(post("/api/v1/matches/" + assignments.get(1).get("matchId").asText() + "/reject")
        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Te ver van de zorgaanbieder\"}"), "officer", 200);

    long city = store.save(DemoCity.generate(DemoCity.DEFAULT_SEED, 0.01), "kleine stad", "officer");
    String simulation = call(post("/api/v1/simulations").contentType(MediaType.APPLICATION_JSON)
        .content("{\"dataset\": \"" + city + "\", \"months\": 2, \"seed\": 7, \"variants\": [{\"name\": \"basis\"},"
            + " {\"name\": \"half\", \"art9ShareOverride\": \"1/2\"}]}"), "policy", 202).get("id").asText();
    JsonNode simulated = awaitEnd("/api/v1/simulations/" + simulation, "policy", "RUNNING");
    assertThat(simulated.get("status").asText()).as(simulated.toString()).isEqualTo("DONE");
    assertThat(simulated.get("variants")).hasSize(2);

    JsonNode verification = call(get("/api/v1/audit/verify"), "auditor", 200);
    assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
    assertThat(jdbc.queryForList("SELECT DISTINCT kind FROM audit_entry", String.class))
        .contains("IMPORT", "DECISION", "MATCH_ACTION", "SIMULATION", "SENSITIVE_READ");
  }

  private JsonNode call(MockHttpServletRequestBuilder request, String demoUser, int status) throws Exception {
    var response = mvc.perform(request.with(httpBasic(demoUser, demoUser))).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
    return ScenarioJson.mapper().readTree(response.getContentAsString());
  }

  private JsonNode awaitEnd(String path, String demoUser, String running) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    JsonNode view = call(get(path), demoUser, 200);
    while (view.get("status").asText().equals(running) && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
      view = call(get(path), demoUser, 200);
    }
    return view;
  }

  private static byte[] scenario(String name) throws Exception {
    return new ClassPathResource("scenarios/" + name + ".scenario.json").getContentAsByteArray();
  }

  private int datasetsNamed(String name) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM dataset WHERE name = ?", Integer.class, name);
  }
}
