package nl.veerkracht.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioReader;
import picocli.CommandLine.Option;

/** The {@code --scenario FILE} option, read and validated completely before anything runs. */
class ScenarioInput {

  @Option(names = "--scenario", paramLabel = "FILE", required = true, description = "a veerkracht-scenario/1 file")
  Path file;

  Scenario read() {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("--scenario", "no such file: " + file);
    }
    return ScenarioReader.read(file);
  }
}
