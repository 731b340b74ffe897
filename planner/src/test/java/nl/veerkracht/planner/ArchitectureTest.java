package nl.veerkracht.planner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the {@code planner} module (docs/architecture.md): the direct-mediation
 * planner and the simulation engine know no Spring, no database and no application; the planner
 * knows nothing of the simulation that drives it.
 */
class ArchitectureTest {

  /** Every main class of this module (planner and simulation), and nothing else. */
  static final JavaClasses PLANNER = classesBeside(Planner.class);

  @Test
  void knowsNoSpringNoDatabaseAndNoApplication() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
        "java.sql..", "javax.sql..", "org.flywaydb..", "nl.veerkracht.app..")
        .check(PLANNER);
  }

  @Test
  void thePlannerKnowsNothingOfTheSimulation() {
    noClasses().that().resideInAPackage("nl.veerkracht.planner..")
        .should().dependOnClassesThat().resideInAPackage("nl.veerkracht.simulation..")
        .check(PLANNER);
  }

  @Test
  void theModuleHoldsThePlannerAndTheSimulation() {
    assertThat(PLANNER.containPackage("nl.veerkracht.planner")).isTrue();
    assertThat(PLANNER.containPackage("nl.veerkracht.simulation")).isTrue();
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
