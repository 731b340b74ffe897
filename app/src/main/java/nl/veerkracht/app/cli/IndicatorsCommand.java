package nl.veerkracht.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.indicators.IndicatorModel;
import nl.veerkracht.rules.indicators.IndicatorReport;
import nl.veerkracht.rules.indicators.ModelParameters;
import nl.veerkracht.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

@Command(name = "indicators", description = "Computes the indicator model per buurt and street (veerkracht-indicators/1).")
class IndicatorsCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  SourceInput source;

  @Mixin
  ResultOutput output = new ResultOutput();

  @Mixin
  LanguageOption language = new LanguageOption();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Scenario scenario = source.readScenario();
    ModelParameters parameters = ModelParameters.of(Policy.of(scenario.policy()).model().get("indicators"));
    IndicatorReport report = IndicatorModel.report(scenario.areas(), parameters);
    output.write(report);
    CliTexts texts = new CliTexts(language.locale());
    spec.commandLine().getErr().println(texts.text("cli.indicators.summary", texts.formats().integer(report.areas().size()),
        Integer.toString(report.fromYear()), Integer.toString(report.toYear())));
    return 0;
  }
}
