package nl.veerkracht.app.config;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Without a configured datasource the service runs on an embedded H2 file database with the
 * {@code demo} profile, so that the README's one run command shows a working city. With
 * {@code spring.datasource.url} set (PostgreSQL, the system of record) nothing changes here.
 */
public class DefaultDatabase implements EnvironmentPostProcessor {

  /**
   * PostgreSQL's dialect, and a lock wait of up to two minutes as PostgreSQL would wait: the
   * demo month's decisions are one transaction holding the audit chain's head, and a plan or
   * review action written meanwhile waits for it rather than failing after H2's default second.
   */
  static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=120000";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.containsProperty("spring.datasource.url")) {
      return;
    }
    environment.getPropertySources().addLast(new MapPropertySource("veerkracht-embedded-default", Map.of(
        "spring.datasource.url", "jdbc:h2:file:" + databaseFile(environment) + H2_OPTIONS,
        "spring.datasource.username", "sa",
        "spring.datasource.password", "")));
    environment.addActiveProfile("demo");
  }

  private static Path databaseFile(ConfigurableEnvironment environment) {
    return Path.of(environment.getProperty("veerkracht.data-dir", "./data")).toAbsolutePath().normalize()
        .resolve("veerkracht");
  }
}
