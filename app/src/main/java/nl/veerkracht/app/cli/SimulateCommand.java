package nl.veerkracht.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "simulate", description = "Runs policy variants side by side on one city (veerkracht-simulation/1).")
class SimulateCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  SourceInput source;

  @Option(names = "--variant", paramLabel = "FILE", required = true, description = "a policy variant (JSON policy object); the first is the baseline")
  List<Path> variants;

  @Option(names = "--months", defaultValue = "12", description = "months to simulate (default 12)")
  int months;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default 1)")
  long seed;

  @Mixin
  ResultOutput output = new ResultOutput();

  @Override
  public Integer call() {
    source.readScenario();
    throw new NotYetAvailable("simulate");
  }
}
