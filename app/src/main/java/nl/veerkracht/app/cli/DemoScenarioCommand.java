package nl.veerkracht.app.cli;

import java.util.concurrent.Callable;
import nl.veerkracht.app.i18n.Formats;
import nl.veerkracht.democity.DemoCity;
import java.util.List;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo-scenario", description = "Writes the demo city of Rotterdam as a veerkracht-scenario/1 file.")
class DemoScenarioCommand implements Callable<Integer> {

  @Option(names = "--seed", defaultValue = "7", description = "random seed of the generated parts (default 7)")
  long seed;

  @Option(names = "--scale", defaultValue = "1",
      description = "size of the generated parts against the whole city, in (0, 1] (default 1; 0.01 for a small city)")
  double scale;

  @Mixin
  ResultOutput output = new ResultOutput();

  @Mixin
  LanguageOption language = new LanguageOption();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (!(scale > 0 && scale <= 1)) {
      throw new InvalidInputException(List.of(Problem.coded("--scale", "mustBe.number", " in (0, 1]")));
    }
    Scenario city = DemoCity.generate(seed, scale);
    // ResultOutput writes as ScenarioWriter does (ScenarioJson.writePretty), atomically into --out.
    output.write(city);
    spec.commandLine().getErr().println(summary(city));
    return 0;
  }

  private String summary(Scenario city) {
    long buurten = city.areas().stream().map(area -> area.buurt()).distinct().count();
    int responses = city.vacancies().stream().mapToInt(vacancy -> vacancy.respondents().size()).sum();
    CliTexts texts = new CliTexts(language.locale());
    Formats number = texts.formats();
    return texts.text("cli.demoScenario.summary", Long.toString(seed),
        scale == 1 ? "" : texts.text("cli.demoScenario.scale", number.decimal(scale)), number.integer(buurten),
        number.integer(city.areas().size()), number.integer(city.units().size()), number.integer(city.seekers().size()),
        number.integer(city.vacancies().size()), number.integer(responses), number.integer(city.clients().size()),
        number.integer(city.directOffers().size()))
        + (output.file == null ? "" : texts.text("cli.demoScenario.written", output.file));
  }
}
