package nl.veerkracht.app.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.app.hardening.Scenarios;
import nl.veerkracht.app.i18n.Formats;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class AuditEntriesApiTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;

  String dataset;
  String today;

  @BeforeEach
  void importADatasetAndExportItTwice() throws Exception {
    dataset = ScenarioJson.mapper().readTree(mvc.perform(post("/api/v1/scenarios").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(Scenarios.bytes(Scenarios.read("plan"))))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
    for (int i = 0; i < 2; i++) {
      mvc.perform(get("/api/v1/scenarios/" + dataset).with(httpBasic("admin", "admin"))).andExpect(status().isOk());
    }
    today = LocalDate.now(Formats.AMSTERDAM).toString();
  }

  @Test
  void everyEntryOfASubjectWithWhoWhatAndWhenNewestFirst() throws Exception {
    JsonNode page = list(get("/api/v1/audit/entries").param("subject", "dataset " + dataset));

    assertThat(page.get("total").asLong()).isEqualTo(3);
    JsonNode entries = page.get("items");
    assertThat(entries.findValuesAsText("kind")).containsExactly("SENSITIVE_READ", "SENSITIVE_READ", "IMPORT");
    assertThat(entries.findValuesAsText("actor")).containsExactly("admin", "admin", "officer");
    assertThat(entries.get(0).get("seq").asLong()).isGreaterThan(entries.get(1).get("seq").asLong());
    assertThat(java.time.Instant.parse(entries.get(2).get("at").asText())).isBeforeOrEqualTo(java.time.Instant.now());
    assertThat(entries.get(2).get("summary").asText()).startsWith("officer importeerde dataset " + dataset + " ")
        .contains("met peildatum 1 maart 2026").contains("5 woningen");
    assertThat(entries.get(0).get("summary").asText()).isEqualTo("admin exporteerde dataset " + dataset
        + ", met screeningsgegevens, urgentiegronden en cliëntgroepen.");
  }

  @Test
  void theSummaryIsInEnglishWhenAskedFor() throws Exception {
    JsonNode entries = list(get("/api/v1/audit/entries").param("subject", "dataset " + dataset).param("kind", "import")
        .param("lang", "en")).get("items");

    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).get("summary").asText()).startsWith("officer imported dataset " + dataset + " ")
        .contains("with reference date 1 March 2026");
    JsonNode asked = list(get("/api/v1/audit/entries").param("subject", "dataset " + dataset).param("kind", "IMPORT")
        .header("Accept-Language", "en"));
    assertThat(asked.get("items").get(0).get("summary")).isEqualTo(entries.get(0).get("summary"));
  }

  @Test
  void filtersByKindActorAndDay() throws Exception {
    String subject = "dataset " + dataset;
    assertThat(total(get("/api/v1/audit/entries").param("subject", subject).param("kind", "SENSITIVE_READ"))).isEqualTo(2);
    assertThat(total(get("/api/v1/audit/entries").param("subject", subject).param("actor", "officer"))).isEqualTo(1);
    assertThat(total(get("/api/v1/audit/entries").param("subject", subject).param("actor", "nobody"))).isZero();
    assertThat(total(get("/api/v1/audit/entries").param("subject", subject).param("from", today).param("to", today)))
        .isEqualTo(3);
    String tomorrow = LocalDate.parse(today).plusDays(1).toString();
    String yesterday = LocalDate.parse(today).minusDays(1).toString();
    assertThat(total(get("/api/v1/audit/entries").param("subject", subject).param("from", tomorrow))).isZero();
    assertThat(total(get("/api/v1/audit/entries").param("subject", subject).param("to", yesterday))).isZero();
    JsonNode imports = list(get("/api/v1/audit/entries").param("kind", "IMPORT").param("size", "500"));
    assertThat(imports.get("items").findValuesAsText("kind")).containsOnly("IMPORT");
  }

  @Test
  void pagesThroughTheEntries() throws Exception {
    JsonNode all = list(get("/api/v1/audit/entries").param("subject", "dataset " + dataset));
    JsonNode last = list(get("/api/v1/audit/entries").param("subject", "dataset " + dataset).param("size", "2")
        .param("page", "1"));

    assertThat(last.get("total").asLong()).isEqualTo(3);
    assertThat(last.get("items")).hasSize(1);
    assertThat(last.get("items").get(0)).isEqualTo(all.get("items").get(2));
  }

  @Test
  void aBadFilterIsRefusedNamingTheField() throws Exception {
    expectProblem(get("/api/v1/audit/entries").param("kind", "COFFEE"), "kind");
    expectProblem(get("/api/v1/audit/entries").param("from", "gisteren"), "from");
    expectProblem(get("/api/v1/audit/entries").param("to", "2026-13-01"), "to");
    expectProblem(get("/api/v1/audit/entries").param("from", "2026-03-05").param("to", "2026-03-01"), "to");
    expectProblem(get("/api/v1/audit/entries").param("size", "10000"), "size");
    expectProblem(get("/api/v1/audit/entries").param("page", "1.5"), "page");
    mvc.perform(get("/api/v1/audit/entries").param("from", "gisteren").with(httpBasic("auditor", "auditor")))
        .andExpect(jsonPath("$.problems[0].message").value("moet een datum zijn, geschreven als jjjj-mm-dd, niet ‘gisteren’"));
    mvc.perform(get("/api/v1/audit/entries").param("from", "gisteren").param("lang", "en")
            .with(httpBasic("auditor", "auditor")))
        .andExpect(jsonPath("$.problems[0].message").value("must be a date written as yyyy-mm-dd, not ‘gisteren’"));
  }

  @Test
  void browsingTheListIsNotItselfRecorded() throws Exception {
    long before = total(get("/api/v1/audit/entries"));
    list(get("/api/v1/audit/entries").param("size", "5"));
    assertThat(total(get("/api/v1/audit/entries"))).isEqualTo(before);
  }

  @Test
  void onlyTheAuditorMayBrowse() throws Exception {
    for (String user : List.of("officer", "policy", "admin")) {
      mvc.perform(get("/api/v1/audit/entries").with(httpBasic(user, user))).andExpect(status().isForbidden());
    }
  }

  private void expectProblem(MockHttpServletRequestBuilder request, String field) throws Exception {
    mvc.perform(request.with(httpBasic("auditor", "auditor")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].path").value(field));
  }

  private long total(MockHttpServletRequestBuilder request) throws Exception {
    return list(request).get("total").asLong();
  }

  private JsonNode list(MockHttpServletRequestBuilder request) throws Exception {
    return ScenarioJson.mapper().readTree(mvc.perform(request.with(httpBasic("auditor", "auditor")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }
}
