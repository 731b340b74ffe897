package nl.veerkracht.app.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.app.dataset.DemoCityDataset;
import nl.veerkracht.app.hardening.Scenarios;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo profile lets the demo city's month at first start, once, on the embedded database of a fresh install. */
@SpringBootTest(properties = "veerkracht.demo.city.scale=0.01")
class DemoMonthTest {

  @DynamicPropertySource
  static void freshDataFolder(DynamicPropertyRegistry registry) {
    registry.add("veerkracht.data-dir", () -> "target/demo-month-" + System.nanoTime());
  }

  @Autowired
  DemoCityDataset city;
  @Autowired
  DemoMonth month;
  @Autowired
  DatasetStore datasets;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void everyVacancyOfTheMonthHasARecordedDecisionOnceAfterStart() throws Exception {
    long dataset = city.storeUnlessPresent();
    int vacancies = datasets.load(dataset).orElseThrow().vacancies().size();
    awaitLetting(dataset);

    List<String> lettings = jdbc.queryForList("SELECT content FROM audit_entry WHERE kind = 'EVALUATION'"
        + " AND subject = ?", String.class, "dataset " + dataset);
    assertThat(lettings).hasSize(1);
    JsonNode decisions = ScenarioJson.mapper().readTree(lettings.get(0)).get("decisions");
    assertThat(decisions).hasSize(vacancies).isNotEmpty();
    for (JsonNode id : decisions) {
      assertThat(jdbc.queryForObject("SELECT actor FROM audit_entry WHERE seq = ? AND kind = 'DECISION'",
          String.class, id.asLong())).isEqualTo(DemoMonth.ACTOR);
    }

    int entries = count("SELECT COUNT(*) FROM audit_entry");
    assertThat(month.letUnlessLet(dataset)).as("a restart lets nothing again").isEmpty();
    assertThat(count("SELECT COUNT(*) FROM audit_entry")).isEqualTo(entries);
  }

  private void awaitLetting(long dataset) {
    for (int i = 0; i < 1200; i++) {
      if (count("SELECT COUNT(*) FROM audit_entry WHERE kind = 'EVALUATION' AND subject = ?", "dataset " + dataset) > 0) {
        return;
      }
      Scenarios.pause(100);
    }
    throw new AssertionError("the demo month was not let");
  }

  private int count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }
}
