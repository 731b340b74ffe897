package nl.veerkracht.app.user;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The users that exist before anyone can log in: in the {@code demo} profile (and only there)
 * one user per role with its name as password; elsewhere the first administrator from
 * configuration, created once at first start. Runs first, before the demo city is stored, so
 * that the demo users can sign in at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class InitialUsers implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

  private final UserAccounts users;
  private final Environment environment;
  private final String adminUsername;
  private final String adminPassword;

  public InitialUsers(UserAccounts users, Environment environment,
      @Value("${veerkracht.admin.username:}") String adminUsername,
      @Value("${veerkracht.admin.password:}") String adminPassword) {
    this.users = users;
    this.environment = environment;
    this.adminUsername = adminUsername;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      createDemoUsers();
    }
    if (!users.anyWithRole(Role.ADMIN)) {
      createFirstAdministrator();
    }
  }

  private void createDemoUsers() {
    createDemoUser("officer", Role.OFFICER);
    createDemoUser("policy", Role.POLICYMAKER);
    createDemoUser("auditor", Role.AUDITOR);
    createDemoUser("admin", Role.ADMIN);
  }

  private void createDemoUser(String name, Role role) {
    if (!users.exists(name)) {
      users.createUnchecked(name, name, EnumSet.of(role));
      log.info("demo profile: created user '{}' with role {}", name, role);
    }
  }

  private void createFirstAdministrator() {
    if (adminUsername.isBlank() || adminPassword.isBlank()) {
      log.warn("No administrator exists and none is configured: set VEERKRACHT_ADMIN_USERNAME and "
          + "VEERKRACHT_ADMIN_PASSWORD to create the first one at start.");
      return;
    }
    users.create("configuration", adminUsername, adminPassword, EnumSet.of(Role.ADMIN));
    log.info("created the first administrator '{}' from configuration", adminUsername);
  }
}
