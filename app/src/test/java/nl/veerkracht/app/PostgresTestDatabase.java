package nl.veerkracht.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for the test run, set up exactly as docs/ tells an operator:
 * the roles of {@code create-roles.sql}, a database owned by {@code veerkracht_owner}, and the
 * grants of {@code grant-app-role.sql}. Flyway migrates as the owner; the application
 * connects as {@code veerkracht_app}.
 *
 * <p>Where no PostgreSQL answers, tests that need it are skipped, except under CI
 * ({@code CI=true}), where they fail.
 */
public final class PostgresTestDatabase {

  static final String HOST = env("VEERKRACHT_TEST_PG_HOST", "127.0.0.1");
  static final String PORT = env("VEERKRACHT_TEST_PG_PORT", "5432");
  static final String ADMIN_USER = env("VEERKRACHT_TEST_PG_ADMIN", "postgres");
  static final String DATABASE = env("VEERKRACHT_TEST_PG_DATABASE", "veerkracht_test");

  private static Boolean ready;

  private PostgresTestDatabase() {
  }

  public static String url() {
    return url(DATABASE);
  }

  /** Creates the database once per test JVM; skips or fails when PostgreSQL is not there. */
  public static synchronized void ensure() {
    if (ready == null) {
      ready = create();
    }
    if (!ready) {
      String reason = "PostgreSQL is not reachable at " + HOST + ":" + PORT + " as " + ADMIN_USER;
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(reason + " (CI=true: the PostgreSQL tests must run)");
      }
      Assumptions.abort(reason);
    }
  }

  private static boolean create() {
    try (Connection admin = DriverManager.getConnection(url("postgres"), ADMIN_USER, "")) {
      execute(admin, resource("db/postgresql/create-roles.sql"));
      execute(admin, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      execute(admin, "CREATE DATABASE " + DATABASE + " OWNER veerkracht_owner");
    } catch (SQLException unreachable) {
      System.err.println("PostgreSQL not available for tests: " + unreachable.getMessage());
      return false;
    }
    try (Connection admin = DriverManager.getConnection(url(DATABASE), ADMIN_USER, "")) {
      execute(admin, resource("db/postgresql/grant-app-role.sql"));
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("could not grant the application role", e);
    }
  }

  /** A connection with superuser rights, for tests that inspect or tamper with the database. */
  public static Connection superuserConnection() throws SQLException {
    return DriverManager.getConnection(url(DATABASE), ADMIN_USER, "");
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String resource(String path) {
    try (InputStream in = PostgresTestDatabase.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing resource " + path, e);
    }
  }

  private static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
