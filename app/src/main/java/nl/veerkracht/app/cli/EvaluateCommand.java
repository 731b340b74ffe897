package nl.veerkracht.app.cli;

import java.util.concurrent.Callable;
import nl.veerkracht.rules.letting.EvaluationWriter;
import nl.veerkracht.rules.letting.Language;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lets a scenario and writes each decision as it is made: a national year's result is far larger than memory. */
@Command(name = "evaluate", description = "Lets the scenario's vacancies by the rule base (veerkracht-evaluation/1).")
class EvaluateCommand implements Callable<Integer> {

  @Mixin
  ScenarioInput scenario = new ScenarioInput();

  @Mixin
  ResultOutput output = new ResultOutput();

  @Mixin
  LanguageOption language = new LanguageOption();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Language words = Language.of(language.locale());
    Scenario input = scenario.read();
    EvaluationWriter result = output.write(out -> EvaluationWriter.write(input, RuleBase.current(), words, out));
    CliTexts texts = new CliTexts(language.locale());
    spec.commandLine().getErr().println(texts.text("cli.evaluate.summary",
        texts.formats().integer(result.vacancies()), texts.formats().integer(result.lettings()),
        result.rules().version(), result.policy().name()));
    return 0;
  }

}
