package nl.veerkracht.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import nl.veerkracht.app.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/** {@code import} on the command line stores into the configured PostgreSQL database, or nothing. */
class ImportCommandTest {

  static final Map<String, String> DATASOURCE = Map.of(
      "spring.datasource.username", "veerkracht_app",
      "spring.datasource.password", PostgresTestDatabase.rolePassword(),
      "spring.flyway.user", "veerkracht_owner",
      "spring.flyway.password", PostgresTestDatabase.rolePassword(),
      "veerkracht.audit.key", "test-audit-key-of-at-least-32-characters");

  @TempDir
  Path dir;

  @BeforeEach
  void configureDatasource() {
    PostgresTestDatabase.ensure();
    System.setProperty("spring.datasource.url", PostgresTestDatabase.url());
    DATASOURCE.forEach(System::setProperty);
  }

  @AfterEach
  void clearDatasource() {
    System.clearProperty("spring.datasource.url");
    DATASOURCE.keySet().forEach(System::clearProperty);
  }

  @Test
  void storesAValidScenarioAsANamedDataset() throws Exception {
    Path file = dir.resolve("example.json");
    Files.write(file, new ClassPathResource("scenarios/01-rotterdamwet-art8-art10-passend.scenario.json")
        .getContentAsByteArray());
    StringWriter out = new StringWriter();

    int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
        "import", "--scenario", file.toString(), "--name", "cli-import-test");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("\"id\"");
    assertThat(datasetsNamed("cli-import-test")).isEqualTo(1);
  }

  @Test
  void storesNothingFromAnInvalidScenario() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\": \"veerkracht-scenario/1\", \"referenceDate\": \"2026-02-30\"}");

    int exit = Cli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
        "import", "--scenario", file.toString(), "--name", "cli-invalid-test");

    assertThat(exit).isEqualTo(2);
    assertThat(datasetsNamed("cli-invalid-test")).isZero();
  }

  private static int datasetsNamed(String name) throws Exception {
    try (Connection connection = PostgresTestDatabase.superuserConnection();
         var statement = connection.prepareStatement(
             "SELECT CASE WHEN to_regclass('dataset') IS NULL THEN 0"
                 + " ELSE (SELECT COUNT(*) FROM dataset WHERE name = ?) END")) {
      statement.setString(1, name);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
