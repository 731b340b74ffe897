package nl.veerkracht.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Says in a few words what a (sub)schema asks for: "must be an integer >= 1". */
final class SchemaWords {

  private SchemaWords() {
  }

  /**
   * The expectation of a schema node as a problem at the path ({@code mustBe.integer} with its
   * bounds, {@code mustBeOneOf} with the values...), or null when it has nothing to describe.
   */
  static Problem describe(String path, JsonNode schema) {
    if (schema.has("const")) {
      return Problem.coded(path, "mustBe", schema.get("const"));
    }
    if (schema.has("enum")) {
      return Problem.coded(path, "mustBeOneOf", joinedTexts(schema.get("enum")));
    }
    List<String> kinds = new ArrayList<>();
    for (String type : types(schema)) {
      kinds.add(kind(type, schema));
    }
    if (kinds.isEmpty()) {
      return null;
    }
    String code = "mustBe." + String.join("Or", kinds);
    return ProblemTexts.has(code) ? Problem.coded(path, code, bounds(schema)) : null;
  }

  private static String kind(String type, JsonNode schema) {
    return type.equals("string") && schema.path("minLength").asInt(0) > 0 ? "nonEmptyString" : type;
  }

  private static String bounds(JsonNode schema) {
    String lower = schema.has("minimum") ? "[" + schema.get("minimum")
        : schema.has("exclusiveMinimum") ? "(" + schema.get("exclusiveMinimum") : null;
    String upper = schema.has("maximum") ? schema.get("maximum") + "]"
        : schema.has("exclusiveMaximum") ? schema.get("exclusiveMaximum") + ")" : null;
    if (lower != null && upper != null) {
      return " in " + lower + ", " + upper;
    }
    if (lower != null) {
      return (lower.startsWith("[") ? " >= " : " > ") + lower.substring(1);
    }
    if (upper != null) {
      return (upper.endsWith("]") ? " <= " : " < ") + upper.substring(0, upper.length() - 1);
    }
    return "";
  }

  private static List<String> types(JsonNode schema) {
    JsonNode type = schema.path("type");
    List<String> types = new ArrayList<>();
    if (type.isTextual()) {
      types.add(type.asText());
    }
    type.forEach(element -> types.add(element.asText()));
    return types;
  }

  private static String joinedTexts(JsonNode values) {
    List<String> texts = new ArrayList<>();
    values.forEach(value -> texts.add(value.isTextual() ? value.asText() : value.toString()));
    return String.join(", ", texts);
  }
}
