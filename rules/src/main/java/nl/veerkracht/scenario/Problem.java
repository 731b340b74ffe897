package nl.veerkracht.scenario;

/** One thing wrong with an input, at a path such as {@code units[3].rent}. */
public record Problem(String path, String message) {

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
