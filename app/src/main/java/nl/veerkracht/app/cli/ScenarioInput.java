package nl.veerkracht.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import nl.veerkracht.app.dataset.ScenarioSizeLimit;
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
    try {
      ScenarioSizeLimit.fromEnvironment().check(Files.size(file));
    } catch (InvalidInputException tooLarge) {
      throw new InvalidInputException("--scenario", tooLarge.problems().get(0).message());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ScenarioReader.read(file);
  }
}
