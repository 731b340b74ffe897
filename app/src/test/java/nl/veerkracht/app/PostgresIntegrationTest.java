package nl.veerkracht.app;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole application against PostgreSQL, connected as the
 * application's own role, in the demo profile but without the demo city. All share one
 * application context.
 */
// The suite tries wrong passwords for the demo users many times (ApiAccessTest): the lock after
// repeated failures is SignInProtectionTest's, which sets the default back (a dynamic property wins).
@SpringBootTest(properties = "veerkracht.sign-in.max-failures=1000000")
@AutoConfigureMockMvc
public abstract class PostgresIntegrationTest {

  public static final String AUDIT_KEY = "test-audit-key-of-at-least-32-characters";
  /** Fresh per test run, like the database. */
  public static final Path CHECKPOINT = Path.of("target", "audit-" + System.nanoTime(), "audit-head").toAbsolutePath();

  @BeforeAll
  static void requirePostgres() {
    PostgresTestDatabase.ensure();
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresTestDatabase.ensure();
    registry.add("spring.datasource.url", PostgresTestDatabase::url);
    registry.add("spring.datasource.username", () -> "veerkracht_app");
    registry.add("spring.datasource.password", PostgresTestDatabase::rolePassword);
    registry.add("spring.flyway.user", () -> "veerkracht_owner");
    registry.add("spring.flyway.password", PostgresTestDatabase::rolePassword);
    registry.add("veerkracht.admin.username", () -> "root-admin");
    registry.add("veerkracht.admin.password", () -> "first-admin-secret");
    registry.add("spring.profiles.active", () -> "demo");
    registry.add("veerkracht.audit.key", () -> AUDIT_KEY);
    registry.add("veerkracht.audit.checkpoint", () -> CHECKPOINT.toString());
    // Storing the whole demo city takes seconds; EmbeddedDefaultTest checks it on a small one.
    registry.add("veerkracht.demo.city.enabled", () -> "false");
  }
}
