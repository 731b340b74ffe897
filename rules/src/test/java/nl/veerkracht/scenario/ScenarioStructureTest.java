package nl.veerkracht.scenario;

import static nl.veerkracht.scenario.TestScenarios.ART9;
import static nl.veerkracht.scenario.TestScenarios.PASSEND;
import static nl.veerkracht.scenario.TestScenarios.array;
import static nl.veerkracht.scenario.TestScenarios.example;
import static nl.veerkracht.scenario.TestScenarios.exampleBytes;
import static nl.veerkracht.scenario.TestScenarios.json;
import static nl.veerkracht.scenario.TestScenarios.object;
import static nl.veerkracht.scenario.TestScenarios.problem;
import static nl.veerkracht.scenario.TestScenarios.problems;
import static nl.veerkracht.scenario.TestScenarios.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Problems the schema finds: structure, types and ranges, with the spec's paths and messages. */
class ScenarioStructureTest {

  private static final String SHARE_ABOVE_ZERO = "must be a number in (0, 1] or a fraction string such as \"2/3\"";
  private static final String SHARE = "must be a number in [0, 1] or a fraction string such as \"2/3\"";

  @Test
  void rentMustBePositive() {
    ObjectNode scenario = example(ART9);
    object(scenario, "/units/3").put("rent", 0);

    assertThat(problems(scenario)).containsExactly(problem("units[3].rent", "must be a number > 0"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/units/0    | rooms         | 0    | units[0].rooms          | must be an integer >= 1",
      "/units/0    | rooms         | 2.5  | units[0].rooms          | must be an integer >= 1",
      "/seekers/0  | householdSize | 0    | seekers[0].householdSize | must be an integer >= 1",
      "/seekers/0  | income        | -1   | seekers[0].income       | must be a number >= 0",
      "/seekers/0  | yearsInRegion | -0.5 | seekers[0].yearsInRegion | must be a number >= 0",
      "/areas/1    | dwellings     | -3   | areas[1].dwellings      | must be an integer >= 0",
  })
  void numbersOutOfRange(String pointer, String field, String value, String path, String message) {
    ObjectNode scenario = example(PASSEND);
    object(scenario, pointer).set(field, json(value));

    assertThat(problems(scenario)).containsExactly(problem(path, message));
  }

  @Test
  void wrongTypesAreNamed() {
    ObjectNode scenario = example(PASSEND);
    object(scenario, "/units/0").put("stepFree", "yes");
    object(scenario, "/seekers/0").put("householdSize", "1");
    object(scenario, "/areas/0").put("name", 7);

    assertThat(problems(scenario)).containsExactly(
        problem("areas[0].name", "must be a string"),
        problem("units[0].stepFree", "must be true or false"),
        problem("seekers[0].householdSize", "must be an integer >= 1"));
  }

  @Test
  void enumValuesAreListed() {
    ObjectNode scenario = example(PASSEND);
    object(scenario, "/seekers/0").put("incomeSource", "WAGES");

    assertThat(problems(scenario)).containsExactly(problem("seekers[0].incomeSource",
        "must be one of EMPLOYMENT, SELF_EMPLOYMENT, EARLY_RETIREMENT, AOW, PENSION, STUDENT_FINANCE, "
            + "SOCIAL_ASSISTANCE, UNEMPLOYMENT_BENEFIT, DISABILITY_BENEFIT, OTHER"));
  }

  @Test
  void wrongFormatIsNamed() {
    ObjectNode scenario = example(PASSEND);
    scenario.put("format", "veerkracht-scenario/2");

    assertThat(problems(scenario)).containsExactly(problem("format", "must be \"veerkracht-scenario/1\""));
  }

  @Test
  void missingRequiredFieldIsReportedAtItsOwnPath() {
    ObjectNode scenario = example(PASSEND);
    object(scenario, "/units/1").remove("owner");
    scenario.remove("referenceDate");

    assertThat(problems(scenario)).containsExactly(
        problem("referenceDate", "is required"),
        problem("units[1].owner", "is required"));
  }

  @Test
  void unknownFieldInPolicyIsAnError() {
    ObjectNode scenario = example(PASSEND);
    object(scenario, "/policy").put("art8MinYearsInRegoin", 4);

    assertThat(problems(scenario)).containsExactly(problem("policy.art8MinYearsInRegoin", "unknown field"));
  }

  @Test
  void unknownFieldsAreErrorsEverywhere() {
    ObjectNode scenario = example(PASSEND);
    scenario.put("comment", "x");
    object(scenario, "/vacancies/1").put("closedOn", "2026-04-01");
    object(scenario, "/policy").putObject("capacityUse").put("HEAVY", 3);

    assertThat(problems(scenario)).containsExactly(
        problem("policy.capacityUse.HEAVY", "unknown field"),
        problem("vacancies[1].closedOn", "unknown field"),
        problem("comment", "unknown field"));
  }

  @Test
  void policyFieldsAreChecked() {
    ObjectNode scenario = example(PASSEND);
    ObjectNode policy = object(scenario, "/policy");
    policy.putArray("art8IncomeSources").add("EMPLOYMENT").add("LOTTERY");
    policy.put("art9AboveUrgent", "yes");
    policy.putObject("capacityUse").put("INTENSIVE", -1);
    policy.putObject("rentSteering").put("share", 0.25).putArray("typologies").add("RISING");
    policy.putObject("years").putObject("2026").putObject("passendIncomeLimit").put("SINGLE", "30000");

    assertThat(problems(scenario)).containsExactly(
        problem("policy.art8IncomeSources[1]", "must be one of EMPLOYMENT, SELF_EMPLOYMENT, EARLY_RETIREMENT, AOW, "
            + "PENSION, STUDENT_FINANCE, SOCIAL_ASSISTANCE, UNEMPLOYMENT_BENEFIT, DISABILITY_BENEFIT, OTHER"),
        problem("policy.art9AboveUrgent", "must be true or false"),
        problem("policy.capacityUse.INTENSIVE", "must be an integer >= 0"),
        problem("policy.rentSteering.typologies[0]", "must be one of RISING_WORSENING_HIGH, RISING_WORSENING_LOW, "
            + "RISING_IMPROVING_HIGH, RISING_IMPROVING_LOW, NOT_RISING, UNKNOWN"),
        problem("policy.years.2026.passendIncomeLimit.SINGLE", "must be a number > 0"));
  }

  @Test
  void policyYearsKeysMustBeYears() {
    ObjectNode scenario = example(PASSEND);
    object(scenario, "/policy").putObject("years").putObject("next").put("daebRentLimit", 950);

    assertThat(problems(scenario)).containsExactly(problem("policy.years.next", "must be a year of four digits"));
  }

  @Test
  void completePolicyIsAccepted() {
    ObjectNode scenario = example(PASSEND);
    scenario.set("policy", json("""
        {'name': 'variant', 'art8MinYearsInRegion': 4, 'art8IncomeSources': ['EMPLOYMENT'],
         'art9Characteristics': ['EMPLOYMENT', 'ARTIST'], 'art9AboveUrgent': true, 'art9ShareOverride': '2/3',
         'urgentQuotaDefault': 0, 'capacityUse': {'LIGHT': 1, 'MEDIUM': 2, 'INTENSIVE': 3},
         'years': {'2026': {'passendIncomeLimit': {'SINGLE': 30000}, 'daebFreeShare': '3/20'}},
         'designationsAdd': [], 'designationsRemove': [],
         'rentSteering': {'typologies': ['NOT_RISING', 'UNKNOWN'], 'share': 0.25},
         'model': {'anything': {'goes': [1, 2]}}}"""));

    assertThat(read(scenario).policy().get("art9ShareOverride").asText()).isEqualTo("2/3");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-13-01", "2026-02-30", "2026-2-3", "1 March 2026", "2026-03-01T00:00"
  })
  void datesMustBeRealDates(String date) {
    ObjectNode scenario = example(PASSEND);
    object(scenario, "/vacancies/0").put("publishedOn", date);

    assertThat(problems(scenario)).containsExactly(problem("vacancies[0].publishedOn", "must be a date YYYY-MM-DD"));
  }

  @Test
  void leapDayIsADate() {
    ObjectNode scenario = example(PASSEND);
    object(scenario, "/seekers/0").put("registeredOn", "2024-02-29");

    assertThat(read(scenario).seekers().get(0).registeredOn()).hasToString("2024-02-29");
  }

  @ParameterizedTest
  @CsvSource(quoteCharacter = '"', value = {"0", "-0.5", "1.0001", "'0/3'", "'3/2'", "'2/0'", "'two thirds'", "'0.5'", "true"})
  void designationShareMustBeAboveZeroAndAtMostOne(String share) {
    ObjectNode scenario = example(ART9);
    object(scenario, "/designations/0").set("share", json(share));

    assertThat(problems(scenario)).containsExactly(problem("designations[0].share", SHARE_ABOVE_ZERO));
  }

  @ParameterizedTest
  @CsvSource(quoteCharacter = '"', value = {"1", "0.0001", "'1/1'", "' 2 / 3 '", "'7/10000'"})
  void designationShareInRangeIsAccepted(String share) {
    ObjectNode scenario = example(ART9);
    object(scenario, "/designations/0").set("share", json(share));

    assertThat(read(scenario).designations().get(0).share().written()).isEqualTo(json(share).asText());
  }

  @Test
  void art9ShareOverrideMustBeAboveZero() {
    ObjectNode scenario = example(ART9);
    object(scenario, "/policy").put("art9ShareOverride", 0);

    assertThat(problems(scenario)).containsExactly(problem("policy.art9ShareOverride", SHARE_ABOVE_ZERO));
  }

  @Test
  void closedSharesAcceptZeroAndOneButNothingOutside() {
    ObjectNode scenario = example(ART9);
    object(scenario, "/urgentQuotas/0").put("maxShare", 0);
    object(scenario, "/policy").put("urgentQuotaDefault", "1/1");
    read(scenario);

    object(scenario, "/urgentQuotas/0").put("maxShare", 1.5);
    object(scenario, "/policy").put("urgentQuotaDefault", "4/3");
    object(scenario, "/policy").putObject("rentSteering").put("share", -0.25).putArray("typologies");

    assertThat(problems(scenario)).containsExactly(
        problem("policy.urgentQuotaDefault", SHARE),
        problem("policy.rentSteering.share", SHARE),
        problem("urgentQuotas[0].maxShare", SHARE));
  }

  @Test
  void nullResetsOptionalPolicyValues() {
    ObjectNode scenario = example(ART9);
    object(scenario, "/policy").putNull("art9ShareOverride").putNull("urgentQuotaDefault").putNull("rentSteering");

    Scenario read = read(scenario);

    assertThat(read.policy().get("rentSteering").isNull()).isTrue();
    assertThat(ScenarioReader.read(ScenarioWriter.toJson(read).getBytes(StandardCharsets.UTF_8))).isEqualTo(read);
  }

  @Test
  void severalProblemsAreAllReportedInDocumentOrder() {
    ObjectNode scenario = example(ART9);
    object(scenario, "/seekers/5").put("aowAge", "no");
    object(scenario, "/units/3").put("rent", -630);
    object(scenario, "/units/0").remove("street");
    object(scenario, "/designations/0").put("validTo", "2028-31-12");
    object(scenario, "/vacancies/2").put("publishedOn", "soon");
    array(scenario, "/vacancies/2/respondents").add(7);
    scenario.put("referenceDate", "2026-03-32");

    assertThat(problems(scenario)).containsExactly(
        problem("referenceDate", "must be a date YYYY-MM-DD"),
        problem("designations[0].validTo", "must be a date YYYY-MM-DD"),
        problem("units[0].street", "is required"),
        problem("units[3].rent", "must be a number > 0"),
        problem("seekers[5].aowAge", "must be true or false"),
        problem("vacancies[2].publishedOn", "must be a date YYYY-MM-DD"),
        problem("vacancies[2].respondents[6]", "must be a non-empty string"));
  }

  @Test
  void relationsAreOnlyCheckedOnAWellFormedFile() {
    ObjectNode scenario = example(PASSEND);
    object(scenario, "/units/0").put("street", "ST-NOWHERE");
    object(scenario, "/units/1").put("rooms", 0);

    assertThat(problems(scenario)).containsExactly(problem("units[1].rooms", "must be an integer >= 1"));
  }

  @Test
  void truncatedFileNamesLineAndColumn() {
    String whole = new String(exampleBytes(PASSEND), StandardCharsets.UTF_8);
    String truncated = whole.substring(0, 200);
    int line = truncated.split("\n", -1).length;
    int column = truncated.length() - truncated.lastIndexOf('\n');

    assertThat(problems(truncated.getBytes(StandardCharsets.UTF_8))).containsExactly(problem("$",
        "not valid JSON at line " + line + ", column " + column + ": Unexpected end-of-input within/between Object entries"));
  }

  @Test
  void syntaxErrorNamesLineAndColumn() {
    String text = "{\n  \"format\": \"veerkracht-scenario/1\",\n  \"referenceDate\": 2026-03-01\n}";

    assertThat(problems(text.getBytes(StandardCharsets.UTF_8))).singleElement()
        .satisfies(problem -> assertThat(problem.toString()).isEqualTo("$: not valid JSON at line 3, column 24: "
            + "Unexpected character ('-' (code 45)): was expecting comma to separate Object entries"));
  }

  @Test
  void duplicateKeyIsASyntaxError() {
    String text = "{\"format\": \"veerkracht-scenario/1\", \"referenceDate\": \"2026-03-01\", \"format\": \"x\"}";

    assertThat(problems(text.getBytes(StandardCharsets.UTF_8))).singleElement()
        .satisfies(problem -> assertThat(problem.toString())
            .isEqualTo("$: not valid JSON at line 1, column 76: Duplicate field 'format'"));
  }

  @Test
  void contentAfterTheDocumentIsAnError() {
    String text = "{\"format\": \"veerkracht-scenario/1\", \"referenceDate\": \"2026-03-01\"} {}";

    assertThat(problems(text.getBytes(StandardCharsets.UTF_8))).singleElement().satisfies(problem -> {
      assertThat(problem.path()).isEqualTo("$");
      assertThat(problem.message()).startsWith("not valid JSON at line 1, column ")
          .endsWith(": more content after the end of the document");
    });
  }

  @Test
  void emptyInputAndNonObjectsAreRejectedAsAWhole() {
    assertThat(problems(new byte[0])).containsExactly(problem("$", "empty input: expected a JSON object"));
    assertThat(problems("[]".getBytes(StandardCharsets.UTF_8))).containsExactly(problem("$", "must be an object"));
  }

  @Test
  void minimalScenarioIsValidAndHasEmptySections() {
    Scenario scenario = read(json("{'format': 'veerkracht-scenario/1', 'referenceDate': '2026-03-01'}"));

    assertThat(scenario.policy()).isNull();
    assertThat(scenario.units()).isEmpty();
    assertThat(scenario.careProviders()).isEmpty();
  }

  @Test
  void integerBeyondJavaRangeIsReportedAtItsPath() {
    ObjectNode scenario = example(PASSEND);
    object(scenario, "/areas/2").put("dwellings", 99_999_999_999L);

    assertThat(problems(scenario)).singleElement().satisfies(problem -> {
      assertThat(problem.path()).isEqualTo("areas[2].dwellings");
      assertThat(problem.message()).startsWith("cannot be read: Numeric value (99999999999) out of range of int");
    });
  }
}
