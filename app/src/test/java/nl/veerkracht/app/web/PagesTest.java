package nl.veerkracht.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.veerkracht.app.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

class PagesTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theLoginPageIsDutchByDefaultAndEnglishOnRequest() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html lang=\"nl\"")))
        .andExpect(content().string(containsString("Gebruikersnaam")));
    mvc.perform(get("/login").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Username")));
  }

  @Test
  void pagesNeedALogin() throws Exception {
    mvc.perform(get("/officer")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
  }

  @Test
  void eachDemoUserLogsInAndLandsOnTheStartPageOfItsRole() throws Exception {
    assertLogin("officer", "/officer", "Toewijzing");
    assertLogin("policy", "/policy", "Beleid");
    assertLogin("auditor", "/audit", "Audit");
    assertLogin("admin", "/admin", "Gebruikersbeheer");
  }

  private void assertLogin(String name, String startPage, String heading) throws Exception {
    mvc.perform(formLogin().user(name).password(name)).andExpect(redirectedUrl("/"));
    mvc.perform(get("/").with(user(name).roles(roleOf(name)))).andExpect(redirectedUrl(startPage));
    mvc.perform(get(startPage).with(user(name).roles(roleOf(name))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>" + heading + "</h1>")));
  }

  private static String roleOf(String demoUser) {
    return switch (demoUser) {
      case "officer" -> "OFFICER";
      case "policy" -> "POLICYMAKER";
      case "auditor" -> "AUDITOR";
      default -> "ADMIN";
    };
  }

  @Test
  void aWrongPasswordDoesNotLogIn() throws Exception {
    mvc.perform(formLogin().user("officer").password("wrong")).andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void aStartPageOfAnotherRoleIsForbidden() throws Exception {
    mvc.perform(get("/admin").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
    mvc.perform(get("/officer").with(user("policy").roles("POLICYMAKER"))).andExpect(status().isForbidden());
  }

  @Test
  void theAdministratorAddsAUserWhoCanThenUseTheApi() throws Exception {
    mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
            .param("username", "jansen").param("password", "lang-genoeg-1").param("roles", "OFFICER"))
        .andExpect(redirectedUrl("/admin"));

    mvc.perform(get("/api/v1/scenarios").with(httpBasic("jansen", "lang-genoeg-1"))).andExpect(status().isOk());
    String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'jansen'", String.class);
    assertThat(hash).startsWith("{bcrypt}").doesNotContain("lang-genoeg-1");
  }

  @Test
  void aFormWithoutCsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN"))
            .param("username", "zonder").param("password", "lang-genoeg-1").param("roles", "OFFICER"))
        .andExpect(status().isForbidden());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'zonder'", Integer.class)).isZero();
  }

  @Test
  void aShortPasswordIsRefusedWithTheFieldNamed() throws Exception {
    mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
            .param("username", "kort").param("password", "kort").param("roles", "AUDITOR"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(
            "<strong title=\"password\">Wachtwoord</strong>: <span>moet minstens 12 tekens hebben</span>")));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'kort'", Integer.class)).isZero();
  }

  @Test
  void aTakenUsernameIsSaidInDutchWithTheFieldsLabel() throws Exception {
    mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
            .param("username", "officer").param("password", "lang-genoeg").param("roles", "AUDITOR"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<strong title=\"username\">Gebruikersnaam</strong>: <span>is al in gebruik</span>")));
  }

  @Test
  void anInvalidUploadShowsEveryProblemAndStoresNothing() throws Exception {
    int before = jdbc.queryForObject("SELECT COUNT(*) FROM dataset", Integer.class);
    MockMultipartFile file = new MockMultipartFile("file", "bad.json", "application/json",
        "{\"format\": \"veerkracht-scenario/1\", \"referenceDate\": \"2026-03-01\", \"units\": [{\"id\": \"<script>x</script>\"}]}".getBytes());

    mvc.perform(multipart("/officer/datasets").file(file).with(user("officer").roles("OFFICER")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(
            "<strong title=\"units[0].street\">Woning 1 › Straat</strong>: <span>is verplicht</span>")))
        .andExpect(content().string(not(containsString("<script>x</script>"))));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dataset", Integer.class)).isEqualTo(before);
  }

  @Test
  void pagesCarrySecurityHeaders() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
  }

  @Test
  void theServiceReportsItselfHealthy() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"status\":\"UP\"")));
  }
}
