package nl.veerkracht.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate", description = "Lets the scenario's vacancies by the rule base (veerkracht-evaluation/1).")
class EvaluateCommand implements Callable<Integer> {

  @Mixin
  ScenarioInput scenario = new ScenarioInput();

  @Option(names = "--out", paramLabel = "FILE", description = "where to write the JSON result (default: standard output)")
  Path out;

  @Override
  public Integer call() {
    scenario.read();
    throw new NotYetAvailable("evaluate");
  }
}
