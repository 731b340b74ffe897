package nl.veerkracht.scenario;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with an input, at a path such as {@code units[3].rent}. A problem found by
 * the scenario's checks also carries its message {@code code} with its {@code args}, so that
 * it can be said in the reader's language: the texts are {@code problem.<code>} in the bundle
 * {@code nl/veerkracht/scenario/problems} (Dutch, {@code _en} English); {@code message} is the
 * English text. A problem without a code has only its English message.
 */
@JsonIgnoreProperties({"code", "args"})
public record Problem(String path, String message, String code, List<String> args) {

  public Problem {
    args = args == null ? List.of() : List.copyOf(args);
  }

  public Problem(String path, String message) {
    this(path, message, null, List.of());
  }

  /** A problem said by the message {@code problem.<code>}; the arguments are shown as they are. */
  public static Problem coded(String path, String code, Object... args) {
    List<String> texts = Arrays.stream(args).map(String::valueOf).toList();
    return new Problem(path, ProblemTexts.english(code, texts), code, texts);
  }

  /** Two problems are the same when they say the same (English) thing at the same path. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Problem problem && Objects.equals(path, problem.path)
        && Objects.equals(message, problem.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message);
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
