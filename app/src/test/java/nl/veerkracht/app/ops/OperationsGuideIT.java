package nl.veerkracht.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.veerkracht.app.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * docs/operations.md as an operator follows it on a machine with PostgreSQL: every {@code sh}
 * block of "Run on PostgreSQL, step by step" and "Backup and restore" runs as written, in order,
 * against the packaged jar, with only the values of its {@code export} lines replaced by the
 * test's own (database names, folders, port). Between the blocks the test does what an
 * operator's users would: it stores datasets (each one an audit entry), one after the backup.
 * The restored service must start, verify its audit trail and hold what was backed up.
 */
class OperationsGuideIT {

  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Path GUIDE = ROOT.resolve("docs/operations.md");
  static final Path JAR = ROOT.resolve("app/target/veerkracht.jar");
  static final Path WORK = Path.of("target", "ops-guide").toAbsolutePath();
  static final String DATABASE = PostgresTestDatabase.DATABASE + "_guide";
  static final String RESTORED = DATABASE + "_restored";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Map<String, String> exports;
  private Process service;

  @BeforeEach
  void freshMachine() throws Exception {
    PostgresTestDatabase.requireServer();
    requireTools("psql", "createdb", "pg_dump", "pg_restore", "openssl", "curl");
    assertThat(JAR).as("the packaged jar (mvn package)").exists();
    dropDatabases();
    deleteRecursively(WORK);
    Files.createDirectories(WORK);
    exports = Map.of(
        "VEERKRACHT_DB", DATABASE,
        "VEERKRACHT_RESTORE_DB", RESTORED,
        "VEERKRACHT_HOME", WORK.resolve("home").toString(),
        "VEERKRACHT_BACKUPS", WORK.resolve("backups").toString(),
        "PORT", Integer.toString(freePort()),
        "PGHOST", PostgresTestDatabase.HOST,
        "PGPORT", PostgresTestDatabase.PORT,
        "PGUSER", PostgresTestDatabase.ADMIN_USER);
  }

  @AfterEach
  void stopService() throws Exception {
    stop();
    dropDatabases();
  }

  @Test
  void anOperatorRunsBacksUpAndRestoresTheServiceFromTheGuideAlone() throws Exception {
    List<String> run = ShellBlocks.of(GUIDE, "Run on PostgreSQL, step by step");
    assertThat(run).as("choose, roles and database, secrets, start, check").hasSize(5);
    String start = run.get(3);
    assertThat(start).endsWith("java -jar app/target/veerkracht.jar\n");
    assertThat(Files.readString(ROOT.resolve("README.md"))).as("the README's PostgreSQL start is the guide's")
        .contains(start);

    for (String block : run.subList(0, 3)) {
      shell(block);
    }
    assertThat(Files.readString(home().resolve("veerkracht.env"))).contains("VEERKRACHT_AUDIT_KEY=");
    start(start);
    assertThat(shell(run.get(4))).contains("\"status\":\"UP\"");
    String[] admin = firstAdministrator();
    storeDataset(admin, "voor de back-up");

    List<String> backupAndRestore = ShellBlocks.of(GUIDE, "Backup and restore");
    assertThat(backupAndRestore).as("backup, restore, verify").hasSize(3);
    shell(backupAndRestore.get(0));
    storeDataset(admin, "na de back-up");
    stop();

    shell(backupAndRestore.get(1));
    assertThat(shell(backupAndRestore.get(2))).contains("\"valid\":true");
    start(start);
    assertThat(get("/api/v1/scenarios", admin).body()).contains("voor de back-up").doesNotContain("na de back-up");
    assertThat(Files.readString(home().resolve("veerkracht.env"))).contains("/" + RESTORED + "\n");
    assertThat(appRoleMayUpdateTheAuditTrail(RESTORED)).as("the narrowed rights are restored").isFalse();
  }

  private static boolean appRoleMayUpdateTheAuditTrail(String database) throws SQLException {
    try (Connection admin = PostgresTestDatabase.superuserConnection(database);
        Statement sql = admin.createStatement();
        var rs = sql.executeQuery("SELECT has_table_privilege('veerkracht_app', 'audit_entry', 'UPDATE')")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  @Test
  void withoutItsAuditHeadAnOlderBackupIsReportedAsCutShort() throws Exception {
    List<String> run = ShellBlocks.of(GUIDE, "Run on PostgreSQL, step by step");
    for (String block : run.subList(0, 3)) {
      shell(block);
    }
    start(run.get(3));
    String[] admin = firstAdministrator();
    storeDataset(admin, "voor de back-up");
    List<String> backupAndRestore = ShellBlocks.of(GUIDE, "Backup and restore");
    shell(backupAndRestore.get(0));
    storeDataset(admin, "na de back-up");
    stop();
    Path liveHead = home().resolve("audit-head");
    byte[] newerHead = Files.readAllBytes(liveHead);

    shell(backupAndRestore.get(1));
    Files.write(liveHead, newerHead);

    Result verify = run(backupAndRestore.get(2));
    assertThat(verify.exit()).as(verify.output()).isEqualTo(1);
    assertThat(verify.output()).contains("\"valid\":false").contains("entries were removed");
  }

  /** The programs the guide uses; missing ones skip the test with their names (under CI=true: fail). */
  private static void requireTools(String... names) {
    List<String> missing = Stream.of(names).filter(name -> Stream.of(System.getenv("PATH").split(":"))
        .noneMatch(dir -> Files.isExecutable(Path.of(dir, name)))).toList();
    if (!missing.isEmpty()) {
      String reason = "the operations guide needs " + String.join(", ", missing) + ", which this machine lacks";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(reason + " (CI=true: it must run)");
      }
      Assumptions.abort(reason);
    }
  }

  private Path home() {
    return Path.of(exports.get("VEERKRACHT_HOME"));
  }

  private String[] firstAdministrator() throws IOException {
    Map<String, String> env = new java.util.HashMap<>();
    for (String line : Files.readAllLines(home().resolve("veerkracht.env"))) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        env.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return new String[] {env.get("VEERKRACHT_ADMIN_USERNAME"), env.get("VEERKRACHT_ADMIN_PASSWORD")};
  }

  private void storeDataset(String[] admin, String name) throws Exception {
    byte[] scenario = new ClassPathResource("scenarios/plan.scenario.json").getContentAsByteArray();
    HttpResponse<String> stored = http.send(request("/api/v1/scenarios?name=" + name.replace(" ", "%20"), admin)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(scenario)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
  }

  private HttpResponse<String> get(String path, String[] user) throws Exception {
    HttpResponse<String> response = http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  private HttpRequest.Builder request(String path, String[] user) {
    String credentials = Base64.getEncoder().encodeToString((user[0] + ":" + user[1]).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + credentials);
  }

  private String base() {
    return "http://127.0.0.1:" + exports.get("PORT");
  }

  /** Runs a block as written (but for its exports) and requires exit 0; returns its output. */
  private String shell(String block) throws Exception {
    Result result = run(block);
    assertThat(result.exit()).as("exit of\n" + block + "\noutput:\n" + result.output()).isZero();
    return result.output();
  }

  private Result run(String block) throws Exception {
    Path log = Files.createTempFile(WORK, "block", ".log");
    Process process = bash(block, log);
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish within 180 s:\n" + block);
    }
    return new Result(process.exitValue(), Files.readString(log));
  }

  private void start(String block) throws Exception {
    Path log = Files.createTempFile(WORK, "service", ".log");
    service = bash(block, log);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < deadline) {
      if (!service.isAlive()) {
        throw new AssertionError("the service exited with " + service.exitValue() + ":\n" + Files.readString(log));
      }
      try {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the service was not ready within 240 s:\n" + Files.readString(log));
  }

  private void stop() throws InterruptedException {
    if (service == null) {
      return;
    }
    List<ProcessHandle> java = service.descendants().toList();
    java.forEach(ProcessHandle::destroy);
    service.destroy();
    for (ProcessHandle process : java) {
      process.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(timeout -> null).join();
    }
    service.waitFor(60, TimeUnit.SECONDS);
    service = null;
  }

  private Process bash(String block, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder("bash", "-euo", "pipefail", "-c",
        ShellBlocks.withExports(block, exports)).directory(ROOT.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("VEERKRACHT_") || name.startsWith("PG"));
    env.putAll(exports);
    if (!PostgresTestDatabase.PASSWORD.isEmpty()) {
      env.put("PGPASSWORD", PostgresTestDatabase.PASSWORD);
    }
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static void dropDatabases() throws SQLException {
    try (Connection admin = PostgresTestDatabase.superuserConnection("postgres");
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      sql.execute("DROP DATABASE IF EXISTS " + RESTORED + " WITH (FORCE)");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  record Result(int exit, String output) {
  }
}
