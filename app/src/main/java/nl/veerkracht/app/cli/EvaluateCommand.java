package nl.veerkracht.app.cli;

import java.util.concurrent.Callable;
import nl.veerkracht.rules.letting.Evaluation;
import nl.veerkracht.rules.letting.Language;
import nl.veerkracht.rules.letting.LettingRun;
import nl.veerkracht.rules.letting.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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
    Evaluation evaluation = LettingRun.evaluate(scenario.read(), RuleBase.current());
    output.write(evaluation.rendered(words));
    long let = evaluation.vacancies().stream().filter(v -> v.winner() != null).count();
    CliTexts texts = new CliTexts(language.locale());
    spec.commandLine().getErr().println(texts.text("cli.evaluate.summary",
        texts.formats().integer(evaluation.vacancies().size()), texts.formats().integer(let),
        evaluation.rules().version(), evaluation.policy().name()));
    return 0;
  }

}
