package nl.veerkracht.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DefaultDatabaseTest {

  @Test
  void withoutADatasourceTheEmbeddedDatabaseAndTheDemoProfileAreUsed() {
    MockEnvironment environment = new MockEnvironment();

    new DefaultDatabase().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:").contains("MODE=PostgreSQL");
    assertThat(environment.getActiveProfiles()).containsExactly("demo");
  }

  @Test
  void aConfiguredDatasourceIsLeftAloneAndNoProfileIsAdded() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:postgresql://db/veerkracht");

    new DefaultDatabase().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/veerkracht");
    assertThat(environment.getActiveProfiles()).isEmpty();
  }
}
