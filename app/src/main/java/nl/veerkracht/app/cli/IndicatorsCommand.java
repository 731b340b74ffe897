package nl.veerkracht.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "indicators", description = "Computes the indicator model per buurt and street (veerkracht-indicators/1).")
class IndicatorsCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  SourceInput source;

  @Option(names = "--out", paramLabel = "FILE", description = "where to write the JSON result (default: standard output)")
  Path out;

  @Override
  public Integer call() {
    source.readScenario();
    throw new NotYetAvailable("indicators");
  }
}
