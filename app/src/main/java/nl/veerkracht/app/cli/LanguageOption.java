package nl.veerkracht.app.cli;

import java.util.List;
import java.util.Locale;
import nl.veerkracht.app.i18n.Formats;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import picocli.CommandLine.Option;

/**
 * {@code --lang}: the language a command speaks in, Dutch ({@code nl}, the default) or English
 * ({@code en}): its problems, its summary on standard error, and the words of its result where
 * it has any (a trace, a plan's explanations). The texts are the service's own bundles
 * ({@link CliTexts}).
 */
class LanguageOption {

  static final String NAME = "--lang";

  @Option(names = NAME, paramLabel = "nl|en", defaultValue = "nl",
      description = "the language of the messages and of the result's words: nl (default) or en")
  String lang = "nl";

  /** The language asked for; any other value than nl or en is invalid input. */
  Locale locale() {
    if (!List.of("nl", "en").contains(lang)) {
      throw new InvalidInputException(List.of(Problem.coded(NAME, "mustBeOneOf", "nl, en")));
    }
    return of(lang);
  }

  /** English for {@code en}, Dutch for anything else. */
  static Locale of(String lang) {
    return "en".equals(lang) ? Locale.ENGLISH : Formats.DUTCH;
  }
}
