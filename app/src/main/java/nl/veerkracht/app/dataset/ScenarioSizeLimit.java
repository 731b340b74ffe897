package nl.veerkracht.app.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The largest scenario the service reads ({@code veerkracht.max-scenario-bytes}, env
 * {@code VEERKRACHT_MAX_SCENARIO_BYTES}); the default admits the demo city with room to spare.
 * A larger input is invalid input, refused before it is parsed or stored.
 */
@Component
public class ScenarioSizeLimit {

  public static final long DEFAULT_BYTES = 200L * 1024 * 1024;

  private final long maxBytes;

  public ScenarioSizeLimit(@Value("${veerkracht.max-scenario-bytes:" + DEFAULT_BYTES + "}") long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The limit the batch commands use: the environment's, else the default. */
  public static ScenarioSizeLimit fromEnvironment() {
    String configured = System.getenv("VEERKRACHT_MAX_SCENARIO_BYTES");
    return new ScenarioSizeLimit(configured == null || configured.isBlank() ? DEFAULT_BYTES : Long.parseLong(configured));
  }

  /** Reads and validates a scenario of at most the limit's size. */
  public Scenario read(InputStream in) {
    try {
      byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      check(content.length);
      return ScenarioReader.read(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses a size above the limit, naming it. */
  public void check(long bytes) {
    if (bytes > maxBytes) {
      throw new InvalidInputException(List.of(Problem.coded("$", "tooLarge", maxBytes)));
    }
  }
}
