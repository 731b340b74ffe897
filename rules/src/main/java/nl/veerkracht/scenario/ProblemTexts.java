package nl.veerkracht.scenario;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The English texts of the problems' message codes (the bundle {@code nl/veerkracht/scenario/problems_en}). */
final class ProblemTexts {

  static final String BUNDLE = "nl.veerkracht.scenario.problems";
  private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH,
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private ProblemTexts() {
  }

  static boolean has(String code) {
    return ENGLISH.containsKey(key(code));
  }

  static String english(String code, List<String> args) {
    try {
      return new MessageFormat(ENGLISH.getString(key(code)), Locale.ENGLISH).format(args.toArray());
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no text for problem code " + code + " in " + BUNDLE + "_en", e);
    }
  }

  private static String key(String code) {
    return "problem." + code;
  }
}
