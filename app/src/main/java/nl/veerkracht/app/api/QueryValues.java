package nl.veerkracht.app.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;

/** Filter and paging values of a query string, read strictly: a bad value is a 400 naming its parameter. */
public final class QueryValues {

  private QueryValues() {
  }

  /** The value stripped, or null when blank. */
  public static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** An ISO date ({@code 2026-03-02}), or null when blank. */
  public static LocalDate date(String parameter, String value) {
    if (text(value) == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw problem(parameter, "must be a date written as yyyy-mm-dd, not '" + value + "'", "notADate", value);
    }
  }

  /** A period's end must not lie before its start. */
  public static void period(String toParameter, LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw problem(toParameter, "must not lie before from (" + from + ")", "beforeFrom", from);
    }
  }

  static int integer(String parameter, String value, int blank, int min, int max) {
    if (text(value) == null) {
      return blank;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    if (max == Integer.MAX_VALUE) {
      throw problem(parameter, "must be a whole number from " + min + ", not '" + value + "'", "wholeNumberFrom",
          min, value);
    }
    throw problem(parameter, "must be a whole number from " + min + " to " + max + ", not '" + value + "'",
        "wholeNumberBetween", min, max, value);
  }

  /** A bad value of a parameter: the English message, and the code and arguments that say it in the reader's language. */
  public static InvalidInputException problem(String parameter, String english, String code, Object... args) {
    return new InvalidInputException(List.of(new Problem(parameter, english, code,
        Arrays.stream(args).map(String::valueOf).toList())));
  }
}
