package nl.veerkracht.rules.letting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.ScenarioReader;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the readable case library of {@code src/test/resources/cases/}: every case of every
 * topic file, by name. A case's scenario is its base scenario with the topic's and the case's
 * sections put over it (a section given replaces the same section below it) and the base's
 * defaults filled into every unit, seeker and vacancy; it is then read and validated like any
 * scenario file and let by the rule base. Only the fields the case states are checked. Every
 * case is also let by the plain implementation, which must give the same evaluation.
 * {@code docs/rules.md} explains the format to whoever adds a case.
 */
class CaseLibraryTest {

  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();
  private static final Set<String> TOPIC_FIELDS = Set.of("topic", "base", "scenario", "cases");
  private static final Set<String> CASE_FIELDS = Set.of("name", "description", "base", "scenario", "expect");
  private static final Set<String> VACANCY_FIELDS = Set.of("unit", "winner", "winnerGroup", "art9Vacancy",
      "urgentPrioritySuspended", "provisional", "candidates", "trace");
  private static final Set<String> EXPECT_FIELDS = Set.of("vacancies", "invalid");
  private static final Set<String> TRACE_FIELDS = Set.of("rule", "basis", "outcome", "message", "args", "detail");
  private static final Set<String> CANDIDATE_FIELDS = Set.of("seeker", "status", "rank", "group", "refusedBy",
      "trace", "noTraceFor", "passed");
  private static final PlainLettingRules PLAIN = new PlainLettingRules();

  /** One case of a topic file. */
  record Case(String file, String name, ObjectNode scenario, JsonNode expect) {
    @Override
    public String toString() {
      return file + ": " + name;
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(casesDirectory())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode topic = YAML.readTree(file.toFile());
        String fileName = file.getFileName().toString();
        requireOnly(topic, TOPIC_FIELDS, fileName);
        for (JsonNode item : topic.path("cases")) {
          requireOnly(item, CASE_FIELDS, fileName + " " + item.path("name").asText());
          if (!item.hasNonNull("name") || !item.hasNonNull("description") || !item.hasNonNull("expect")) {
            throw new IllegalStateException(fileName + ": every case needs a name, a description and expect");
          }
          String base = item.has("base") ? item.get("base").asText() : topic.path("base").asText("base");
          requireOnly(item.get("expect"), EXPECT_FIELDS, fileName + " " + item.get("name").asText() + " expect");
          ObjectNode scenario = scenario(base, topic.get("scenario"), item.get("scenario"));
          Case c = new Case(fileName, item.get("name").asText(), scenario, item.get("expect"));
          cases.add(Arguments.of(c.toString(), c));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseHolds(String name, Case c) {
    byte[] scenarioJson = json(c.scenario());
    JsonNode invalid = c.expect().get("invalid");
    Scenario scenario;
    try {
      scenario = ScenarioReader.read(scenarioJson);
    } catch (InvalidInputException e) {
      List<String> problems = e.problems().stream().map(Problem::toString).toList();
      if (invalid == null) {
        fail("the scenario of case " + name + " is invalid: " + problems);
      }
      assertThat(problems).containsExactlyElementsOf(texts(invalid));
      return;
    }
    assertThat(invalid).as("expected invalid input").isNull();

    Evaluation evaluation = LettingRun.evaluate(scenario, RuleBase.current());
    assertThat(LettingRun.evaluate(scenario, PLAIN, evaluation.rules())).as("plain implementation")
        .isEqualTo(evaluation);
    JsonNode actual = ScenarioJson.mapper().valueToTree(evaluation.rendered(Language.EN));
    SoftAssertions softly = new SoftAssertions();
    checkInvariants(actual, softly);
    checkVacancies(c.expect().path("vacancies"), actual.get("vacancies"), softly);
    try {
      softly.assertAll();
    } catch (AssertionError e) {
      throw new AssertionError("case " + name + ": " + e.getMessage(), e);
    }
  }

  /** What holds in every evaluation: traces present exactly where the format asks for them. */
  private static void checkInvariants(JsonNode actual, SoftAssertions softly) {
    for (JsonNode vacancy : actual.get("vacancies")) {
      for (JsonNode candidate : vacancy.get("candidates")) {
        boolean allocated = candidate.get("status").asText().equals("ALREADY_ALLOCATED");
        softly.assertThat(candidate.get("trace").isEmpty()).as("trace of %s on %s empty", candidate.get("seeker"),
            vacancy.get("unit")).isEqualTo(allocated);
      }
    }
  }

  private static void checkVacancies(JsonNode expected, JsonNode actual, SoftAssertions softly) {
    List<String> expectedUnits = new ArrayList<>();
    expected.forEach(v -> expectedUnits.add(v.get("unit").asText()));
    List<String> actualUnits = new ArrayList<>();
    actual.forEach(v -> actualUnits.add(v.get("unit").asText()));
    softly.assertThat(actualUnits.stream().filter(expectedUnits::contains).toList()).as("letting order")
        .isEqualTo(expectedUnits);
    for (JsonNode want : expected) {
      requireOnly(want, VACANCY_FIELDS, "vacancy " + want.get("unit"));
      JsonNode got = find(actual, "unit", want.get("unit").asText());
      if (got == null) {
        softly.fail("no vacancy " + want.get("unit"));
        continue;
      }
      String where = "vacancy " + want.get("unit").asText();
      for (String field : List.of("winner", "winnerGroup", "art9Vacancy", "urgentPrioritySuspended", "provisional")) {
        if (want.has(field)) {
          softly.assertThat(got.get(field)).as(where + " " + field).isEqualTo(want.get(field));
        }
      }
      checkTrace(want.get("trace"), got.get("trace"), where, softly);
      for (JsonNode wantCandidate : want.path("candidates")) {
        requireOnly(wantCandidate, CANDIDATE_FIELDS, where + " candidate " + wantCandidate.get("seeker"));
        String seeker = wantCandidate.get("seeker").asText();
        JsonNode gotCandidate = find(got.get("candidates"), "seeker", seeker);
        if (gotCandidate == null) {
          softly.fail(where + ": no candidate " + seeker);
          continue;
        }
        String who = where + " candidate " + seeker;
        for (String field : List.of("status", "rank", "group", "refusedBy")) {
          if (wantCandidate.has(field)) {
            softly.assertThat(gotCandidate.get(field)).as(who + " " + field).isEqualTo(wantCandidate.get(field));
          }
        }
        checkTrace(wantCandidate.get("trace"), gotCandidate.get("trace"), who, softly);
        for (String basis : texts(wantCandidate.path("passed"))) {
          for (JsonNode entry : gotCandidate.get("trace")) {
            if (entry.get("basis").asText().equals(basis)) {
              softly.assertThat(entry.get("outcome").asText()).as(who + " " + basis + " passed").isEqualTo("PASSED");
            }
          }
        }
        for (String basis : texts(wantCandidate.path("noTraceFor"))) {
          softly.assertThat(gotCandidate.get("trace").findValuesAsText("basis")).as(who + " trace bases")
              .doesNotContain(basis);
        }
      }
    }
  }

  /**
   * Every expected trace entry must match an entry of the actual trace: {@code rule}, {@code basis},
   * {@code outcome} and {@code message} exactly, {@code args} as a part of the actual parameters,
   * {@code detail} as a part of the actual detail in English. An empty expected trace
   * ({@code trace: []}) requires an empty trace.
   */
  private static void checkTrace(JsonNode expected, JsonNode actual, String where, SoftAssertions softly) {
    if (expected == null) {
      return;
    }
    if (expected.isEmpty()) {
      softly.assertThat(actual).as(where + ": trace").isEmpty();
    }
    for (JsonNode want : expected) {
      requireOnly(want, TRACE_FIELDS, where + " trace entry");
      boolean found = false;
      for (JsonNode entry : actual) {
        found |= matches(want, entry);
      }
      softly.assertThat(found).as(where + ": trace entry " + want + " in " + actual.toPrettyString()).isTrue();
    }
  }

  private static boolean matches(JsonNode want, JsonNode entry) {
    for (String field : List.of("rule", "basis", "outcome", "message")) {
      if (want.has(field) && !want.get(field).asText().equals(entry.path(field).asText())) {
        return false;
      }
    }
    for (var arg : (Iterable<java.util.Map.Entry<String, JsonNode>>) () -> want.path("args").fields()) {
      if (!arg.getValue().asText().equals(entry.path("args").path(arg.getKey()).asText(null))) {
        return false;
      }
    }
    return !want.has("detail") || entry.get("detail").asText().contains(want.get("detail").asText());
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode item : array) {
      if (Objects.equals(item.get(field).asText(), value)) {
        return item;
      }
    }
    return null;
  }

  /** The base scenario, the topic's sections over it, the case's over those; then the defaults. */
  static ObjectNode scenario(String baseName, JsonNode topicScenario, JsonNode caseScenario) {
    ObjectNode base;
    try {
      base = (ObjectNode) YAML.readTree(casesDirectory().resolve("bases").resolve(baseName + ".yaml").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("base scenario " + baseName, e);
    }
    JsonNode defaults = base.remove("defaults");
    for (JsonNode layer : new JsonNode[] {topicScenario, caseScenario}) {
      if (layer != null) {
        layer.fields().forEachRemaining(field -> base.set(field.getKey(), field.getValue().deepCopy()));
      }
    }
    fillDefaults(base, "units", defaults.get("unit"));
    fillDefaults(base, "seekers", defaults.get("seeker"));
    fillDefaults(base, "vacancies", defaults.get("vacancy"));
    allRespond(base);
    return base;
  }

  private static void fillDefaults(ObjectNode scenario, String section, JsonNode defaults) {
    if (!scenario.has(section) || defaults == null) {
      return;
    }
    ArrayNode filled = scenario.arrayNode();
    for (JsonNode item : scenario.get(section)) {
      ObjectNode copy = defaults.deepCopy();
      item.fields().forEachRemaining(field -> copy.set(field.getKey(), field.getValue()));
      filled.add(copy);
    }
    scenario.set(section, filled);
  }

  /** A vacancy without {@code respondents} has every seeker of the scenario as respondent. */
  private static void allRespond(ObjectNode scenario) {
    for (JsonNode vacancy : scenario.path("vacancies")) {
      if (!vacancy.has("respondents")) {
        ArrayNode all = ((ObjectNode) vacancy).putArray("respondents");
        scenario.path("seekers").forEach(seeker -> all.add(seeker.get("id").asText()));
      }
    }
  }

  private static void requireOnly(JsonNode node, Set<String> fields, String where) {
    node.fieldNames().forEachRemaining(field -> {
      if (!fields.contains(field)) {
        throw new IllegalStateException(where + ": unknown field " + field + " (allowed: " + fields + ")");
      }
    });
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static byte[] json(JsonNode node) {
    try {
      return ScenarioJson.mapper().writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path casesDirectory() {
    try {
      return Path.of(Objects.requireNonNull(CaseLibraryTest.class.getResource("/cases")).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
