package nl.veerkracht.scenario;

import java.util.List;

/** Input that breaks the format or its rules; carries every problem found. */
public class InvalidInputException extends RuntimeException {

  private final transient List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(problems.size() + " problem(s), first: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String path, String message) {
    this(List.of(new Problem(path, message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
