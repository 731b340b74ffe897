package nl.veerkracht.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code plan} command end to end: scenario file in, {@code veerkracht-plan/1} out. */
class PlanCommandTest {

  /**
   * Street ST-A takes 2, ST-B 1 and ST-C nothing, so at most three clients using 1 each can be
   * placed; C-STEP needs the only step-free dwelling, U1; C-INT uses 2.
   */
  static final String SCENARIO = """
      {"format": "veerkracht-scenario/1", "referenceDate": "2026-03-01",
       "areas": [
         {"street": "ST-A", "name": "Astraat", "buurt": "BU01", "dwellings": 80, "capacity": 2, "neighbours": ["BU02"]},
         {"street": "ST-B", "name": "Bstraat", "buurt": "BU02", "dwellings": 60, "capacity": 1},
         {"street": "ST-C", "name": "Cstraat", "buurt": "BU03", "dwellings": 40, "capacity": 0}],
       "units": [
         {"id": "U1", "street": "ST-A", "rent": 600, "rooms": 2, "stepFree": true, "owner": "Woonstad"},
         {"id": "U2", "street": "ST-A", "rent": 610, "rooms": 2, "stepFree": false, "owner": "Woonstad"},
         {"id": "U3", "street": "ST-A", "rent": 800, "rooms": 3, "stepFree": false, "owner": "Woonstad"},
         {"id": "U4", "street": "ST-B", "rent": 620, "rooms": 2, "stepFree": false, "owner": "Havensteder"},
         {"id": "U5", "street": "ST-C", "rent": 630, "rooms": 2, "stepFree": true, "owner": "Havensteder"}],
       "clients": [
         {"id": "C-LIGHT", "group": "MO_OUTFLOW", "support": "LIGHT", "careProvider": "Antes", "householdSize": 1,
          "aowAge": false, "income": 15000, "incomeSource": "SOCIAL_ASSISTANCE", "yearsInRegion": 9,
          "preferredBuurten": ["BU02"], "waitingSince": "2025-01-10"},
         {"id": "C-INT", "group": "GGZ", "support": "INTENSIVE", "householdSize": 1, "aowAge": false,
          "income": 16000, "incomeSource": "DISABILITY_BENEFIT", "yearsInRegion": 12, "waitingSince": "2024-05-01"},
         {"id": "C-MED", "group": "LVB", "support": "MEDIUM", "householdSize": 2, "aowAge": false, "income": 18000,
          "incomeSource": "SOCIAL_ASSISTANCE", "yearsInRegion": 3, "waitingSince": "2025-09-01"},
         {"id": "C-STEP", "group": "BW_OUTFLOW", "support": "LIGHT", "householdSize": 1, "aowAge": false,
          "income": 14000, "incomeSource": "SOCIAL_ASSISTANCE", "yearsInRegion": 20, "needsStepFree": true,
          "waitingSince": "2025-11-01"},
         {"id": "C-LATE", "group": "OTHER", "support": "LIGHT", "householdSize": 1, "aowAge": false, "income": 15500,
          "incomeSource": "SOCIAL_ASSISTANCE", "yearsInRegion": 7, "waitingSince": "2026-02-01"}],
       "careProviders": [{"name": "Antes", "buurten": ["BU01"]}],
       "directOffers": ["U1", "U2", "U3", "U4", "U5"]}
      """;

  @TempDir
  Path dir;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  Path scenario(String text) throws IOException {
    Path file = dir.resolve("scenario.json");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void placesAsManyClientsAsTheCapacityAllowsAndExplainsThePlan() throws IOException {
    Path result = dir.resolve("plan.json");

    assertThat(run("plan", "--scenario", scenario(SCENARIO).toString(), "--steps", "500", "--out", result.toString()))
        .isZero();

    JsonNode plan = ScenarioJson.mapper().readTree(result.toFile());
    assertThat(plan.get("format").asText()).isEqualTo("veerkracht-plan/1");
    assertThat(plan.get("policy").get("name").asText()).isEqualTo("baseline");
    assertThat(plan.get("policy").get("hash").asText()).startsWith("sha256:");
    assertThat(plan.get("score").asText()).startsWith("0hard/-2medium/");
    assertThat(plan.get("placed").asInt()).isEqualTo(3);
    assertThat(plan.get("assignments")).hasSize(3).allSatisfy(assignment -> {
      assertThat(assignment.get("unit").asText()).isIn("U1", "U2", "U4");
      assertThat(assignment.get("explanation")).isNotEmpty();
    });
    assertThat(plan.get("assignments").findValuesAsText("client")).contains("C-STEP");
    assertThat(plan.get("unassigned").findValuesAsText("client")).contains("C-INT");
    // the intensive client is the one left out where room binds: the plan says so per support level
    assertThat(plan.get("placedBy").get("support").toString()).contains("{\"code\":\"INTENSIVE\",\"placed\":0,");
    assertThat(plan.get("unassigned")).allSatisfy(client -> assertThat(client.get("reasons")).isNotEmpty());
    assertThat(plan.get("streets").toString()).isEqualTo(
        "[{\"street\":\"ST-A\",\"capacity\":2,\"used\":2},{\"street\":\"ST-B\",\"capacity\":1,\"used\":1},"
            + "{\"street\":\"ST-C\",\"capacity\":0,\"used\":0}]");
    assertThat(err.toString()).contains("plan: 3 van 5 cliënten geplaatst, score 0hard/-2medium/");
  }

  @Test
  void theSameStepsWriteTheSameBytes() throws IOException {
    Path input = scenario(SCENARIO);

    assertThat(run("plan", "--scenario", input.toString(), "--steps", "300", "--out", dir.resolve("a.json").toString()))
        .isZero();
    assertThat(run("plan", "--scenario", input.toString(), "--steps", "300", "--out", dir.resolve("b.json").toString()))
        .isZero();

    assertThat(Files.readAllBytes(dir.resolve("b.json"))).isEqualTo(Files.readAllBytes(dir.resolve("a.json")));
  }

  @Test
  void anInvalidScenarioExitsWith2AndWritesNothing() throws IOException {
    Path input = scenario(SCENARIO.replace("\"directOffers\": [\"U1\"", "\"directOffers\": [\"U9\""));

    assertThat(run("plan", "--scenario", input.toString(), "--out", dir.resolve("plan.json").toString())).isEqualTo(2);

    assertThat(err.toString()).contains("directOffers[0]: ");
    assertThat(dir.resolve("plan.json")).doesNotExist();
  }

  @Test
  void unknownPlannerWeightsAndBadLimitsAreInvalidInput() throws IOException {
    Path input = scenario(SCENARIO.replace("\"referenceDate\": \"2026-03-01\",",
        "\"referenceDate\": \"2026-03-01\", \"policy\": {\"name\": \"x\", \"model\": {\"planner\": {\"waitTime\": 2}}},"));
    assertThat(run("plan", "--scenario", input.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("policy.model.planner");

    assertThat(run("plan", "--scenario", scenario(SCENARIO).toString(), "--seconds", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--seconds: moet een geheel getal > 0 zijn");
  }
}
