package nl.veerkracht.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.app.user.Role;
import nl.veerkracht.app.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Repeated failed sign-ins lock one account (form and HTTP Basic alike); a deep link survives the sign-in. */
class SignInProtectionTest extends PostgresIntegrationTest {

  /** The default limit, which the rest of the suite lifts (a dynamic property wins over the base class's inlined one). */
  @DynamicPropertySource
  static void defaultLimit(DynamicPropertyRegistry registry) {
    registry.add("veerkracht.sign-in.max-failures", () -> "10");
  }

  static final String PASSWORD = "heel-geheim-en-lang-9";

  @Autowired
  MockMvc mvc;
  @Autowired
  UserAccounts users;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void tenFailedSignInsLockTheAccountForFormAndBasicWithRetryAfterAndAreRecorded() throws Exception {
    String name = newUser();
    String other = newUser();
    // a password HTTP Basic has verified and remembers is refused too once the account is locked
    mvc.perform(get("/api/v1/scenarios").with(httpBasic(name, PASSWORD))).andExpect(status().isOk());
    for (int attempt = 1; attempt <= 10; attempt++) {
      MockHttpServletResponse wrong = formSignIn(name, "fout-" + attempt);
      assertThat(wrong.getStatus()).as("attempt " + attempt).isEqualTo(302);
      assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error");
    }

    MockHttpServletResponse locked = formSignIn(name, PASSWORD);
    assertThat(locked.getStatus()).as("even the right password").isEqualTo(429);
    assertThat(Long.parseLong(locked.getHeader("Retry-After"))).isBetween(14 * 60L, 15 * 60L);
    assertThat(locked.getForwardedUrl()).isEqualTo("/sign-in/locked/login");
    mvc.perform(get("/sign-in/locked/login").requestAttr(SignInThrottleFilter.LOCKED_MINUTES, 15L))
        .andExpect(content().string(containsString(
            "Te veel mislukte inlogpogingen voor dit account. Probeer het over 15 minuten opnieuw.")));
    mvc.perform(get("/api/v1/scenarios").with(httpBasic(name, PASSWORD)).header("Accept-Language", "en"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(content().string(containsString("\"error\":\"too many requests\"")));
    mvc.perform(post("/password").with(csrf()).param("username", name).param("currentPassword", PASSWORD)
            .param("newPassword", "x").param("repeatPassword", "x"))
        .andExpect(status().isTooManyRequests());

    assertThat(formSignIn(other, PASSWORD).getRedirectedUrl()).as("another account is not locked").isEqualTo("/");
    assertThat(jdbc.queryForList("SELECT content FROM audit_entry WHERE kind = 'SIGN_IN' AND subject = ? ORDER BY seq",
        String.class, "user " + name))
        .hasSize(4)
        .first().asString().contains("\"event\":\"locked\"");
  }

  @Test
  void aSuccessfulSignInStartsTheCountAgain() throws Exception {
    String name = newUser();
    for (int attempt = 1; attempt <= 9; attempt++) {
      formSignIn(name, "fout-" + attempt);
    }
    assertThat(formSignIn(name, PASSWORD).getRedirectedUrl()).isEqualTo("/");
    for (int attempt = 1; attempt <= 9; attempt++) {
      formSignIn(name, "fout-" + attempt);
    }
    assertThat(formSignIn(name, PASSWORD).getRedirectedUrl()).isEqualTo("/");
  }

  @Test
  void afterSigningInFromADeepLinkTheUserLandsOnThePageAskedFor() throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(get("/audit?unit=U-1").session(session))
        .andExpect(redirectedUrlPattern("**/login"));

    mvc.perform(post("/login").session(session).with(csrf()).param("username", "auditor").param("password", "auditor"))
        .andExpect(redirectedUrl("http://localhost/audit?unit=U-1&continue"));
  }

  private MockHttpServletResponse formSignIn(String name, String password) throws Exception {
    return mvc.perform(post("/login").with(csrf()).param("username", name).param("password", password))
        .andReturn().getResponse();
  }

  private String newUser() {
    String name = "slot-" + System.nanoTime();
    users.create("test", name, PASSWORD, EnumSet.of(Role.OFFICER));
    return name;
  }
}
