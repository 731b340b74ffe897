package nl.veerkracht.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.ScenarioReader;
import nl.veerkracht.scenario.Unit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

class ScenarioApiTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DatasetStore store;

  static byte[] example() throws IOException {
    return new ClassPathResource("scenarios/01-rotterdamwet-art8-art10-passend.scenario.json").getContentAsByteArray();
  }

  @Test
  void storesAScenarioAsADatasetAndExportsItBackUnchanged() throws Exception {
    String body = mvc.perform(post("/api/v1/scenarios").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(example()))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    String id = ScenarioJson.mapper().readTree(body).get("id").asText();

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ds_unit WHERE dataset_id = ?", Integer.class,
        Long.parseLong(id))).isEqualTo(ScenarioReader.read(example()).units().size());
    String exported = mvc.perform(get("/api/v1/scenarios/" + id).with(httpBasic("officer", "officer")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    // Numbers compare by value: 655.0 comes back as 655.
    assertThat(ScenarioJson.mapper().readTree(exported).equals(ScenarioApiTest::sameValue,
        ScenarioJson.mapper().readTree(example()))).as(exported).isTrue();
  }

  @Test
  void rejectsAnInvalidScenarioWithEveryProblemAndStoresNothing() throws Exception {
    ObjectNode scenario = (ObjectNode) ScenarioJson.mapper().readTree(example());
    ((ObjectNode) scenario.withArray("units").get(1)).put("rent", -5);
    ((ObjectNode) scenario.withArray("units").get(0)).put("colour", "red");
    int datasetsBefore = count("dataset");

    mvc.perform(post("/api/v1/scenarios").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(ScenarioJson.mapper().writeValueAsBytes(scenario)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("invalid input"))
        .andExpect(jsonPath("$.problems[?(@.path == 'units[1].rent')].message").value("moet een getal > 0 zijn"))
        .andExpect(jsonPath("$.problems[?(@.path == 'units[0].colour')]").exists());
    mvc.perform(post("/api/v1/scenarios").with(httpBasic("officer", "officer")).header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON).content(ScenarioJson.mapper().writeValueAsBytes(scenario)))
        .andExpect(jsonPath("$.problems[?(@.path == 'units[1].rent')].message").value("must be a number > 0"))
        .andExpect(jsonPath("$.problems[?(@.path == 'units[0].colour')].message").value("unknown field"));

    assertThat(count("dataset")).isEqualTo(datasetsBefore);
  }

  @Test
  void rejectsADanglingReferenceWithItsPathAndStoresNothing() throws Exception {
    ObjectNode scenario = (ObjectNode) ScenarioJson.mapper().readTree(example());
    ((ArrayNode) scenario.withArray("vacancies").get(0).withArray("respondents")).add("NOBODY");
    int datasetsBefore = count("dataset");

    mvc.perform(post("/api/v1/scenarios").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(ScenarioJson.mapper().writeValueAsBytes(scenario)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].path").value(org.hamcrest.Matchers.startsWith("vacancies[0].respondents[")));

    assertThat(count("dataset")).isEqualTo(datasetsBefore);
  }

  @Test
  void rejectsATruncatedFile() throws Exception {
    byte[] whole = example();
    byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
    mvc.perform(post("/api/v1/scenarios").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(truncated))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].path").value("$"));
  }

  @Test
  void aFailureHalfwayThroughAnImportLeavesNoRowsBehind() throws Exception {
    Scenario valid = ScenarioReader.read(example());
    List<Unit> units = new ArrayList<>(valid.units());
    Unit last = units.remove(units.size() - 1);
    units.add(new Unit("U".repeat(300), last.street(), last.rent(), last.rooms(), last.stepFree(), last.owner(), null));
    Scenario tooLongForTheDatabase = new Scenario(valid.format(), valid.referenceDate(), valid.policy(), valid.areas(),
        valid.designations(), valid.urgentQuotas(), valid.ownerState(), units, valid.seekers(), List.of(),
        valid.clients(), valid.careProviders(), valid.directOffers());
    int datasets = count("dataset");
    int areas = count("ds_area");

    assertThatThrownBy(() -> store.save(tooLongForTheDatabase, "half", "test")).isInstanceOf(RuntimeException.class);

    assertThat(count("dataset")).isEqualTo(datasets);
    assertThat(count("ds_area")).isEqualTo(areas);
  }

  @Test
  void unknownDatasetIsNotFound() throws Exception {
    mvc.perform(get("/api/v1/scenarios/987654").with(httpBasic("officer", "officer")))
        .andExpect(status().isNotFound());
  }

  private static int sameValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }

}
