package nl.veerkracht.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import nl.veerkracht.scenario.Scenario;
import picocli.CommandLine.Option;

/** Either {@code --scenario FILE} or {@code --demo} (the bundled demo city). */
class SourceInput {

  @Option(names = "--scenario", paramLabel = "FILE", description = "a veerkracht-scenario/1 file")
  Path scenario;

  @Option(names = "--demo", description = "the bundled demo city of Rotterdam")
  boolean demo;

  /** The validated scenario file, or empty for {@code --demo}. */
  Optional<Scenario> readScenario() {
    if (scenario == null) {
      return Optional.empty();
    }
    ScenarioInput input = new ScenarioInput();
    input.file = scenario;
    return Optional.of(input.read());
  }
}
