package nl.veerkracht.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.veerkracht.app.PostgresTestDatabase;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the packaged service during a solve, a simulation and an import, against a fresh
 * PostgreSQL database of its own. After a restart nothing is half-written, the interrupted job
 * is FAILED and the audit chain verifies. Needs {@code target/veerkracht.jar} (build it first);
 * tagged {@code faults}: {@code mvn -B -o -q install -DskipTests && mvn -B -o -pl app test -Pfaults}.
 */
@Tag("faults")
class KillNineTest {

  static final Path DIR = Path.of("target", "faults").toAbsolutePath();
  static final Path DEMO = DIR.resolve("demo.scenario.json");
  static String url;

  @BeforeAll
  static void freshDatabaseAndTheDemoCity() throws Exception {
    assertThat(AppProcess.JAR).as("build the jar first: mvn -B -o -q install -DskipTests").exists();
    PostgresTestDatabase.ensure();
    String test = PostgresTestDatabase.url();
    String database = test.substring(test.lastIndexOf('/') + 1) + "_faults";
    url = test.substring(0, test.lastIndexOf('/') + 1) + database;
    try (Connection admin = PostgresTestDatabase.superuserConnection(); Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + database + " OWNER veerkracht_owner");
    }
    try (Connection admin = superuser(); Statement sql = admin.createStatement()) {
      sql.execute(resource("db/postgresql/grant-app-role.sql"));
    }
    Files.createDirectories(DIR);
    if (!Files.exists(DEMO)) {
      Process generate = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-jar", AppProcess.JAR.toAbsolutePath().toString(), "demo-scenario", "--seed", "7", "--out", DEMO.toString())
          .redirectErrorStream(true).redirectOutput(DIR.resolve("demo-scenario.log").toFile()).start();
      assertThat(generate.waitFor(300, TimeUnit.SECONDS)).isTrue();
      assertThat(generate.exitValue()).isZero();
    }
  }

  @Test
  void aSolveKilledMidwayLeavesAFailedPlanWithoutMatches() throws Exception {
    AppProcess app = AppProcess.start(url, DIR, "solve");
    Http officer = new Http(app.base(), "officer", "officer");
    String plan = officer.apiPost("/api/v1/plans?seconds=600", Scenarios.bytes(Scenarios.read("plan"))).json()
        .get("id").asText();
    Scenarios.pause(3000);
    assertThat(officer.apiGet("/api/v1/plans/" + plan).json().get("status").asText()).isEqualTo("SOLVING");
    app.kill9();

    AppProcess restarted = AppProcess.start(url, DIR, "solve-restarted");
    try {
      JsonNode after = new Http(restarted.base(), "officer", "officer").apiGet("/api/v1/plans/" + plan).json();
      assertThat(after.get("status").asText()).isEqualTo("FAILED");
      assertThat(after.get("error").asText()).contains("interrupted");
      assertNothingHalfWritten(restarted);
    } finally {
      restarted.stop();
    }
  }

  @Test
  void anImportKilledMidwayStoresNothing() throws Exception {
    AppProcess app = AppProcess.start(url, DIR, "import");
    int datasets = count("SELECT COUNT(*) FROM dataset");
    CompletableFuture<HttpResponse<String>> upload = HttpClient.newHttpClient().sendAsync(
        HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/scenarios?name=killed"))
            .header("Authorization", basic("officer"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofFile(DEMO)).build(), HttpResponse.BodyHandlers.ofString());
    awaitRowsBeingWritten("INSERT INTO ds\\_%", Duration.ofSeconds(180));
    app.kill9();
    upload.exceptionally(failed -> null).get(30, TimeUnit.SECONDS);

    AppProcess restarted = AppProcess.start(url, DIR, "import-restarted");
    try {
      assertThat(count("SELECT COUNT(*) FROM dataset")).as("the interrupted import left no dataset").isEqualTo(datasets);
      assertNothingHalfWritten(restarted);
    } finally {
      restarted.stop();
    }
  }

  @Test
  void aSimulationKilledMidwayIsFailedAndKeepsNoResult() throws Exception {
    AppProcess app = AppProcess.start(url, DIR, "simulation");
    Http officer = new Http(app.base(), "officer", "officer", Duration.ofSeconds(300));
    String dataset = officer.api("POST", "/api/v1/scenarios?name=demo", "application/json", Files.readAllBytes(DEMO))
        .json().get("id").asText();
    Http policy = new Http(app.base(), "policy", "policy");
    String body = "{\"dataset\": \"" + dataset + "\", \"months\": 12, \"seed\": 7, \"variants\": [{\"name\": "
        + "\"baseline\"}, {\"name\": \"half\", \"art9ShareOverride\": \"1/2\"}]}";
    Http.Response started = policy.apiPost("/api/v1/simulations", body.getBytes(StandardCharsets.UTF_8));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String simulation = started.json().get("id").asText();
    Scenarios.pause(3000);
    assertThat(policy.apiGet("/api/v1/simulations/" + simulation).json().get("status").asText()).isEqualTo("RUNNING");
    app.kill9();

    AppProcess restarted = AppProcess.start(url, DIR, "simulation-restarted");
    try {
      JsonNode after = new Http(restarted.base(), "policy", "policy").apiGet("/api/v1/simulations/" + simulation).json();
      assertThat(after.get("status").asText()).isEqualTo("FAILED");
      assertThat(count("SELECT COUNT(*) FROM simulation WHERE id = " + Long.parseLong(simulation)
          + " AND result IS NULL")).isEqualTo(1);
      assertNothingHalfWritten(restarted);
    } finally {
      restarted.stop();
    }
  }

  /** The invariants every restart must find, whatever was killed. */
  static void assertNothingHalfWritten(AppProcess app) throws Exception {
    assertThat(count("SELECT COUNT(*) FROM plan WHERE status = 'SOLVING'")).as("no plan left solving").isZero();
    assertThat(count("SELECT COUNT(*) FROM simulation WHERE status = 'RUNNING'")).as("no run left running").isZero();
    assertThat(count("SELECT COUNT(*) FROM plan p WHERE p.status <> 'DONE' AND (EXISTS (SELECT 1 FROM plan_match m"
        + " WHERE m.plan_id = p.id) OR EXISTS (SELECT 1 FROM plan_unassigned u WHERE u.plan_id = p.id)"
        + " OR EXISTS (SELECT 1 FROM plan_street s WHERE s.plan_id = p.id))")).as("unfinished plans keep nothing")
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM plan p WHERE p.status = 'DONE' AND p.clients <> (SELECT COUNT(*) FROM"
        + " plan_match m WHERE m.plan_id = p.id) + (SELECT COUNT(*) FROM plan_unassigned u WHERE u.plan_id = p.id)"))
        .as("finished plans are whole").isZero();
    try (Connection db = superuser(); Statement sql = db.createStatement();
        ResultSet datasets = sql.executeQuery("SELECT d.id, e.content FROM dataset d LEFT JOIN audit_entry e"
            + " ON e.kind = 'IMPORT' AND e.subject = 'dataset ' || d.id")) {
      while (datasets.next()) {
        long id = datasets.getLong(1);
        assertThat(datasets.getString(2)).as("dataset " + id + " has its import record").isNotNull();
        JsonNode counts = ScenarioJson.mapper().readTree(datasets.getString(2)).get("counts");
        for (Map.Entry<String, String> table : Map.of("areas", "ds_area", "units", "ds_unit", "seekers", "ds_seeker",
            "vacancies", "ds_vacancy", "clients", "ds_client", "designations", "ds_designation").entrySet()) {
          assertThat(count("SELECT COUNT(*) FROM " + table.getValue() + " WHERE dataset_id = " + id))
              .as("dataset " + id + ": " + table.getKey()).isEqualTo(counts.get(table.getKey()).asInt());
        }
      }
    }
    JsonNode verify = new Http(app.base(), "auditor", "auditor").apiGet("/api/v1/audit/verify").json();
    assertThat(verify.get("valid").asBoolean()).as(verify.toString()).isTrue();
  }

  /** Waits until the service's role is inside a transaction writing the matching statement. */
  static void awaitRowsBeingWritten(String statement, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (count("SELECT COUNT(*) FROM pg_stat_activity WHERE usename = 'veerkracht_app' AND xact_start IS NOT NULL"
          + " AND query LIKE '" + statement + "'") > 0) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no " + statement + " seen within " + limit);
  }

  static int count(String query) throws SQLException {
    try (Connection db = superuser(); Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  static Connection superuser() throws SQLException {
    return DriverManager.getConnection(url, PostgresTestDatabase.ADMIN_USER, PostgresTestDatabase.PASSWORD);
  }

  static String basic(String demoUser) {
    return "Basic " + Base64.getEncoder().encodeToString((demoUser + ":" + demoUser).getBytes(StandardCharsets.UTF_8));
  }

  static String resource(String path) throws IOException {
    try (InputStream in = KillNineTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
