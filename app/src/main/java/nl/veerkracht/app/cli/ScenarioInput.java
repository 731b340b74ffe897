package nl.veerkracht.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import nl.veerkracht.app.dataset.ScenarioSizeLimit;
import java.nio.file.Path;
import java.util.List;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioReader;
import picocli.CommandLine.Option;

/** The {@code --scenario FILE} option, read and validated completely before anything runs. */
class ScenarioInput {

  @Option(names = "--scenario", paramLabel = "FILE", required = true, description = "a veerkracht-scenario/1 file")
  Path file;

  Scenario read() {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(List.of(Problem.coded("--scenario", "noSuchFile", file)));
    }
    try {
      ScenarioSizeLimit.fromEnvironment().check(Files.size(file));
    } catch (InvalidInputException tooLarge) {
      Problem problem = tooLarge.problems().get(0);
      throw new InvalidInputException(List.of(new Problem("--scenario", problem.message(), problem.code(),
          problem.args())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ScenarioReader.read(file);
  }
}
