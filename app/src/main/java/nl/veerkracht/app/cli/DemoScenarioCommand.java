package nl.veerkracht.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo-scenario", description = "Writes the demo city of Rotterdam as a veerkracht-scenario/1 file.")
class DemoScenarioCommand implements Callable<Integer> {

  @Option(names = "--seed", defaultValue = "7", description = "random seed of the generated parts (default 7)")
  long seed;

  @Mixin
  ResultOutput output = new ResultOutput();

  @Override
  public Integer call() {
    throw new NotYetAvailable("demo-scenario");
  }
}
