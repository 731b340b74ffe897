package nl.veerkracht.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "indicators", description = "Computes the indicator model per buurt and street (veerkracht-indicators/1).")
class IndicatorsCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  SourceInput source;

  @Mixin
  ResultOutput output = new ResultOutput();

  @Override
  public Integer call() {
    source.readScenario();
    throw new NotYetAvailable("indicators");
  }
}
