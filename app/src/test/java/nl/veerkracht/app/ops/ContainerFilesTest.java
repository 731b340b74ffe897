package nl.veerkracht.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Dockerfile and compose.yaml, checked as far as a machine without a Docker engine can:
 * the compose file parses and wires PostgreSQL, the service and the secrets as
 * docs/operations.md says; the image runs as a non-root user with a health check. Building and
 * running them in containers is not tested here.
 */
class ContainerFilesTest {

  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  @SuppressWarnings("unchecked")
  void theComposeFileRunsTheServiceOnPostgresWithItsSecretsAsFiles() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("compose.yaml")));
    Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
    Map<String, Object> secrets = (Map<String, Object>) compose.get("secrets");
    assertThat(services).containsOnlyKeys("db", "app");

    Map<String, Object> db = services.get("db");
    assertThat(db.get("healthcheck")).asString().contains("pg_isready");
    assertThat((List<String>) db.get("volumes")).anyMatch(volume -> volume.startsWith("./docker/init-db.sh:"));
    assertThat(ROOT.resolve("docker/init-db.sh")).isExecutable();

    Map<String, Object> app = services.get("app");
    assertThat(app.get("depends_on")).asString().contains("service_healthy");
    Map<String, String> environment = (Map<String, String>) app.get("environment");
    assertThat(environment).containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/veerkracht")
        .containsKey("VEERKRACHT_AUDIT_CHECKPOINT");
    assertThat(environment.keySet()).as("no secret in the environment").noneMatch(name -> name.contains("PASSWORD")
        || name.contains("KEY"));
    List<Map<String, String>> appSecrets = (List<Map<String, String>>) app.get("secrets");
    assertThat(appSecrets).extracting(secret -> secret.get("target")).containsExactlyInAnyOrder(
        "veerkracht.audit.key", "spring.datasource.password", "spring.flyway.password", "veerkracht.admin.password");
    appSecrets.forEach(secret -> assertThat(secrets).containsKey(secret.get("source")));
    ((List<Object>) db.get("secrets")).forEach(secret -> assertThat(secrets).containsKey((String) secret));
  }

  @Test
  void theImageRunsAsANonRootUserWithAHealthCheckAndReadsSecretFiles() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
    String runStage = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));

    assertThat(runStage).contains("\nUSER veerkracht\n").contains("\nHEALTHCHECK ")
        .contains("/actuator/health/readiness").contains("SPRING_CONFIG_IMPORT=optional:configtree:/run/secrets/");
    assertThat(runStage.indexOf("\nUSER veerkracht")).isLessThan(runStage.indexOf("\nENTRYPOINT"));
    assertThat(Files.readString(ROOT.resolve(".dockerignore"))).contains("secrets/").contains("data/");
  }
}
