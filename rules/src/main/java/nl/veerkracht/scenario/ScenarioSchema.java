package nl.veerkracht.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of {@code veerkracht-scenario/1} and the translation of its findings into
 * {@link Problem}s with the spec's paths and short messages.
 */
final class ScenarioSchema {

  static final String RESOURCE = "/nl/veerkracht/scenario/scenario-v1.schema.json";

  /** Named definitions whose every failure gets one message code, whichever keyword failed. */
  private static final Map<String, String> DEFINITION_CODES = Map.of(
      "date", "date",
      "year", "yearKey",
      "shareAboveZero", "shareAboveZero",
      "shareAboveZeroOrNull", "shareAboveZero",
      "shareAboveZeroBounds", "shareAboveZero",
      "share", "share",
      "shareOrNull", "share",
      "shareBounds", "share");

  private static final ScenarioSchema INSTANCE = new ScenarioSchema();

  private final JsonNode schemaNode;
  private final JsonSchema schema;

  private ScenarioSchema() {
    schemaNode = readSchemaNode();
    JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
        .format(new DateFormat())
        .format(new ShareFormat("share-above-zero", false))
        .format(new ShareFormat("share", true))
        .build();
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder.metaSchema(metaSchema));
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    schema = factory.getSchema(schemaNode, config);
  }

  static ScenarioSchema get() {
    return INSTANCE;
  }

  /** The problems the schema finds, at most one per path, in no particular order. */
  List<Problem> problems(JsonNode document) {
    Map<String, Problem> byPath = new LinkedHashMap<>();
    for (ValidationMessage message : schema.validate(document)) {
      Problem problem = toProblem(message);
      byPath.putIfAbsent(problem.path(), problem);
    }
    return new ArrayList<>(byPath.values());
  }

  private Problem toProblem(ValidationMessage message) {
    String path = pathText(message.getInstanceLocation());
    return switch (message.getType()) {
      case "required" -> Problem.coded(Paths.field(path, message.getProperty()), "required");
      case "additionalProperties" -> Problem.coded(Paths.field(path, message.getProperty()), "unknownField");
      case "propertyNames" -> Problem.coded(Paths.field(path, message.getProperty()), "yearKey");
      default -> expectation(path, message);
    };
  }

  /** What the failing part of the schema asks for, in words. */
  private Problem expectation(String path, ValidationMessage message) {
    JsonNodePath keywordLocation = message.getSchemaLocation().getFragment();
    String definition = innermostDefinition(keywordLocation);
    if (definition != null && DEFINITION_CODES.containsKey(definition)) {
      return Problem.coded(path, DEFINITION_CODES.get(definition));
    }
    Problem described = SchemaWords.describe(path, nodeAt(keywordLocation.getParent()));
    return described != null ? described : new Problem(path, message.getMessage());
  }

  private static String innermostDefinition(JsonNodePath location) {
    String definition = null;
    for (int i = 0; i + 1 < location.getNameCount(); i++) {
      if ("$defs".equals(location.getName(i))) {
        definition = location.getName(i + 1);
      }
    }
    return definition;
  }

  private JsonNode nodeAt(JsonNodePath location) {
    JsonNode node = schemaNode;
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      node = element instanceof Integer index ? node.path(index) : node.path((String) element);
    }
    return node;
  }

  /** Renders an instance location in the spec's style: {@code units[3].rent}, or {@code $} for the root. */
  static String pathText(JsonNodePath location) {
    String path = Paths.ROOT;
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      path = element instanceof Integer index ? Paths.index(path, index) : Paths.field(path, (String) element);
    }
    return path;
  }

  private static JsonNode readSchemaNode() {
    try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return ScenarioJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A real calendar date in ISO form; the schema's pattern alone would accept 2026-02-30. */
  private static final class DateFormat implements Format {
    @Override
    public String getName() {
      return "date";
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
      try {
        LocalDate.parse(value);
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }
  }

  /** A fraction string p/q with q > 0 whose value lies in [0, 1], or in (0, 1] when zero is not allowed. */
  private record ShareFormat(String name, boolean zeroAllowed) implements Format {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
      try {
        Share share = Share.parseFraction(value);
        return !share.exceedsOne() && (zeroAllowed || !share.isZero());
      } catch (NumberFormatException e) {
        return false;
      }
    }
  }
}
