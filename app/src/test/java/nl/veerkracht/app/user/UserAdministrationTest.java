package nl.veerkracht.app.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.veerkracht.app.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's page: roles, temporary passwords, blocking, the last administrator, and the audit trail of each. */
class UserAdministrationTest extends PostgresIntegrationTest {

  static final String PASSWORD = "eigen-sterk-wachtwoord-1";

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theAdministratorChangesAUsersRolesAndItIsRecorded() throws Exception {
    String name = newUser("OFFICER");

    mvc.perform(admin(post("/admin/users/" + name + "/roles")).param("roles", "POLICYMAKER", "AUDITOR"))
        .andExpect(redirectedUrl("/admin")).andExpect(flash().attribute("done", "roles"));

    assertThat(jdbc.queryForList("SELECT role FROM app_user_role WHERE username = ? ORDER BY role", String.class, name))
        .containsExactly("AUDITOR", "POLICYMAKER");
    assertThat(lastEntry(name)).isEqualTo("admin {\"action\":\"roles\",\"after\":[\"AUDITOR\",\"POLICYMAKER\"],"
        + "\"before\":[\"OFFICER\"],\"user\":\"" + name + "\"}");
  }

  @Test
  void noRolesAtAllIsRefusedOnTheUsersPage() throws Exception {
    String name = newUser("OFFICER");

    mvc.perform(admin(post("/admin/users/" + name + "/roles")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("kies ten minste één rol")));
    assertThat(jdbc.queryForList("SELECT role FROM app_user_role WHERE username = ?", String.class, name))
        .containsExactly("OFFICER");
  }

  @Test
  void blockingAsksFirstThenABlockedUserWithTheRightPasswordIsToldSo() throws Exception {
    String name = newUser("OFFICER");

    mvc.perform(admin(get("/admin/users/" + name + "/block"))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Gebruiker " + name + " blokkeren?")));
    assertThat(enabled(name)).as("asking changes nothing").isTrue();
    mvc.perform(admin(post("/admin/users/" + name + "/enabled")).param("enabled", "false"))
        .andExpect(redirectedUrl("/admin")).andExpect(flash().attribute("done", "block"));
    assertThat(enabled(name)).isFalse();
    assertThat(lastEntry(name)).contains("\"action\":\"block\"");

    mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(redirectedUrl("/login?blocked"));
    mvc.perform(formLogin().user(name).password("een-fout-wachtwoord")).andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/api/v1/scenarios").with(httpBasic(name, PASSWORD))).andExpect(status().isUnauthorized());
    mvc.perform(get("/login").param("blocked", "")).andExpect(content().string(containsString("Dit account is geblokkeerd.")));

    mvc.perform(admin(post("/admin/users/" + name + "/enabled")).param("enabled", "true"))
        .andExpect(flash().attribute("done", "unblock"));
    mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(redirectedUrl("/"));
    assertThat(lastEntry(name)).contains("\"action\":\"unblock\"");
  }

  @Test
  @Transactional
  void theLastActiveAdministratorCanNeitherBeBlockedNorLoseTheRole() throws Exception {
    List<String> admins = jdbc.queryForList("SELECT username FROM app_user_role WHERE role = 'ADMIN' ORDER BY username",
        String.class);
    String last = admins.get(0);
    // rolled back with the test: every other administrator blocked
    admins.stream().skip(1).forEach(other -> jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", other));
    jdbc.update("UPDATE app_user SET enabled = TRUE WHERE username = ?", last);

    mvc.perform(admin(post("/admin/users/" + last + "/enabled")).param("enabled", "false"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("laatste actieve beheerder")));
    mvc.perform(admin(post("/admin/users/" + last + "/roles")).param("roles", "AUDITOR"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("laatste actieve beheerder")));

    assertThat(enabled(last)).isTrue();
    assertThat(jdbc.queryForList("SELECT role FROM app_user_role WHERE username = ?", String.class, last)).contains("ADMIN");
  }

  @Test
  void aTemporaryPasswordMustBeChangedAtTheNextSignInAndIsNeverRecorded() throws Exception {
    String name = newUser("AUDITOR");
    String temporary = "tijdelijk-voor-nu-7";

    mvc.perform(admin(post("/admin/users/" + name + "/password")).param("password", temporary))
        .andExpect(flash().attribute("done", "password"));
    assertThat(lastEntry(name)).contains("\"action\":\"temporary-password\"").doesNotContain(temporary);

    MockHttpSession session = new MockHttpSession();
    mvc.perform(post("/login").session(session).with(csrf()).param("username", name).param("password", temporary))
        .andExpect(redirectedUrl("/password?expired"));
    mvc.perform(get("/api/v1/decisions/1").with(httpBasic(name, temporary))).andExpect(status().isUnauthorized());
    mvc.perform(get("/password").session(session)).andExpect(content().string(containsString("value=\"" + name + "\"")));

    mvc.perform(changePassword(name, temporary, "wachtwoord123")).andExpect(status().isOk())
        .andExpect(content().string(containsString("veelgebruikte wachtwoorden")));
    mvc.perform(changePassword(name, temporary, PASSWORD + "-nieuw")).andExpect(redirectedUrl("/login?changed"));

    mvc.perform(formLogin().user(name).password(PASSWORD + "-nieuw")).andExpect(redirectedUrl("/"));
    mvc.perform(formLogin().user(name).password(temporary)).andExpect(redirectedUrl("/login?error"));
    assertThat(lastEntry(name)).isEqualTo(name + " {\"action\":\"password-changed\",\"user\":\"" + name + "\"}");
  }

  @Test
  void weakPasswordsAreRefusedWithTheReasonInDutchOrEnglish() throws Exception {
    mvc.perform(admin(post("/admin/users")).param("username", "zwak").param("password", "Wachtwoord123")
            .param("roles", "OFFICER"))
        .andExpect(content().string(containsString("staat op de lijst van veelgebruikte wachtwoorden")));
    mvc.perform(admin(post("/admin/users")).param("lang", "en").param("username", "zwak")
            .param("password", "zwak-en-zwak-en-zwak").param("roles", "OFFICER"))
        .andExpect(content().string(containsString("must not contain the username")));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'zwak'", Integer.class)).isZero();
  }

  private MockHttpServletRequestBuilder changePassword(String name, String current, String chosen) {
    return post("/password").with(csrf()).param("username", name).param("currentPassword", current)
        .param("newPassword", chosen).param("repeatPassword", chosen);
  }

  private String newUser(String role) throws Exception {
    String name = "beheerd-" + System.nanoTime();
    mvc.perform(admin(post("/admin/users")).param("username", name).param("password", PASSWORD).param("roles", role))
        .andExpect(redirectedUrl("/admin"));
    assertThat(lastEntry(name)).isEqualTo("admin {\"action\":\"create\",\"roles\":[\"" + role + "\"],\"user\":\""
        + name + "\"}");
    return name;
  }

  private MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
    return request.with(user("admin").roles("ADMIN")).with(csrf());
  }

  private boolean enabled(String name) {
    return jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = ?", Boolean.class, name);
  }

  /** The newest USER_ADMIN entry about the user: its actor and content. */
  private String lastEntry(String name) {
    return jdbc.queryForObject("SELECT actor || ' ' || content FROM audit_entry WHERE kind = 'USER_ADMIN' AND subject = ?"
        + " ORDER BY seq DESC LIMIT 1", String.class, "user " + name);
  }
}
