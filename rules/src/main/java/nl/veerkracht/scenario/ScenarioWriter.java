package nl.veerkracht.scenario;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a scenario in the {@code veerkracht-scenario/1} format: two-space indentation, fields
 * in the spec's order, empty sections left out, shares as written, a final newline. The same
 * scenario always gives the same bytes, and reading them back gives an equal scenario.
 */
public final class ScenarioWriter {

  private ScenarioWriter() {
  }

  /** Writes the scenario as UTF-8 JSON; leaves the stream open. */
  public static void write(Scenario scenario, OutputStream out) {
    ScenarioJson.writePretty(scenario, out);
  }

  public static String toJson(Scenario scenario) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(scenario, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
