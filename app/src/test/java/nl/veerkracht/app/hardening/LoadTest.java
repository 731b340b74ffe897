package nl.veerkracht.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 50 concurrent officers against the review and evaluation endpoints, on loopback only, each
 * signed in three ways: HTTP Basic (as the README's curl example), a page session (the login
 * form) and an API token. Each round a user reads the plan and evaluates a two-vacancy scenario
 * by the API with Basic and with the token, and by session opens the plan's review page and
 * lets a stored two-vacancy dataset from the officer's page. The run is bounded in rounds and
 * time and stops by itself.
 *
 * <p>{@link #fiftyUsersBriefly} runs in every build (one round each) and checks correctness
 * only: every request answers as it should. The measured run, {@link #fiftyUsers}, is tagged
 * {@code load} and runs with {@code mvn -pl app test -Pload} (see docs/hardening.md): after an
 * unmeasured warm-up it fails on any failed request and on a p95 of any step above
 * {@code -Dload.maxP95Millis} (200 ms, the goal of issue 17); {@code -Dload.rounds},
 * {@code -Dload.seconds}, {@code -Dload.users} and {@code -Dload.warmupRounds} change its size.
 * Its report goes to {@code target/load-report.txt}.
 */
class LoadTest extends ServerTest {

  static final int USERS = Integer.getInteger("load.users", 50);
  /** {@code -Dload.tokens=false} leaves out the token steps (to measure a version without API tokens the same way). */
  static final boolean TOKENS = Boolean.parseBoolean(System.getProperty("load.tokens", "true"));
  /**
   * {@code -Dload.thinkMillis}: how long a user reads between two requests, on average, in the
   * measured run. An officer reviewing a plan reads a proposal for seconds; one second is a brisk
   * user. 0 makes every user click again the moment an answer arrives: a saturation run, whose
   * latency is the queue of 50 requests in flight on the machine's cores.
   */
  static final Duration THINK = Duration.ofMillis(Long.getLong("load.thinkMillis", 1000));

  String plan;
  String dataset;
  String token;
  byte[] evaluation;

  @BeforeEach
  void aPlanADatasetAndAToken() {
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
    dataset = officer.apiPost("/api/v1/scenarios?name=load", evaluation).json().get("id").asText();
    if (!TOKENS) {
      return;
    }
    Http.Response made = new Http(base(), "admin", "admin").apiPost("/api/v1/tokens",
        ("{\"name\": \"load-" + System.nanoTime() + "\", \"role\": \"OFFICER\"}").getBytes());
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    token = made.json().get("token").asText();
  }

  @Test
  void fiftyUsersBriefly() throws Exception {
    LoadHarness.Result result = run(USERS, 1, Duration.ZERO, Duration.ofSeconds(120));

    assertThat(result.failures()).as(result.report()).isZero();
    assertThat(result.requests()).as(result.report()).isEqualTo(USERS * steps().size());
  }

  @Test
  @Tag("load")
  void fiftyUsers() throws Exception {
    int rounds = Integer.getInteger("load.rounds", 20);
    int seconds = Integer.getInteger("load.seconds", 180);
    int warmupRounds = Integer.getInteger("load.warmupRounds", 2);
    long maxP95 = Long.getLong("load.maxP95Millis", 200);
    LoadHarness.Result warmup = run(USERS, warmupRounds, Duration.ZERO, Duration.ofSeconds(seconds));
    assertThat(warmup.failures()).as("warm-up\n" + warmup.report()).isZero();
    LoadHarness.Result result = run(USERS, rounds, THINK, Duration.ofSeconds(seconds));

    String report = "Load test " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
        + "load average before " + String.format("%.1f", warmup.loadAverageBefore()) + "; warm-up: "
        + warmup.requests() + " requests in " + warmup.wall().toMillis() + " ms\n" + result.report();
    System.out.println(report);
    Files.writeString(Path.of("target", "load-report.txt"), report);
    assertThat(result.failures()).as(report).isZero();
    result.steps().values().forEach(step -> assertThat(step.p95()).as(step.name() + " p95\n" + report)
        .isLessThanOrEqualTo(maxP95));
  }

  private LoadHarness.Result run(int users, int rounds, Duration think, Duration limit) throws InterruptedException {
    Supplier<Http> officer = () -> {
      Http http = new Http(base(), "officer", "officer").login().withToken(token);
      http.csrfFromPage("/officer");
      return http;
    };
    return LoadHarness.run(users, rounds, think, limit, officer, steps());
  }

  private List<LoadHarness.Step> steps() {
    List<LoadHarness.Step> steps = new ArrayList<>(List.of(
        new LoadHarness.Step("GET /api/v1/plans/{id} (Basic)", http -> http.apiGet("/api/v1/plans/" + plan), 200),
        new LoadHarness.Step("POST /api/v1/evaluations (Basic)",
            http -> http.apiPost("/api/v1/evaluations", evaluation), 200),
        new LoadHarness.Step("GET /officer/plans/{id} (session)", http -> http.page("/officer/plans/" + plan), 200),
        new LoadHarness.Step("POST /officer/datasets/{id}/lettings (session)",
            http -> http.form("/officer/datasets/" + dataset + "/lettings", "_csrf=" + Http.encode(http.csrf())), 302)));
    if (TOKENS) {
      steps.add(new LoadHarness.Step("GET /api/v1/plans/{id} (token)", http -> http.tokenGet("/api/v1/plans/" + plan),
          200));
      steps.add(new LoadHarness.Step("POST /api/v1/evaluations (token)",
          http -> http.tokenPost("/api/v1/evaluations", evaluation), 200));
    }
    return steps;
  }
}
