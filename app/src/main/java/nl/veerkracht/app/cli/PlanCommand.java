package nl.veerkracht.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.veerkracht.app.plan.PlanTexts;
import nl.veerkracht.planner.PlanOptions;
import nl.veerkracht.planner.PlanResult;
import nl.veerkracht.planner.Planner;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "plan", description = "Matches the scenario's clients to its direct offers (veerkracht-plan/1).")
class PlanCommand implements Callable<Integer> {

  @Mixin
  ScenarioInput scenario = new ScenarioInput();

  @Option(names = "--seconds", defaultValue = "30", description = "wall-clock limit of the solve (default 30)")
  int seconds;

  @Option(names = "--steps", description = "end the search after this many steps, for a reproducible result")
  Long steps;

  @Mixin
  LanguageOption language = new LanguageOption();

  @Mixin
  ResultOutput output = new ResultOutput();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Locale locale = language.locale();
    checkLimits();
    PlanResult plan = Planner.plan(scenario.read(), PlanOptions.defaults().withSeconds(seconds).withSteps(steps));
    output.write(PlanTexts.standalone().render(plan, locale));
    CliTexts texts = new CliTexts(locale);
    spec.commandLine().getErr().println(texts.text("cli.plan.summary", texts.formats().integer(plan.placed()),
        texts.formats().integer(plan.placed() + plan.unassigned().size()), plan.score(),
        plan.score().startsWith("0hard") ? "" : texts.text("cli.plan.infeasible"), plan.policy().name()));
    return 0;
  }

  private void checkLimits() {
    if (seconds <= 0) {
      throw new InvalidInputException(List.of(Problem.coded("--seconds", "mustBe.integer", " > 0")));
    }
    if (steps != null && (steps < 0 || steps > Integer.MAX_VALUE)) {
      throw new InvalidInputException(List.of(Problem.coded("--steps", "integerFromTo", 0, Integer.MAX_VALUE)));
    }
  }
}
