package nl.veerkracht.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DefaultDatabaseTest {

  @Test
  void withoutADatasourceTheEmbeddedDatabaseAndTheDemoProfileAreUsed() {
    MockEnvironment environment = new MockEnvironment();

    new DefaultDatabase().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:").contains("MODE=PostgreSQL");
    assertThat(environment.getActiveProfiles()).containsExactly("demo");
  }

  @Test
  void aConfiguredDatasourceIsLeftAloneAndNoProfileIsAdded() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:postgresql://db/veerkracht");

    new DefaultDatabase().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/veerkracht");
    assertThat(environment.getActiveProfiles()).isEmpty();
  }

  /**
   * The demo month's decisions are written in one transaction that holds the audit chain's head
   * for seconds; a plan or a review action written meanwhile waits for it, as on PostgreSQL,
   * instead of failing with H2's lock timeout.
   */
  @Test
  void aWriterWaitsForALongTransactionHoldingTheSameRowInsteadOfFailing(@TempDir Path dir) throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("veerkracht") + DefaultDatabase.H2_OPTIONS;
    try (Connection holder = DriverManager.getConnection(url, "sa", "")) {
      try (Statement create = holder.createStatement()) {
        create.execute("CREATE TABLE head (id INT PRIMARY KEY, last_seq BIGINT)");
        create.execute("INSERT INTO head VALUES (1, 0)");
      }
      holder.setAutoCommit(false);
      try (Statement lock = holder.createStatement()) {
        lock.executeQuery("SELECT last_seq FROM head WHERE id = 1 FOR UPDATE").close();
      }
      CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> appendAfterTheHolder(url));

      TimeUnit.SECONDS.sleep(5);
      holder.createStatement().execute("UPDATE head SET last_seq = 1 WHERE id = 1");
      holder.commit();

      waiter.get(60, TimeUnit.SECONDS);
    }
  }

  private static void appendAfterTheHolder(String url) {
    try (Connection waiter = DriverManager.getConnection(url, "sa", "")) {
      waiter.setAutoCommit(false);
      try (Statement append = waiter.createStatement()) {
        append.executeQuery("SELECT last_seq FROM head WHERE id = 1 FOR UPDATE").close();
        append.execute("UPDATE head SET last_seq = last_seq + 1 WHERE id = 1");
      }
      waiter.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
