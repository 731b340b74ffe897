package nl.veerkracht.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 50 concurrent officers against the review and evaluation endpoints, on loopback only: each
 * logs in through the form and repeats GET /api/v1/plans/{id}, GET /officer/plans/{id} and
 * POST /api/v1/evaluations. The run is bounded in rounds and time and stops by itself.
 *
 * <p>{@link #fiftyUsersBriefly} runs in every build (one round each). The measured run,
 * {@link #fiftyUsers}, is tagged {@code load} and runs with {@code mvn -pl app test -Pload}
 * (see docs/hardening.md); {@code -Dload.rounds}, {@code -Dload.seconds} and
 * {@code -Dload.users} change its size. Its report goes to {@code target/load-report.txt}.
 */
class LoadTest extends ServerTest {

  static final int USERS = Integer.getInteger("load.users", 50);

  String plan;
  byte[] evaluation;

  @BeforeEach
  void aPlanToReview() {
    Http officer = new Http(base(), "officer", "officer");
    plan = officer.apiPost("/api/v1/plans?seconds=2", Scenarios.bytes(Scenarios.read("plan"))).json().get("id").asText();
    for (int i = 0; i < 600; i++) {
      JsonNode view = officer.apiGet("/api/v1/plans/" + plan).json();
      if (!view.get("status").asText().equals("SOLVING")) {
        assertThat(view.get("status").asText()).isEqualTo("DONE");
        break;
      }
      Scenarios.pause(100);
    }
    evaluation = Scenarios.bytes(Scenarios.read("02-art9-half-and-urgent-quota"));
  }

  @Test
  void fiftyUsersBriefly() throws Exception {
    LoadHarness.Result result = run(USERS, 1, Duration.ofSeconds(120));

    assertThat(result.failures()).as(result.report()).isZero();
    assertThat(result.requests()).as(result.report()).isEqualTo(USERS * 3);
  }

  @Test
  @Tag("load")
  void fiftyUsers() throws Exception {
    int rounds = Integer.getInteger("load.rounds", 20);
    int seconds = Integer.getInteger("load.seconds", 180);
    long maxP95 = Long.getLong("load.maxP95Millis", 15_000);
    LoadHarness.Result result = run(USERS, rounds, Duration.ofSeconds(seconds));

    String report = "Load test " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores\n"
        + result.report();
    System.out.println(report);
    Files.writeString(Path.of("target", "load-report.txt"), report);
    assertThat(result.failures()).as(report).isZero();
    result.steps().values().forEach(step -> assertThat(step.p95()).as(step.name() + " p95\n" + report)
        .isLessThanOrEqualTo(maxP95));
  }

  private LoadHarness.Result run(int users, int rounds, Duration limit) throws InterruptedException {
    return LoadHarness.run(users, rounds, limit, () -> new Http(base(), "officer", "officer").login(), List.of(
        new LoadHarness.Step("GET /api/v1/plans/{id}", http -> http.apiGet("/api/v1/plans/" + plan), 200),
        new LoadHarness.Step("GET /officer/plans/{id}", http -> http.page("/officer/plans/" + plan), 200),
        new LoadHarness.Step("POST /api/v1/evaluations", http -> http.apiPost("/api/v1/evaluations", evaluation), 200)));
  }
}
