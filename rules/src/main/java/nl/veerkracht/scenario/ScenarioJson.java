package nl.veerkracht.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one configured Jackson mapper for scenario files and everything read alongside them.
 *
 * <p>Numbers with a fraction are read as {@link java.math.BigDecimal} and kept as written
 * (no trailing zeros stripped) because shares and amounts are compared exactly and a policy's
 * hash is taken over its numbers as written. Duplicate keys and content after the document are
 * syntax errors, so that nothing in a file is silently ignored.
 */
public final class ScenarioJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  private static final ObjectWriter PRETTY = MAPPER
      .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
          .withObjectIndenter(INDENTER)
          .withArrayIndenter(INDENTER))
      .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private ScenarioJson() {
  }

  /**
   * Canonical JSON of a tree: object keys sorted, no insignificant white space, numbers as
   * written. Equal trees give equal text; hashes are taken over it.
   */
  public static String canonical(JsonNode node) {
    StringBuilder out = new StringBuilder();
    writeCanonical(node, out);
    return out.toString();
  }

  private static void writeCanonical(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.sort(names);
      out.append('{');
      for (int i = 0; i < names.size(); i++) {
        out.append(i > 0 ? "," : "").append(TextNode.valueOf(names.get(i))).append(':');
        writeCanonical(node.get(names.get(i)), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i > 0 ? "," : "");
        writeCanonical(node.get(i), out);
      }
      out.append(']');
    } else if (node.isBigDecimal()) {
      out.append(node.decimalValue().toPlainString());
    } else {
      out.append(node);
    }
  }

  /**
   * Writes a value as the project's batch outputs are written: UTF-8, two-space indentation, a
   * final newline, the same bytes for the same value. Leaves the stream open.
   */
  public static void writePretty(Object value, OutputStream out) {
    try {
      PRETTY.writeValue(out, value);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A generator that writes as {@link #writePretty} does, for a document written piece by piece
   * because it is too large to hold; end it with {@link #endPretty}. Leaves the stream open.
   */
  public static JsonGenerator prettyGenerator(OutputStream out) {
    try {
      return PRETTY.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends a document of {@link #prettyGenerator} as {@link #writePretty} ends one: a final newline, flushed. */
  public static void endPretty(JsonGenerator generator, OutputStream out) throws IOException {
    generator.close();
    out.write('\n');
    out.flush();
  }

  /** The shared, fully configured mapper. Do not reconfigure it; use {@code mapper().copy()} to vary it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
