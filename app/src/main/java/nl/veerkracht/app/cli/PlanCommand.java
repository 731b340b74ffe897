package nl.veerkracht.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "plan", description = "Matches the scenario's clients to its direct offers (veerkracht-plan/1).")
class PlanCommand implements Callable<Integer> {

  @Mixin
  ScenarioInput scenario = new ScenarioInput();

  @Option(names = "--seconds", defaultValue = "30", description = "wall-clock limit of the solve (default 30)")
  int seconds;

  @Option(names = "--steps", description = "end the search after this many steps, for a reproducible result")
  Long steps;

  @Mixin
  ResultOutput output = new ResultOutput();

  @Override
  public Integer call() {
    scenario.read();
    throw new NotYetAvailable("plan");
  }
}
