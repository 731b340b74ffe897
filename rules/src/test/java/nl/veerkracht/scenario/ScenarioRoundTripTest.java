package nl.veerkracht.scenario;

import static nl.veerkracht.scenario.TestScenarios.exampleBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ScenarioRoundTripTest {

  static final List<String> EXAMPLES = TestScenarios.EXAMPLES;

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void exampleReadsWithoutProblems(String name) {
    Scenario scenario = ScenarioReader.read(exampleBytes(name));

    assertThat(scenario.format()).isEqualTo(Scenario.FORMAT);
    assertThat(scenario.units()).isNotEmpty();
    assertThat(scenario.vacancies()).isNotEmpty();
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void writtenExampleReadsBackEqual(String name) {
    Scenario scenario = ScenarioReader.read(exampleBytes(name));

    Scenario again = ScenarioReader.read(ScenarioWriter.toJson(scenario).getBytes(StandardCharsets.UTF_8));

    assertThat(again).isEqualTo(scenario);
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void writerReproducesTheExampleFileExactly(String name) {
    String original = new String(exampleBytes(name), StandardCharsets.UTF_8);

    String written = ScenarioWriter.toJson(ScenarioReader.read(exampleBytes(name)));

    assertThat(written).isEqualTo(original + "\n");
  }

  @Test
  void everyFieldOfTheFormatIsReadAndWrittenBackInTheSpecOrder() throws IOException {
    byte[] complete;
    try (InputStream in = getClass().getResourceAsStream("/complete.scenario.json")) {
      complete = in.readAllBytes();
    }
    Scenario scenario = ScenarioReader.read(complete);

    assertThat(ScenarioWriter.toJson(scenario)).isEqualTo(new String(complete, StandardCharsets.UTF_8));
    assertThat(scenario.seekers().get(0).urgency().ground()).isEqualTo(Urgency.Ground.MEDICAL);
    assertThat(scenario.areas().get(0).indicators().get("2016").nuisanceScore()).isEqualTo(new BigDecimal("-0.30"));
    assertThat(scenario.clients().get(0).preferredBuurten()).isEmpty();
  }

  @Test
  void readsFilesAndStreams(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("scenario.json");
    Files.write(file, exampleBytes(TestScenarios.OWNER_NORMS));
    Scenario fromBytes = ScenarioReader.read(exampleBytes(TestScenarios.OWNER_NORMS));

    assertThat(ScenarioReader.read(file)).isEqualTo(fromBytes);
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(ScenarioReader.read(in)).isEqualTo(fromBytes);
    }
    assertThatThrownBy(() -> ScenarioReader.read(directory.resolve("missing.json")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void writeAndToJsonGiveTheSameBytes() {
    Scenario scenario = ScenarioReader.read(exampleBytes(TestScenarios.ART9));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ScenarioWriter.write(scenario, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ScenarioWriter.toJson(scenario));
  }

  @Test
  void bindsTheExampleValuesExactly() {
    Scenario scenario = ScenarioReader.read(exampleBytes(TestScenarios.PASSEND));

    Unit unit = scenario.units().get(1);
    assertThat(unit.rent()).isEqualTo(new BigDecimal("740.5"));
    assertThat(scenario.referenceDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(scenario.designations().get(0).article()).isEqualTo(Article.WBMGP_8);
    assertThat(scenario.seekers().get(1).hardship()).isTrue();
    assertThat(scenario.seekers().get(3).screening()).isEqualTo(Screening.NEGATIVE);
    assertThat(scenario.vacancies().get(1).respondents()).containsExactly("S-DEWI", "S-EMRE", "S-FENNA", "S-BRAM");
    assertThat(scenario.clients()).isEmpty();
  }

  @Test
  void writesFieldsInTheSpecOrderAndLeavesOutEmptySections() {
    Scenario scenario = new Scenario(Scenario.FORMAT, LocalDate.of(2026, 3, 1), null,
        List.of(new Area("ST-1", "Straat", "BU1", null, 10, null, null, null, null)),
        null, null, null,
        List.of(new Unit("U1", "ST-1", new BigDecimal("700.00"), 2, true, "Woonstad", null)),
        null, null, null, null, List.of("U1"));

    String written = ScenarioWriter.toJson(scenario);

    assertThat(written).isEqualTo("""
        {
          "format": "veerkracht-scenario/1",
          "referenceDate": "2026-03-01",
          "areas": [
            {
              "street": "ST-1",
              "name": "Straat",
              "buurt": "BU1",
              "dwellings": 10
            }
          ],
          "units": [
            {
              "id": "U1",
              "street": "ST-1",
              "rent": 700.00,
              "rooms": 2,
              "stepFree": true,
              "owner": "Woonstad"
            }
          ],
          "directOffers": [
            "U1"
          ]
        }
        """);
    assertThat(ScenarioReader.read(written.getBytes(StandardCharsets.UTF_8))).isEqualTo(scenario);
  }
}
