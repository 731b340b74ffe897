package nl.veerkracht.planner;

import java.util.Arrays;
import java.util.List;

/**
 * One sentence of an explanation, as data: a message code ({@code planner.*} in the service's
 * message bundles) and its arguments, in order. Arguments are plain strings: dates in ISO
 * ({@code 2025-03-01}), counts as integers, names and codes as they are. The service and the
 * command line render it in the reader's language; what is stored never changes.
 */
public record Statement(String code, List<String> args) {

  public Statement {
    args = List.copyOf(args);
  }

  public static Statement of(String code, Object... args) {
    return new Statement(code, Arrays.stream(args).map(String::valueOf).toList());
  }
}
