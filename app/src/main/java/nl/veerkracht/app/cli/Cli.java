package nl.veerkracht.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.io.PrintWriter;
import org.slf4j.LoggerFactory;
import java.util.Set;
import nl.veerkracht.scenario.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The batch commands of the interface specification. They run before (and, but for
 * {@code import}, without) the Spring application: exit 0 on success, 2 on invalid input
 * (one {@code PATH: message} line per problem on standard error), 1 on any other failure. What
 * they say is Dutch, or English with {@code --lang en} ({@link LanguageOption}).
 */
@Command(name = "veerkracht", mixinStandardHelpOptions = true, version = "veerkracht 0.1.0",
    description = "Housing-allocation decision support for Rotterdam. Without a command the web service starts.",
    subcommands = {EvaluateCommand.class, PlanCommand.class, IndicatorsCommand.class, SimulateCommand.class,
        DemoScenarioCommand.class, ImportCommand.class, VerifyAuditCommand.class, CalibrationCommand.class,
        CommandLine.HelpCommand.class})
public class Cli {

  public static final int INVALID_INPUT = 2;
  private static final Set<String> FIRST_WORDS = Set.of("evaluate", "plan", "indicators", "simulate",
      "demo-scenario", "import", "verify-audit", "calibration", "help", "--help", "-h", "--version", "-V");

  public static boolean isCommand(String[] args) {
    return args.length > 0 && FIRST_WORDS.contains(args[0]);
  }

  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    quietLibraryLogging();
    CommandLine commandLine = new CommandLine(new Cli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      CliTexts texts = CliTexts.of(cmd);
      if (exception instanceof InvalidInputException invalid) {
        invalid.problems().stream().map(texts::problem).forEach(cmd.getErr()::println);
        cmd.getErr().println(texts.text("cli.invalidInput", cmd.getCommandName(),
            texts.formats().integer(invalid.problems().size()), invalid.problems().size()));
        return INVALID_INPUT;
      }
      cmd.getErr().println(texts.text("cli.failed", cmd.getCommandName(), exception.getMessage()));
      return CommandLine.ExitCode.SOFTWARE;
    });
    return commandLine.execute(args);
  }

  /** Batch output is the result and the summary; libraries speak only of errors. */
  private static void quietLibraryLogging() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
      context.getLogger("org.drools").setLevel(Level.ERROR);
      context.getLogger("org.kie").setLevel(Level.ERROR);
      // solvers running at once (a simulation's variants) register the same gauges; that is not an error
      context.getLogger("io.micrometer").setLevel(Level.ERROR);
    }
  }
}
