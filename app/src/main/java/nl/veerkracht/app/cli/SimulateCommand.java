package nl.veerkracht.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.veerkracht.app.dataset.ScenarioSizeLimit;
import nl.veerkracht.app.i18n.Formats;
import nl.veerkracht.simulation.SimulationResult;
import nl.veerkracht.simulation.SimulationSettings;
import nl.veerkracht.simulation.Simulator;
import nl.veerkracht.simulation.Variant;
import nl.veerkracht.simulation.VariantPolicies;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.Scenario;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "simulate", description = "Runs policy variants side by side on one city (veerkracht-simulation/1).")
class SimulateCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  SourceInput source;

  @Option(names = "--variant", paramLabel = "FILE", required = true, description = "a policy variant (JSON policy object); the first is the baseline")
  List<Path> variants;

  @Option(names = "--months", defaultValue = "12", description = "months to simulate (default 12)")
  int months;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default 1)")
  long seed;

  @Option(names = "--vacancies-per-year", paramLabel = "N",
      description = "vacancies a year (default: 7.2% of the scenario's units, about 10,000 in the demo city)")
  Integer vacanciesPerYear;

  @Option(names = "--direct-offers-per-year", paramLabel = "N",
      description = "of those, dwellings offered for direct mediation (default: 1.1 per client)")
  Integer directOffersPerYear;

  @Option(names = "--planner-steps", paramLabel = "N",
      description = "local search steps of each monthly plan (default " + SimulationSettings.DEFAULT_PLANNER_STEPS + ")")
  Long plannerSteps;

  @Option(names = "--replications", paramLabel = "N",
      description = "seeds each variant runs on, in parallel (default 1); from 2 on, each buurt's difference against the first variant comes with its 95% interval")
  Integer replications;

  @Option(names = "--threads", paramLabel = "N",
      description = "threads the variants (or, with replications, the replications) run on at once (default: the machine's cores); the result does not depend on it")
  Integer threads;

  @Mixin
  ResultOutput output = new ResultOutput();

  @Mixin
  LanguageOption language = new LanguageOption();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    language.locale();
    if (threads != null && threads < 1) {
      throw new InvalidInputException(List.of(Problem.coded("--threads", "mustBe.integer", " >= 1")));
    }
    Scenario scenario = source.readScenario();
    List<Variant> policies = checkedVariants(scenario);
    SimulationSettings settings = new SimulationSettings(months, seed, vacanciesPerYear, directOffersPerYear,
        plannerSteps, replications);
    int parallel = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    SimulationResult result = Simulator.run(scenario, policies, settings, Simulator.Progress.NONE, parallel);
    output.write(result);
    CliTexts texts = new CliTexts(language.locale());
    spec.commandLine().getErr().println(summary(result, (System.nanoTime() - start) / 1e9, parallel, texts));
    return 0;
  }

  /** Every variant file read and checked, or every problem with them: the unreadable ones and the invalid ones. */
  private List<Variant> checkedVariants(Scenario scenario) {
    List<JsonNode> read = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      try {
        read.add(VariantPolicies.parse(bytes(variants.get(i), i), i));
      } catch (InvalidInputException invalid) {
        read.add(null);
        problems.addAll(invalid.problems());
      }
    }
    List<Variant> checked = List.of();
    try {
      checked = VariantPolicies.check(read, scenario);
    } catch (InvalidInputException invalid) {
      problems.addAll(0, invalid.problems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return checked;
  }

  private static byte[] bytes(Path file, int index) {
    String path = "variants[" + index + "]";
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(List.of(Problem.coded(path, "noSuchFile", file)));
    }
    try {
      ScenarioSizeLimit.fromEnvironment().check(Files.size(file));
      return Files.readAllBytes(file);
    } catch (InvalidInputException tooLarge) {
      Problem problem = tooLarge.problems().get(0);
      throw new InvalidInputException(List.of(new Problem(path, problem.message(), problem.code(), problem.args())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String summary(SimulationResult result, double seconds, int threads, CliTexts texts) {
    Formats number = texts.formats();
    StringBuilder text = new StringBuilder(texts.text("cli.simulate.summary", number.integer(result.variants().size()),
        number.integer(result.months()), number.date(result.startDate()),
        number.integer(result.commonDraws().vacancies()), number.integer(result.commonDraws().directOffers()),
        number.decimal(seconds, 1), number.integer(threads), threads));
    for (SimulationResult.VariantOutcome variant : result.variants()) {
      SimulationResult.Totals totals = variant.totals();
      text.append(System.lineSeparator()).append(texts.text("cli.simulate.variant", variant.policy().name(),
          number.integer(totals.lettings()), number.integer(totals.vulnerableLettings()),
          number.integer(totals.clientsPlaced()), number.integer(totals.clientsUnplaced())));
      variant.carriedForwardYears().forEach(year -> text.append(texts.text("cli.simulate.carried",
          Integer.toString(year.year()), Integer.toString(year.from()))));
    }
    return text.toString();
  }
}
