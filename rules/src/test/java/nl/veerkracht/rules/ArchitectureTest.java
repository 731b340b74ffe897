package nl.veerkracht.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import nl.veerkracht.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the {@code rules} module (docs/architecture.md): the domain model, the rule
 * base and the indicator model know no Spring, no database and no application, and nothing of
 * the modules built on them (the planner and the simulation).
 */
class ArchitectureTest {

  /** Every main class of this module, and nothing else (not the tests, not the libraries). */
  static final JavaClasses RULES = classesBeside(Scenario.class);

  @Test
  void knowsNoSpringNoDatabaseAndNoApplication() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
        "java.sql..", "javax.sql..", "org.flywaydb..", "nl.veerkracht.app..")
        .check(RULES);
  }

  @Test
  void knowsNothingOfThePlannerOrTheSimulation() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("nl.veerkracht.planner..",
        "nl.veerkracht.simulation..")
        .check(RULES);
  }

  @Test
  void theModuleHoldsTheDomainTheRulesAndTheDemoCity() {
    assertThat(RULES.containPackage("nl.veerkracht.scenario")).isTrue();
    assertThat(RULES.containPackage("nl.veerkracht.rules.letting")).isTrue();
    assertThat(RULES.containPackage("nl.veerkracht.democity")).isTrue();
  }

  /** The classes of the directory or jar the given class was loaded from. */
  static JavaClasses classesBeside(Class<?> anchor) {
    try {
      return new ClassFileImporter().importPath(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation()
          .toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
