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
 * <p>Configured by environment: {@code VEERKRACHT_TEST_PG_HOST}, {@code _PORT},
 * {@code _ADMIN} (a superuser, default {@code postgres}), {@code _PASSWORD} (its password,
 * for a server that asks for one; the two roles are then given the same password) and
 * {@code _DATABASE}. Where no PostgreSQL answers, tests that need it are skipped with that
 * reason (the run's summary lists them), except under CI ({@code CI=true}), where they fail.
 * A server that answers but refuses the credentials is a failure, never a skip.
 */
public final class PostgresTestDatabase {

  public static final String HOST = env("VEERKRACHT_TEST_PG_HOST", "127.0.0.1");
  public static final String PORT = env("VEERKRACHT_TEST_PG_PORT", "5432");
  public static final String ADMIN_USER = env("VEERKRACHT_TEST_PG_ADMIN", "postgres");
  /** The superuser's password, and the roles'; empty for a server that trusts local connections. */
  public static final String PASSWORD = env("VEERKRACHT_TEST_PG_PASSWORD", "");
  public static final String DATABASE = env("VEERKRACHT_TEST_PG_DATABASE", "veerkracht_test");

  private static String unavailable;
  private static boolean created;

  private PostgresTestDatabase() {
  }

  public static String url() {
    return url(DATABASE);
  }

  /** The password of the roles {@code veerkracht_app} and {@code veerkracht_owner} in the tests. */
  public static String rolePassword() {
    return PASSWORD;
  }

  /** Creates the database once per test JVM; skips or fails when PostgreSQL is not there. */
  public static synchronized void ensure() {
    requireServer();
    if (!created) {
      create();
      created = true;
    }
  }

  /** Skips (or under CI fails) when no PostgreSQL answers; fails when it refuses the credentials. */
  public static synchronized void requireServer() {
    if (unavailable == null) {
      unavailable = probe();
    }
    if (!unavailable.isEmpty()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(unavailable + " (CI=true: the PostgreSQL tests must run)");
      }
      Assumptions.abort(unavailable);
    }
  }

  private static String probe() {
    try (Connection ignored = superuserConnection("postgres")) {
      return "";
    } catch (SQLException e) {
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      if (state.startsWith("28")) {
        fail("PostgreSQL at " + HOST + ":" + PORT + " refuses " + ADMIN_USER + " (" + e.getMessage() + "): set "
            + "VEERKRACHT_TEST_PG_PASSWORD to its password (and VEERKRACHT_TEST_PG_ADMIN to another superuser if needed)");
      }
      return "PostgreSQL is not reachable at " + HOST + ":" + PORT + " as " + ADMIN_USER + ": " + e.getMessage();
    }
  }

  private static void create() {
    try (Connection admin = superuserConnection("postgres")) {
      execute(admin, resource("db/postgresql/create-roles.sql"));
      if (!PASSWORD.isEmpty()) {
        for (String role : new String[] {"veerkracht_owner", "veerkracht_app"}) {
          execute(admin, "ALTER ROLE " + role + " PASSWORD '" + PASSWORD.replace("'", "''") + "'");
        }
      }
      execute(admin, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      execute(admin, "CREATE DATABASE " + DATABASE + " OWNER veerkracht_owner");
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the test database " + DATABASE, e);
    }
    try (Connection admin = superuserConnection(DATABASE)) {
      execute(admin, resource("db/postgresql/grant-app-role.sql"));
    } catch (SQLException e) {
      throw new IllegalStateException("could not grant the application role", e);
    }
  }

  /** A connection with superuser rights, for tests that inspect or tamper with the database. */
  public static Connection superuserConnection() throws SQLException {
    return superuserConnection(DATABASE);
  }

  /** A superuser's connection to another database of the server ({@code postgres} to create or drop one). */
  public static Connection superuserConnection(String database) throws SQLException {
    return DriverManager.getConnection(url(database), ADMIN_USER, PASSWORD);
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

  public static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
