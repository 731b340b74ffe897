package nl.veerkracht.app.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.veerkracht.scenario.InvalidInputException;

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
      throw new InvalidInputException(parameter, "must be a date written as yyyy-mm-dd, not '" + value + "'");
    }
  }

  /** A period's end must not lie before its start. */
  public static void period(String toParameter, LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidInputException(toParameter, "must not lie before from (" + from + ")");
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
    throw new InvalidInputException(parameter, "must be a whole number from " + min
        + (max == Integer.MAX_VALUE ? "" : " to " + max) + ", not '" + value + "'");
  }
}
