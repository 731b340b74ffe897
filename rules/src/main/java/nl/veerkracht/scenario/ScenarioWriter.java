package nl.veerkracht.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a scenario in the {@code veerkracht-scenario/1} format: two-space indentation, fields
 * in the spec's order, empty sections left out, shares as written, a final newline. The same
 * scenario always gives the same bytes, and reading them back gives an equal scenario.
 */
public final class ScenarioWriter {

  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  private static final ObjectWriter WRITER = ScenarioJson.mapper()
      .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
          .withObjectIndenter(INDENTER)
          .withArrayIndenter(INDENTER))
      .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private ScenarioWriter() {
  }

  /** Writes the scenario as UTF-8 JSON; leaves the stream open. */
  public static void write(Scenario scenario, OutputStream out) {
    try {
      WRITER.writeValue(out, scenario);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String toJson(Scenario scenario) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(scenario, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
