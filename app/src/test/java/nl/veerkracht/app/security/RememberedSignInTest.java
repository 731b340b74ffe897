package nl.veerkracht.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.app.user.Role;
import nl.veerkracht.app.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * HTTP Basic remembers a verified password for a while (RememberedPasswordChecks), yet every
 * change to the account is in force on the very next request after it was remembered.
 */
class RememberedSignInTest extends PostgresIntegrationTest {

  static final String PASSWORD = "onthouden-maar-kort-3";

  @Autowired
  MockMvc mvc;
  @Autowired
  UserAccounts users;

  @Test
  void aTemporaryPasswordRefusesTheOldOneAtOnce() throws Exception {
    String name = rememberedOfficer();

    users.setTemporaryPassword("admin", name, "tijdelijk-wachtwoord-8");

    scenarios(name, PASSWORD).andExpect(status().isUnauthorized());
    scenarios(name, "tijdelijk-wachtwoord-8").andExpect(status().isUnauthorized());
  }

  @Test
  void aPasswordTheUserChangedRefusesTheOldOneAtOnce() throws Exception {
    String name = rememberedOfficer();

    users.changePassword(name, PASSWORD, "een-ander-lang-wachtwoord-4");

    scenarios(name, PASSWORD).andExpect(status().isUnauthorized());
    scenarios(name, "een-ander-lang-wachtwoord-4").andExpect(status().isOk());
  }

  @Test
  void aBlockedUserIsRefusedAtOnceAndAnUnblockedOneLetIn() throws Exception {
    String name = rememberedOfficer();

    users.setEnabled("admin", name, false);
    scenarios(name, PASSWORD).andExpect(status().isUnauthorized());

    users.setEnabled("admin", name, true);
    scenarios(name, PASSWORD).andExpect(status().isOk());
  }

  @Test
  void aChangedRoleCountsAtOnce() throws Exception {
    String name = rememberedOfficer();

    users.setRoles("admin", name, EnumSet.of(Role.AUDITOR));

    scenarios(name, PASSWORD).andExpect(status().isForbidden());
  }

  @Test
  void aWrongPasswordIsNeverTakenForARememberedOne() throws Exception {
    String name = rememberedOfficer();

    scenarios(name, PASSWORD + "x").andExpect(status().isUnauthorized());
    scenarios(name, "").andExpect(status().isUnauthorized());
  }

  /** An officer whose password HTTP Basic has verified (and so remembers). */
  private String rememberedOfficer() throws Exception {
    String name = "onthouden-" + System.nanoTime();
    users.create("admin", name, PASSWORD, EnumSet.of(Role.OFFICER));
    scenarios(name, PASSWORD).andExpect(status().isOk());
    scenarios(name, PASSWORD).andExpect(status().isOk());
    return name;
  }

  private ResultActions scenarios(String name, String password) throws Exception {
    return mvc.perform(get("/api/v1/scenarios?size=1").with(httpBasic(name, password)));
  }
}
