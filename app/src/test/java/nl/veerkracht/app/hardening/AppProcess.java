package nl.veerkracht.app.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.veerkracht.app.PostgresTestDatabase;

/**
 * The packaged jar ({@code target/veerkracht.jar}) as a separate process against a PostgreSQL
 * database, in the demo profile (demo users, no demo city), on a free loopback port, with its
 * output in a log file under {@code target/faults}.
 */
final class AppProcess {

  static final Path JAR = Path.of("target", "veerkracht.jar");
  static final String AUDIT_KEY = "faults-test-audit-key-of-at-least-32-characters";

  private final Process process;
  private final int port;
  private final Path log;

  private AppProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts the jar and waits until it is ready (readiness probe UP). */
  static AppProcess start(String jdbcUrl, Path dataDir, String name) {
    try {
      Files.createDirectories(dataDir);
      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      Path log = dataDir.resolve(name + ".log");
      ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), "-Xmx1g", "-jar", JAR.toAbsolutePath().toString()));
      Map<String, String> env = builder.environment();
      env.put("SPRING_DATASOURCE_URL", jdbcUrl);
      env.put("SPRING_DATASOURCE_USERNAME", "veerkracht_app");
      env.put("SPRING_DATASOURCE_PASSWORD", PostgresTestDatabase.rolePassword());
      env.put("SPRING_FLYWAY_USER", "veerkracht_owner");
      env.put("SPRING_FLYWAY_PASSWORD", PostgresTestDatabase.rolePassword());
      env.put("SPRING_PROFILES_ACTIVE", "demo");
      env.put("VEERKRACHT_DEMO_CITY_ENABLED", "false");
      env.put("VEERKRACHT_AUDIT_KEY", AUDIT_KEY);
      env.put("VEERKRACHT_AUDIT_CHECKPOINT", dataDir.resolve("audit-head").toAbsolutePath().toString());
      env.put("VEERKRACHT_DATA_DIR", dataDir.toAbsolutePath().toString());
      env.put("PORT", Integer.toString(port));
      env.put("SERVER_ADDRESS", "127.0.0.1");
      builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      AppProcess app = new AppProcess(builder.start(), port, log);
      app.awaitReady(Duration.ofSeconds(180));
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL: the process gets no chance to clean up (Process.destroyForcibly is kill -9 on Linux). */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("process " + pid() + " did not die");
    }
  }

  /** A normal stop (SIGTERM), for the end of a test. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill9();
    }
  }

  private void awaitReady(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    Http http = new Http(base(), "-", "-", Duration.ofSeconds(5));
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
      }
      try {
        if (http.page("/actuator/health/readiness").status() == 200) {
          return;
        }
      } catch (UncheckedIOException notYet) {
        // not listening yet
      }
      Scenarios.pause(500);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the service was not ready within " + limit + "; see " + log);
  }
}
