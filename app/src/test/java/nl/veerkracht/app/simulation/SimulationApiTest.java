package nl.veerkracht.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.simulation.SimulationSettings;
import nl.veerkracht.simulation.Simulator;
import nl.veerkracht.simulation.SmallCity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

class SimulationApiTest extends PostgresIntegrationTest {

  static Long dataset;

  @Autowired
  MockMvc mvc;

  @Autowired
  DatasetStore datasets;

  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void storeTheSmallCityOnce() {
    if (dataset == null) {
      dataset = datasets.save(SmallCity.CITY, "small demo city", "officer");
    }
  }

  String body(String variants) {
    return "{\"dataset\": \"" + dataset + "\", \"months\": 2, \"seed\": 7, \"variants\": " + variants + "}";
  }

  JsonNode start(String body) throws Exception {
    String response = mvc.perform(post("/api/v1/simulations").with(httpBasic("policy", "policy"))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("RUNNING"))
        .andReturn().getResponse().getContentAsString();
    return ScenarioJson.mapper().readTree(response);
  }

  JsonNode awaitEnd(String id) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (true) {
      JsonNode view = ScenarioJson.mapper().readTree(mvc.perform(get("/api/v1/simulations/" + id)
          .with(httpBasic("policy", "policy"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
      if (!view.get("status").asText().equals("RUNNING") || System.currentTimeMillis() > deadline) {
        return view;
      }
      Thread.sleep(200);
    }
  }

  @Test
  void aSimulationRunsInTheBackgroundIsStoredWholeAndAudited() throws Exception {
    String variants = "[{\"name\": \"baseline\"}, {\"name\": \"half\", \"art9ShareOverride\": \"1/2\"}]";
    String id = start(body(variants)).get("id").asText();

    JsonNode done = awaitEnd(id);

    assertThat(done.get("status").asText()).isEqualTo("DONE");
    assertThat(done.get("format").asText()).isEqualTo("veerkracht-simulation/1");
    assertThat(done.get("variants")).hasSize(2);
    assertThat(done.get("variants").get(0).get("buurten").get(0).get("waterbed").isNull()).isTrue();
    for (JsonNode buurt : done.get("variants").get(1).get("buurten")) {
      List<String> suppressed = new java.util.ArrayList<>();
      buurt.get("suppressed").forEach(name -> suppressed.add(name.asText()));
      assertThat(buurt.get("waterbed").isInt() || suppressed.contains("waterbed")).as(buurt.toString()).isTrue();
      for (String count : List.of("lettings", "urgentLettings", "art9Lettings", "vulnerableLettings", "clientsPlaced")) {
        // a policymaker never sees a count of 1 to 9 households
        assertThat(buurt.get(count).isNull() ? suppressed.contains(count) : buurt.get(count).asInt() == 0
            || buurt.get(count).asInt() >= 10).as(count + " of " + buurt).isTrue();
      }
    }
    assertThat(done.has("progress")).isFalse();

    // the stored result is, byte for byte, what a run of the same dataset, variants and settings writes
    String stored = jdbc.queryForObject("SELECT result FROM simulation WHERE id = ?", String.class, Long.valueOf(id));
    List<nl.veerkracht.simulation.Variant> policies = List.of(SmallCity.policy("{\"name\": \"baseline\"}"),
        SmallCity.policy("{\"name\": \"half\", \"art9ShareOverride\": \"1/2\"}"));
    assertThat(stored).isEqualTo(Simulations.json(Simulator.run(datasets.load(dataset).orElseThrow(), policies,
        new SimulationSettings(2, 7L, null, null, null), Simulator.Progress.NONE)));

    JsonNode audit = ScenarioJson.mapper().readTree(jdbc.queryForObject(
        "SELECT content FROM audit_entry WHERE kind = 'SIMULATION' AND subject = ?", String.class, "simulation " + id));
    assertThat(audit.get("status").asText()).isEqualTo("DONE");
    assertThat(audit.get("variants").get(1).get("hash").asText()).startsWith("sha256:");
    assertThat(audit.get("variants").get(1).get("policy").get("art9ShareOverride").asText()).isEqualTo("1/2");
    assertThat(audit.get("result").asText()).startsWith("sha256:");
  }

  @Test
  void anInvalidVariantIsRefusedWithItsPathAndNothingIsStored() throws Exception {
    Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM simulation", Integer.class);

    mvc.perform(post("/api/v1/simulations").with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON)
            .content(body("[{}, {\"art9ShareOverride\": 2}]")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].path").value("variants[1].art9ShareOverride"))
        .andExpect(jsonPath("$.problems[0].message").value(startsWith("moet een getal in (0, 1] zijn")));
    mvc.perform(post("/api/v1/simulations").with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", "en").content(body("[{}, {\"art9ShareOverride\": 2}]")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].message").value(startsWith("must be a number in (0, 1]")));
    mvc.perform(post("/api/v1/simulations").with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"dataset\": 999999, \"variants\": [{}], \"months\": 100}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].path").value("dataset"))
        .andExpect(jsonPath("$.problems[0].message").value("dataset 999999 bestaat niet"));
    mvc.perform(post("/api/v1/simulations?lang=en").with(httpBasic("policy", "policy"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"variants\": {}, \"colour\": 1, \"months\": \"x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[*].message").value(containsInAnyOrder("unknown field",
            "must be an array of policy objects, the first the baseline", "must be an integer")));

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM simulation", Integer.class)).isEqualTo(before);
    mvc.perform(get("/api/v1/simulations/999999").with(httpBasic("policy", "policy"))).andExpect(status().isNotFound());
  }

  @Test
  void thePolicymakerStartsARunFromTheFormAndComparesTheVariantsWithSmallCellsSuppressed() throws Exception {
    String location = mvc.perform(multipart("/policy/simulations").with(user("policy").roles("POLICYMAKER")).with(csrf())
            .param("dataset", dataset.toString()).param("months", "2").param("seed", "7").param("replications", "2")
            .param("variants[0].name", "baseline")
            .param("variants[1].name", "half").param("variants[1].art9ShareOverride", "1/2")
            .param("variants[1].urgentQuotaDefault", "0,5"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/policy/simulations/*"))
        .andReturn().getResponse().getRedirectedUrl();
    String id = location.substring(location.lastIndexOf('/') + 1);
    assertThat(awaitEnd(id).get("status").asText()).isEqualTo("DONE");

    String page = mvc.perform(get(location).with(user("policy").roles("POLICYMAKER")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("&lt;10").contains("Basisbeleid").contains("Aandeel met art. 9-voorrang: 1/2")
        .contains("Buurtquotum urgenten: 50%");
    String table = page.substring(page.indexOf("id=\"buurten-table\""), page.indexOf("</table>", page.indexOf("id=\"buurten-table\"")));
    String header = table.substring(0, table.indexOf("</thead>"));
    List<String> headers = Pattern.compile("<th[ >][^>]*>").matcher(header).results().map(MatchResult::group).toList();
    assertThat(headers.subList(1, 4)).as("the table leads with the difference, its interval and the waterbed")
        .allMatch(th -> !th.contains("hidden"))
        .extracting(th -> th.replaceAll(".*data-col=\"([a-zA-Z]+)\".*", "$1"))
        .containsExactly("difference", "interval", "waterbed");
    assertThat(headers.subList(4, headers.size())).as("further columns are the reader's choice").allMatch(th -> th.contains("hidden"));
    assertThat(header).contains(">half<").doesNotContain("sha256").doesNotContainPattern("[0-9a-f]{64}");
    assertThat(page).contains("<fieldset class=\"columns\" data-table=\"buurten-table\"")
        .containsPattern("<input type=\"checkbox\" data-column=\"difference\" checked")
        .containsPattern("<input type=\"checkbox\" data-column=\"lettings\">")
        .contains("/js/columns.js");
    assertThat(table).as("the small city's differences over the replications are of mean counts below 10: hidden,"
        + " with their intervals").containsPattern("data-col=\"difference\"[^>]*>\\*<")
        .containsPattern("data-col=\"interval\">\\*<").doesNotContainPattern("data-col=\"difference\"[^>]*>[+-]?\\d");
    assertThat(page.substring(page.indexOf("<svg"), page.indexOf("</svg>"))).as("outlying areas as named insets")
        .contains("<g class=\"insets\">").contains(">Hoek van Holland</text>").contains("<g class=\"names\">");
    assertThat(page).as("the legend shows its colours, every buurt has one").doesNotContain(":null")
        .containsPattern("<span class=\"swatch\" style=\"background:#[0-9a-f]{6}\"></span>\\s*<span>[^<]+ \\(\\d+\\)</span>");

    MockHttpServletResponse dutch = mvc.perform(get(location + "/buurten.csv").with(user("policy").roles("POLICYMAKER")))
        .andExpect(status().isOk()).andReturn().getResponse();
    byte[] bytes = dutch.getContentAsByteArray();
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).as("UTF-8 byte order mark")
        .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String csv = new String(bytes, StandardCharsets.UTF_8);
    assertThat(csv).contains("Variant;Beleid;Buurtcode;Buurt;").contains(";Basisbeleid;").contains("<10")
        .containsPattern(";-?\\d+,\\d+;");
    String english = mvc.perform(get(location + "/buurten.csv").param("lang", "en").with(user("policy").roles("POLICYMAKER")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(english).contains("Variant,Policy,Buurt code,Buurt,").doesNotContain(";")
        .containsPattern(",-?\\d+\\.\\d+,");
    mvc.perform(get("/policy/simulations").with(user("policy").roles("POLICYMAKER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/policy/simulations/" + id)));
  }

  @Test
  void anInvalidFormShowsTheProblemsAndStartsNothing() throws Exception {
    mvc.perform(multipart("/policy/simulations").with(user("policy").roles("POLICYMAKER")).with(csrf())
            .param("dataset", dataset.toString()).param("months", "2")
            .param("variants[0].art9ShareOverride", "3/2").param("variants[1].json", "{\"model\": {\"indicators\": "
                + "{\"indexSpan\": 0}}}"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("variants[0].art9ShareOverride")))
        .andExpect(content().string(containsString("Variant 1 › Aandeel met art. 9-voorrang</strong>: "
            + "<span>moet een getal in (0, 1] zijn")))
        .andExpect(content().string(containsString("Variant 2 › Model › Indicatoren › Bereik van de index</strong>: "
            + "<span>moet een getal &gt; 0 zijn")));
    mvc.perform(multipart("/policy/simulations?lang=en").with(user("policy").roles("POLICYMAKER")).with(csrf())
            .param("dataset", dataset.toString()).param("months", "2")
            .param("variants[0].art9ShareOverride", "3/2"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Variant 1 › Share with art. 9 priority</strong>: "
            + "<span>must be a number in (0, 1]")));
  }
}
