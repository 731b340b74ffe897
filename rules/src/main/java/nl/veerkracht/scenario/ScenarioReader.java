package nl.veerkracht.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a {@code veerkracht-scenario/1} file. A file is accepted whole or not at all: every
 * problem is reported, in document order, in one {@link InvalidInputException}.
 *
 * <p>The checks run in three stages, each only when the previous one passed: JSON syntax, the
 * schema (structure, types, ranges), then the relations of {@link ScenarioValidator}.
 */
public final class ScenarioReader {

  /** The class path resource of the JSON Schema (draft 2020-12) that the structure is checked against. */
  public static final String SCHEMA_RESOURCE = ScenarioSchema.RESOURCE;

  private ScenarioReader() {
  }

  /**
   * Reads and checks a scenario.
   *
   * @throws InvalidInputException when the input is not a valid scenario
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static Scenario read(InputStream in) {
    return check(parse(in));
  }

  /** As {@link #read(InputStream)}. */
  public static Scenario read(byte[] content) {
    return read(new ByteArrayInputStream(content));
  }

  /** As {@link #read(InputStream)}, from a file. */
  public static Scenario read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(InputStream in) {
    try {
      JsonNode document = ScenarioJson.mapper().readTree(in);
      if (document == null || document.isMissingNode()) {
        throw new InvalidInputException(List.of(Problem.coded(Paths.ROOT, "empty")));
      }
      return document;
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(List.of(syntaxProblem(e)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Problem syntaxProblem(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null ? Problem.coded(Paths.ROOT, "notJson", reason(e))
        : Problem.coded(Paths.ROOT, "notJsonAt", location.getLineNr(), location.getColumnNr(), reason(e));
  }

  /** Jackson's reason without the source excerpt and marker position it appends. */
  private static String reason(JsonProcessingException e) {
    String reason = e.getOriginalMessage();
    if (reason.startsWith("Trailing token")) {
      return "more content after the end of the document";
    }
    int cut = reason.indexOf(" (start marker at");
    if (cut >= 0) {
      reason = reason.substring(0, cut);
    }
    int newline = reason.indexOf('\n');
    return newline >= 0 ? reason.substring(0, newline) : reason;
  }

  private static Scenario check(JsonNode document) {
    DocumentOrder order = new DocumentOrder(document);
    List<Problem> structural = ScenarioSchema.get().problems(document);
    if (!structural.isEmpty()) {
      throw new InvalidInputException(order.sort(structural));
    }
    Scenario scenario = bind(document);
    List<Problem> relational = ScenarioValidator.check(scenario);
    if (!relational.isEmpty()) {
      throw new InvalidInputException(order.sort(relational));
    }
    return scenario;
  }

  private static Scenario bind(JsonNode document) {
    try {
      return ScenarioJson.mapper().treeToValue(document, Scenario.class);
    } catch (JsonMappingException e) {
      // The schema admits what the records can hold, except numbers beyond Java's int range.
      throw new InvalidInputException(List.of(Problem.coded(pathOf(e), "cannotBeRead", reason(e))));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(List.of(Problem.coded(Paths.ROOT, "cannotBeRead", reason(e))));
    }
  }

  private static String pathOf(JsonMappingException e) {
    String path = Paths.ROOT;
    for (JsonMappingException.Reference reference : e.getPath()) {
      path = reference.getFieldName() != null
          ? Paths.field(path, reference.getFieldName())
          : Paths.index(path, reference.getIndex());
    }
    return path;
  }
}
