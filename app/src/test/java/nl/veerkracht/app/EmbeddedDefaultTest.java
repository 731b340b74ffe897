package nl.veerkracht.app;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.app.dataset.DemoCityDataset;
import nl.veerkracht.democity.DemoCity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's run command on a machine without PostgreSQL: H2 in a file, the same migrations,
 * the demo profile with its users and the demo city (here a small one, to keep the test fast).
 */
@SpringBootTest(properties = "veerkracht.demo.city.scale=0.01")
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
  @Autowired
  DemoCityDataset demoCity;
  @Autowired
  DatasetStore store;

  @Test
  void runsOnTheEmbeddedDatabaseWithTheDemoUsers() throws Exception {
    assertThat(environment.getActiveProfiles()).contains("demo");
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:file:");
    }
    assertThat(jdbc.queryForList("SELECT username FROM app_user ORDER BY username", String.class))
        .containsExactly("admin", "auditor", "officer", "policy");
  }

  @Test
  void theDemoProfileStoresTheDemoCityOnceAsADataset() {
    assertThat(datasetsNamed(demoCity.name())).as("stored at start").isEqualTo(1);
    jdbc.update("DELETE FROM dataset WHERE name = ?", demoCity.name());

    long id = demoCity.storeUnlessPresent();

    assertThat(demoCity.storeUnlessPresent()).isEqualTo(id);
    assertThat(datasetsNamed(demoCity.name())).isEqualTo(1);
    assertThat(store.load(id)).contains(DemoCity.generate(DemoCity.DEFAULT_SEED, 0.01));
  }

  private int datasetsNamed(String name) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM dataset WHERE name = ?", Integer.class, name);
  }
}
