package nl.veerkracht.app.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** API tokens: made and revoked by an administrator, stored as hashes, in force or refused from the next request on. */
class ApiTokensTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aTokenIsShownOnceStoredAsItsHashAndItsMakingRecorded() throws Exception {
    String name = "koppeling-" + System.nanoTime();
    JsonNode created = create(name, "OFFICER");
    String secret = created.get("token").asText();

    assertThat(secret).startsWith("vkt_").hasSizeGreaterThan(40);
    Map<String, Object> row = jdbc.queryForMap("SELECT * FROM api_token WHERE name = ?", name);
    assertThat(row.get("token_hash")).isEqualTo(ApiTokens.hash(secret));
    assertThat(row.values().toString()).doesNotContain(secret.substring(4));
    mvc.perform(get("/api/v1/tokens").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"name\":\"" + name + "\"")))
        .andExpect(content().string(not(containsString(secret))))
        .andExpect(content().string(not(containsString("token_hash"))));
    assertThat(entries(created.get("id").asText()))
        .containsExactly("admin {\"action\":\"token-create\",\"name\":\"" + name + "\",\"role\":\"OFFICER\",\"token\":\""
            + created.get("id").asText() + "\"}");
    mvc.perform(get("/api/v1/audit/entries").param("subject", "token " + created.get("id").asText())
            .with(httpBasic("auditor", "auditor")))
        .andExpect(jsonPath("$.items[0].summary").value("admin maakte API-token " + name + " aan."));
  }

  @Test
  void aTokenActsWithItsRoleAloneUnderItsNameAndNotesItsUse() throws Exception {
    String name = "officier-" + System.nanoTime();
    String secret = create(name, "OFFICER").get("token").asText();

    bearer(get("/api/v1/scenarios?size=1"), secret).andExpect(status().isOk());
    bearer(get("/api/v1/decisions"), secret).andExpect(status().isForbidden());
    byte[] scenario = new ClassPathResource("scenarios/02-art9-half-and-urgent-quota.scenario.json")
        .getContentAsByteArray();
    String decision = ScenarioJson.mapper().readTree(bearer(post("/api/v1/evaluations")
            .contentType(MediaType.APPLICATION_JSON).content(scenario), secret)
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("decisionIds").get(0).asText();

    assertThat(jdbc.queryForObject("SELECT actor FROM audit_entry WHERE seq = ?", String.class, Long.parseLong(decision)))
        .isEqualTo("token:" + name);
    assertThat(jdbc.queryForObject("SELECT last_used_at FROM api_token WHERE name = ?", Object.class, name)).isNotNull();
  }

  @Test
  void aRevokedTokenIsRefusedFromTheNextRequestOnAndTheRevocationRecorded() throws Exception {
    JsonNode created = create("herroepen-" + System.nanoTime(), "AUDITOR");
    String secret = created.get("token").asText();
    String id = created.get("id").asText();
    bearer(get("/api/v1/decisions"), secret).andExpect(status().isOk());

    mvc.perform(post("/api/v1/tokens/" + id + "/revoke").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.revokedBy").value("admin"));

    bearer(get("/api/v1/decisions"), secret)
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
    assertThat(entries(id)).hasSize(2).last().asString().contains("\"action\":\"token-revoke\"");
  }

  @Test
  void anUnknownTokenIsRefusedAndATokenCannotManageTokens() throws Exception {
    bearer(get("/api/v1/scenarios"), "vkt_geraden").andExpect(status().isUnauthorized());
    bearer(get("/api/v1/scenarios"), "iets-anders").andExpect(status().isUnauthorized());

    String admin = create("beheer-" + System.nanoTime(), "ADMIN").get("token").asText();
    bearer(get("/api/v1/scenarios?size=1"), admin).andExpect(status().isOk());
    bearer(get("/api/v1/tokens"), admin).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/tokens").with(httpBasic("officer", "officer"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/tokens")).andExpect(status().isUnauthorized());
  }

  @Test
  void aBadNameOrRoleIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    int before = jdbc.queryForObject("SELECT COUNT(*) FROM api_token", Integer.class);
    mvc.perform(post("/api/v1/tokens").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": \"Met Spaties\", \"role\": \"KONING\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].path").value("name"))
        .andExpect(jsonPath("$.problems[1].path").value("role"));
    String taken = "dubbel-" + System.nanoTime();
    create(taken, "OFFICER");
    mvc.perform(post("/api/v1/tokens").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": \"" + taken + "\", \"role\": \"OFFICER\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].message").value(containsString("al in gebruik")));

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token", Integer.class)).isEqualTo(before + 1);
  }

  @Test
  void theAdministratorsPageShowsANewTokenOnceAndRevokesAfterAConfirmation() throws Exception {
    String name = "pagina-" + System.nanoTime();
    MvcResult made = mvc.perform(post("/admin/tokens").with(admin()).with(csrf()).param("name", name)
            .param("role", "POLICYMAKER"))
        .andExpect(redirectedUrl("/admin/tokens")).andReturn();
    String secret = (String) made.getFlashMap().get("createdSecret");
    assertThat(secret).startsWith("vkt_");
    bearer(get("/api/v1/areas/indicators"), secret).andExpect(status().is(org.hamcrest.Matchers.not(401)));

    mvc.perform(get("/admin/tokens").with(admin()).flashAttrs(made.getFlashMap()))
        .andExpect(content().string(containsString(secret)))
        .andExpect(content().string(containsString("Kopieer het nu")));
    mvc.perform(get("/admin/tokens").with(admin()))
        .andExpect(content().string(containsString(name)))
        .andExpect(content().string(not(containsString(secret))));
    String id = jdbc.queryForObject("SELECT id FROM api_token WHERE name = ?", Long.class, name).toString();
    mvc.perform(get("/admin/tokens/" + id + "/revoke").with(admin()))
        .andExpect(content().string(containsString("API-token " + name + " intrekken?")));
    mvc.perform(post("/admin/tokens/" + id + "/revoke").with(admin()).with(csrf()))
        .andExpect(redirectedUrl("/admin/tokens"));

    bearer(get("/api/v1/areas/indicators"), secret).andExpect(status().isUnauthorized());
    mvc.perform(post("/admin/tokens").with(admin()).with(csrf()).param("name", "X").param("role", "OFFICER"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Het API-token is niet aangemaakt")));
  }

  private JsonNode create(String name, String role) throws Exception {
    String body = mvc.perform(post("/api/v1/tokens").with(httpBasic("admin", "admin"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + name + "\", \"role\": \"" + role + "\"}"))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    return ScenarioJson.mapper().readTree(body);
  }

  private ResultActions bearer(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String secret) throws Exception {
    return mvc.perform(request.header("Authorization", "Bearer " + secret));
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
    return user("admin").roles("ADMIN");
  }

  private List<String> entries(String token) {
    return jdbc.queryForList("SELECT actor || ' ' || content FROM audit_entry WHERE kind = 'USER_ADMIN' AND subject = ?"
        + " ORDER BY seq", String.class, "token " + token);
  }
}
