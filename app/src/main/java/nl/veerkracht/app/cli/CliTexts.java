package nl.veerkracht.app.cli;

import java.util.Locale;
import nl.veerkracht.app.i18n.Formats;
import nl.veerkracht.app.i18n.ProblemTexts;
import nl.veerkracht.scenario.Problem;
import org.springframework.context.support.ResourceBundleMessageSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What the command line says, in the user's language ({@code --lang}): the service's own message
 * bundles (the application's messages and the problems' texts, as {@code spring.messages} names
 * them), read without Spring's context, and the same rendering of problems as the API's.
 */
final class CliTexts {

  private static final ResourceBundleMessageSource MESSAGES = messages();
  private static final ProblemTexts PROBLEMS = new ProblemTexts(MESSAGES);

  private final Locale locale;

  CliTexts(Locale locale) {
    this.locale = locale;
  }

  /** The texts of a command in the language of its {@code --lang} (Dutch without the option). */
  static CliTexts of(CommandLine command) {
    OptionSpec lang = command.getCommandSpec().findOption(LanguageOption.NAME);
    return new CliTexts(LanguageOption.of(lang == null ? null : lang.getValue()));
  }

  String text(String code, Object... args) {
    return MESSAGES.getMessage(code, args, locale);
  }

  /** A problem as one line: its path as it is, its message in the language. */
  String problem(Problem problem) {
    return problem.path() + ": " + PROBLEMS.message(problem, locale);
  }

  Formats formats() {
    return Formats.of(locale);
  }

  Locale locale() {
    return locale;
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("messages", "nl.veerkracht.scenario.problems");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
