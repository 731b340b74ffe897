package nl.veerkracht.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import javax.sql.DataSource;
import nl.veerkracht.app.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application reaches PostgreSQL through a {@link TcpProxy} and a pool of one connection.
 * The test cuts the proxy and restores it. While the database is gone, requests fail within
 * seconds with 503 and a message that says why (not 401, not a bare 500), the health check says
 * DOWN and nothing is stored; once it is back the same requests succeed without a restart and
 * the audit chain verifies. With one connection, every request of the officer's work must also
 * get by without holding two at once (which starved the pool under load).
 */
class DatabaseOutageTest extends ServerTest {

  static TcpProxy proxy;

  @DynamicPropertySource
  static void throughTheProxy(DynamicPropertyRegistry registry) {
    PostgresTestDatabase.ensure();
    URI direct = URI.create(PostgresTestDatabase.url().substring("jdbc:".length()));
    try {
      proxy = new TcpProxy(direct.getHost(), direct.getPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The base class sets spring.datasource.url; the pool's own jdbc-url is bound after it and
    // wins. Flyway keeps the direct URL.
    registry.add("spring.datasource.hikari.jdbc-url",
        () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + direct.getPath());
    // fail within seconds rather than the pool's default 30 s while the database is away
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    // one connection: a request that needs a second one while holding the first waits for
    // itself and fails, where a larger pool only fails once as many requests do it at once
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "1");
  }

  @AfterAll
  static void restoreProxy() {
    proxy.restore();
  }

  @Autowired
  DataSource dataSource;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theOfficersWorkNeverHoldsTwoConnectionsAtOnce() {
    Http officer = new Http(base(), "officer", "officer");
    Http pages = new Http(base(), "officer", "officer").login();
    JsonNode evaluation = officer.apiPost("/api/v1/evaluations",
        Scenarios.bytes(Scenarios.read("01-rotterdamwet-art8-art10-passend"))).json();
    String decision = evaluation.get("decisionIds").get(0).asText();
    assertThat(officer.apiGet("/api/v1/decisions/" + decision).status()).isEqualTo(200);
    String plan = officer.apiPost("/api/v1/plans?seconds=1", Scenarios.bytes(Scenarios.read("plan"))).json()
        .get("id").asText();
    JsonNode view = officer.apiGet("/api/v1/plans/" + plan).json();
    for (int i = 0; i < 300 && view.get("status").asText().equals("SOLVING"); i++) {
      Scenarios.pause(100);
      view = officer.apiGet("/api/v1/plans/" + plan).json();
    }
    assertThat(view.get("status").asText()).isEqualTo("DONE");
    assertThat(pages.page("/officer").status()).isEqualTo(200);
    assertThat(pages.page("/officer/plans/" + plan).status()).isEqualTo(200);
    assertThat(new Http(base(), "auditor", "auditor").login().page("/audit/decisions/" + decision).status())
        .isEqualTo(200);
  }

  @Test
  void aLostDatabaseGivesAClearErrorAndTheServiceRecoversByItself() throws Exception {
    assertThat(dataSource.unwrap(HikariDataSource.class).getJdbcUrl()).as("through the proxy")
        .contains(":" + proxy.port() + "/");
    byte[] scenario = Scenarios.bytes(Scenarios.read("plan"));
    Http officer = new Http(base(), "officer", "officer");
    Http officerPages = new Http(base(), "officer", "officer").login();
    Http auditor = new Http(base(), "auditor", "auditor");
    int datasets = officer.apiGet("/api/v1/scenarios").json().size();

    proxy.cut();
    try {
      long start = System.nanoTime();
      Http.Response list = officer.apiGet("/api/v1/scenarios");
      Http.Response upload = officer.apiPost("/api/v1/scenarios", scenario);
      Http.Response page = officerPages.page("/officer");
      Http.Response login = new Http(base(), "auditor", "auditor").loginAnswer();
      Http.Response health = officer.page("/actuator/health");
      long seconds = (System.nanoTime() - start) / 1_000_000_000;

      for (Http.Response api : new Http.Response[] {list, upload}) {
        assertThat(api.status()).as(api.body()).isEqualTo(503);
        assertThat(api.json().get("message").asText()).contains("database is even niet bereikbaar");
      }
      assertThat(page.status()).as(page.body()).isEqualTo(503);
      assertThat(page.body()).contains("database is even niet bereikbaar");
      assertThat(login.status()).as("a login that cannot be checked is no wrong password").isEqualTo(503);
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.body()).contains("\"status\":\"DOWN\"");
      assertThat(seconds).as("failed fast").isLessThan(30);
    } finally {
      proxy.restore();
    }

    // the pool replaces its dead connections within seconds, without a restart
    long restored = System.nanoTime();
    Http.Response again = officer.apiGet("/api/v1/scenarios");
    while (again.status() == 503 && System.nanoTime() - restored < 20_000_000_000L) {
      Thread.sleep(250);
      again = officer.apiGet("/api/v1/scenarios");
    }
    System.out.printf("database outage: recovered %d ms after the connection came back%n",
        (System.nanoTime() - restored) / 1_000_000);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().size()).as("the upload during the outage was not kept").isEqualTo(datasets);
    assertThat(officerPages.page("/officer").status()).as("the session survived").isEqualTo(200);
    assertThat(officer.apiPost("/api/v1/scenarios", scenario).status()).isEqualTo(201);
    assertThat(officer.page("/actuator/health").status()).isEqualTo(200);
    assertThat(auditor.apiGet("/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
  }
}
