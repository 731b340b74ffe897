package nl.veerkracht.app.cli;

import java.nio.file.Path;
import nl.veerkracht.democity.DemoCity;
import nl.veerkracht.scenario.Scenario;
import picocli.CommandLine.Option;

/** Either {@code --scenario FILE} or {@code --demo} (the bundled demo city). */
class SourceInput {

  @Option(names = "--scenario", paramLabel = "FILE", description = "a veerkracht-scenario/1 file")
  Path scenario;

  @Option(names = "--demo", description = "the bundled demo city of Rotterdam (demo-scenario --seed 7)")
  boolean demo;

  /** The validated scenario file, or the demo city of the default seed for {@code --demo}. */
  Scenario readScenario() {
    if (scenario == null) {
      return DemoCity.generate(DemoCity.DEFAULT_SEED);
    }
    ScenarioInput input = new ScenarioInput();
    input.file = scenario;
    return input.read();
  }
}
