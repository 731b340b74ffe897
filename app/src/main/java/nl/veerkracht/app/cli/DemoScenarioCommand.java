package nl.veerkracht.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo-scenario", description = "Writes the demo city of Rotterdam as a veerkracht-scenario/1 file.")
class DemoScenarioCommand implements Callable<Integer> {

  @Option(names = "--seed", defaultValue = "7", description = "random seed of the generated parts (default 7)")
  long seed;

  @Option(names = "--out", paramLabel = "FILE", description = "where to write the scenario (default: standard output)")
  Path out;

  @Override
  public Integer call() {
    throw new NotYetAvailable("demo-scenario");
  }
}
