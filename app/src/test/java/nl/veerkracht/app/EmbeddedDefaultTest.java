package nl.veerkracht.app;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The README's run command on a machine without PostgreSQL: H2 in a file, the same migrations, the demo profile. */
@SpringBootTest
class EmbeddedDefaultTest {

  /** A fresh data folder per run, as on a new machine. */
  @DynamicPropertySource
  static void freshDataFolder(DynamicPropertyRegistry registry) {
    registry.add("veerkracht.data-dir", () -> "target/embedded-default-" + System.nanoTime());
  }

  @Autowired
  Environment environment;
  @Autowired
  DataSource dataSource;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void runsOnTheEmbeddedDatabaseWithTheDemoUsers() throws Exception {
    assertThat(environment.getActiveProfiles()).contains("demo");
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:file:");
    }
    assertThat(jdbc.queryForList("SELECT username FROM app_user ORDER BY username", String.class))
        .containsExactly("admin", "auditor", "officer", "policy");
  }
}
