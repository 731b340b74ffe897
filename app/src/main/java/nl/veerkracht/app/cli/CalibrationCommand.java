package nl.veerkracht.app.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import nl.veerkracht.app.i18n.Formats;
import nl.veerkracht.simulation.SimulationResult;
import nl.veerkracht.simulation.SimulationSettings;
import nl.veerkracht.simulation.Simulator;
import nl.veerkracht.simulation.Variant;
import nl.veerkracht.democity.AllocationCalibration;
import nl.veerkracht.democity.AllocationCalibration.Comparison;
import nl.veerkracht.democity.AllocationCalibration.Target;
import nl.veerkracht.democity.DemoCity;
import nl.veerkracht.rules.letting.LettingRun;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The demo city against the region's figures (docs/data.md, "Calibration"): each target with its
 * band and source, the model's value in the demo month as the rule base lets it, and in a
 * baseline simulation year. Exit 0 whether or not a value lands in its band: it is a report.
 */
@Command(name = "calibration",
    description = "Compares the demo city's allocation with the region's figures (veerkracht-calibration/1).")
class CalibrationCommand implements Callable<Integer> {

  static final String FORMAT = "veerkracht-calibration/1";

  @Option(names = "--seed", defaultValue = "7", description = "the demo city's seed (default 7)")
  long seed;

  @Option(names = "--scale", defaultValue = "1", description = "the demo city's scale, in (0, 1] (default 1)")
  double scale;

  @Option(names = "--months", defaultValue = "12", description = "months of the baseline simulation (default 12)")
  int months;

  @Option(names = "--simulation-seed", defaultValue = "1", description = "the simulation's seed (default 1)")
  long simulationSeed;

  @Option(names = "--no-simulation", description = "only the demo month, no baseline simulation")
  boolean noSimulation;

  @Mixin
  LanguageOption language = new LanguageOption();

  @Mixin
  ResultOutput output = new ResultOutput();

  @Spec
  CommandSpec spec;

  /** One target against the model in the demo month and in the simulated year. */
  @JsonPropertyOrder({"measure", "target", "low", "high", "evaluation", "evaluationInBand", "simulation",
      "simulationInBand", "source"})
  record Row(String measure, double target, double low, double high, Double evaluation, boolean evaluationInBand,
      Double simulation, Boolean simulationInBand, String source) {
  }

  @JsonPropertyOrder({"format", "seed", "scale", "months", "simulationSeed", "measures"})
  record Report(String format, long seed, double scale, Integer months, Long simulationSeed, List<Row> measures) {
  }

  @Override
  public Integer call() {
    Scenario city = DemoCity.generate(seed, scale);
    List<Comparison> evaluated = AllocationCalibration.compare(
        AllocationCalibration.ofEvaluation(city, LettingRun.evaluate(city, RuleBase.current())));
    List<Comparison> simulated = noSimulation ? null : AllocationCalibration.compare(simulatedYear(city));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < evaluated.size(); i++) {
      Target target = evaluated.get(i).target();
      Comparison year = simulated == null ? null : simulated.get(i);
      rows.add(new Row(target.measure(), target.target(), target.low(), target.high(), evaluated.get(i).model(),
          evaluated.get(i).inBand(), year == null ? null : year.model(), year == null ? null : year.inBand(),
          target.source()));
    }
    output.write(new Report(FORMAT, seed, scale, noSimulation ? null : months, noSimulation ? null : simulationSeed,
        rows));
    spec.commandLine().getErr().print(table(rows, language.locale()));
    spec.commandLine().getErr().flush();
    return 0;
  }

  private Map<String, Double> simulatedYear(Scenario city) {
    SimulationResult result = Simulator.run(city, List.of(Variant.baseline()),
        new SimulationSettings(months, simulationSeed, null, null, null), Simulator.Progress.NONE);
    return measures(result);
  }

  /** The calibration measures of a simulation's first variant. */
  static Map<String, Double> measures(SimulationResult result) {
    SimulationResult.Totals totals = result.variants().get(0).totals();
    int lettings = totals.lettings();
    int vacancies = result.commonDraws().vacancies();
    return AllocationCalibration.measures(
        lettings == 0 ? null : totals.lettingsByGroup().getOrDefault("URGENT", 0) / (double) lettings,
        vacancies == 0 ? null : result.commonDraws().responses() / (double) vacancies,
        totals.medianWaitMonthsByGroup().get("REGULAR"),
        lettings + totals.clientsPlaced() == 0 ? null
            : totals.clientsPlaced() / (double) (lettings + totals.clientsPlaced()));
  }

  /** The summary on standard error, in the user's language. */
  static String table(List<Row> rows, Locale locale) {
    ResourceBundle messages = ResourceBundle.getBundle("messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Formats number = Formats.of(locale);
    StringBuilder text = new StringBuilder(messages.getString("calibration.title")).append(System.lineSeparator());
    for (Row row : rows) {
      text.append(MessageFormat.format(messages.getString("calibration.row"),
          messages.getString("calibration.measure." + row.measure()), number.decimal(row.target()),
          number.decimal(row.low()), number.decimal(row.high()), value(row.evaluation(), row.evaluationInBand(),
              number, messages), value(row.simulation(), row.simulationInBand(), number, messages)))
          .append(System.lineSeparator());
    }
    return text.toString();
  }

  private static String value(Double value, Boolean inBand, Formats number, ResourceBundle messages) {
    if (value == null) {
      return messages.getString("calibration.none");
    }
    return number.decimal(value) + " (" + messages.getString(inBand ? "calibration.inBand" : "calibration.outOfBand")
        + ")";
  }
}
