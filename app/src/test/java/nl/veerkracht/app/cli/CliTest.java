package nl.veerkracht.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

class CliTest {

  @TempDir
  Path dir;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void recognisesTheBatchCommandsAndLeavesTheRestToTheWebService() {
    assertThat(Cli.isCommand(new String[] {"evaluate", "--scenario", "x"})).isTrue();
    assertThat(Cli.isCommand(new String[] {"demo-scenario"})).isTrue();
    assertThat(Cli.isCommand(new String[] {})).isFalse();
    assertThat(Cli.isCommand(new String[] {"--server.port=9090"})).isFalse();
  }

  @Test
  void anInvalidScenarioExitsWith2AndOneLinePerProblem() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, """
        {"format": "veerkracht-scenario/1", "referenceDate": "2026-03-01",
         "areas": [{"street": "S1", "name": "Straat", "buurt": "BU1", "dwellings": 3}],
         "units": [{"id": "U1", "street": "S1", "rent": 0, "rooms": 1, "stepFree": true, "owner": "SOR"},
                   {"id": "U2", "street": "S1", "rent": 500, "rooms": 0, "stepFree": true, "owner": "SOR"}]}
        """);

    assertThat(run("evaluate", "--scenario", file.toString())).isEqualTo(2);

    assertThat(err.toString()).contains("units[0].rent: moet een getal > 0 zijn")
        .contains("units[1].rooms: ").contains("evaluate: ongeldige invoer, 2 problemen; er is niets gedaan");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aMissingFileIsInvalidInput() {
    assertThat(run("plan", "--scenario", dir.resolve("none.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--scenario: bestand bestaat niet");
  }

  @Test
  void anUnknownOptionIsInvalidInput() {
    assertThat(run("evaluate", "--scenaro", "x.json")).isEqualTo(2);
  }

  @Test
  void planOnAScenarioWithoutClientsPlacesNobody() throws IOException {
    Path file = dir.resolve("ok.json");
    Files.write(file, new ClassPathResource("scenarios/01-rotterdamwet-art8-art10-passend.scenario.json")
        .getContentAsByteArray());

    assertThat(run("plan", "--scenario", file.toString(), "--steps", "10", "--out", dir.resolve("plan.json").toString()))
        .isZero();
    assertThat(err.toString()).contains("plan: 0 van 0 cliënten geplaatst");
  }

  /** {@code --out /dev/null} once replaced the device by a regular file (run as root). */
  @Test
  void anOutputThatIsNoRegularFileIsWrittenToNotReplaced() throws Exception {
    Path file = dir.resolve("example.json");
    Files.write(file, new ClassPathResource("scenarios/01-rotterdamwet-art8-art10-passend.scenario.json")
        .getContentAsByteArray());
    Path pipe = dir.resolve("pipe");
    assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
    CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(pipe);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });

    assertThat(run("evaluate", "--scenario", file.toString(), "--out", pipe.toString())).isZero();

    assertThat(read.get(60, TimeUnit.SECONDS)).contains("\"format\": \"veerkracht-evaluation/1\"");
    assertThat(Files.isRegularFile(pipe)).isFalse();
    assertThat(Files.exists(pipe)).isTrue();
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("example.json", "pipe");
  }

  @Test
  void evaluateWritesTheSameEvaluationForTheSameInput() throws IOException {
    Path file = dir.resolve("example.json");
    Files.write(file, new ClassPathResource("scenarios/01-rotterdamwet-art8-art10-passend.scenario.json")
        .getContentAsByteArray());

    assertThat(run("evaluate", "--scenario", file.toString(), "--out", dir.resolve("a.json").toString())).isZero();
    assertThat(run("evaluate", "--scenario", file.toString(), "--out", dir.resolve("b.json").toString())).isZero();

    String result = Files.readString(dir.resolve("a.json"));
    assertThat(result).contains("\"format\": \"veerkracht-evaluation/1\"").contains("\"winner\": \"S-BRAM\"");
    assertThat(Files.readAllBytes(dir.resolve("b.json"))).isEqualTo(Files.readAllBytes(dir.resolve("a.json")));
    assertThat(err.toString()).contains("evaluate: 2 vrijkomende woningen, 2 verhuurd");
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("example.json", "a.json", "b.json");
  }

  @Test
  void evaluateWritesTheTraceInDutchByDefaultAndInEnglishWithLangEn() throws IOException {
    Path file = dir.resolve("example.json");
    Files.write(file, new ClassPathResource("scenarios/01-rotterdamwet-art8-art10-passend.scenario.json")
        .getContentAsByteArray());

    assertThat(run("evaluate", "--scenario", file.toString(), "--out", dir.resolve("nl.json").toString())).isZero();
    assertThat(run("evaluate", "--scenario", file.toString(), "--lang", "en", "--out", dir.resolve("en.json").toString()))
        .isZero();
    assertThat(run("evaluate", "--scenario", file.toString(), "--lang", "de")).isEqualTo(2);

    JsonNode dutch = ScenarioJson.mapper().readTree(dir.resolve("nl.json").toFile());
    JsonNode english = ScenarioJson.mapper().readTree(dir.resolve("en.json").toFile());
    JsonNode art8 = dutch.at("/vacancies/1/candidates").findParents("basis").stream()
        .filter(entry -> entry.get("basis").asText().equals("WBMGP-8")).findFirst().orElseThrow();
    assertThat(art8.get("detail").asText()).contains("Woning U-VIOLIER-12 valt onder art. 8-aanwijzing");
    assertThat(art8.get("law").asText()).isEqualTo("Wet bijzondere maatregelen grootstedelijke problematiek");
    assertThat(art8.get("article").asText()).isEqualTo("art. 8");
    assertThat(art8.get("link").asText()).isEqualTo("https://wetten.overheid.nl/jci1.3:c:BWBR0019388&artikel=8");
    assertThat(english.toString()).contains("Unit U-VIOLIER-12 is covered by art. 8 designation")
        .doesNotContain("valt onder");
    assertThat(dutch.toString()).contains("€ 655,00").doesNotContain("Unit U-VIOLIER-12 is covered");
  }

  @Test
  void demoScenarioWritesAValidCityThatTheSameSeedRepeatsByteForByte() throws IOException {
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    Path otherSeed = dir.resolve("other.json");

    assertThat(run("demo-scenario", "--seed", "7", "--scale", "0.02", "--out", first.toString())).isZero();
    assertThat(run("demo-scenario", "--seed", "7", "--scale", "0.02", "--out", second.toString())).isZero();
    assertThat(run("demo-scenario", "--seed", "8", "--scale", "0.02", "--out", otherSeed.toString(), "--lang", "en"))
        .isZero();

    assertThat(ScenarioReader.read(first).units()).isNotEmpty();
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.readAllBytes(otherSeed)).isNotEqualTo(Files.readAllBytes(first));
    assertThat(err.toString()).contains("demo-scenario: startgetal 7, schaal 0,02: 71 buurten",
        "demo-scenario: seed 8, scale 0.02: 71 buurten");
  }

  @Test
  void demoScenarioRefusesAScaleOutsideZeroToOne() {
    assertThat(run("demo-scenario", "--scale", "1.5", "--lang", "en")).isEqualTo(Cli.INVALID_INPUT);
    assertThat(err.toString()).contains("--scale: must be a number in (0, 1]",
        "demo-scenario: invalid input, 1 problem; nothing was done");
  }

  @Test
  void indicatorsOfTheDemoCityCoverItsBuurtenAndStreets() throws IOException {
    Path report = dir.resolve("indicators.json");

    assertThat(run("indicators", "--demo", "--out", report.toString())).isZero();

    JsonNode areas = ScenarioJson.mapper().readTree(report.toFile()).get("areas");
    long buurten = StreamSupport.stream(areas.spliterator(), false)
        .filter(area -> area.get("level").asText().equals("BUURT")).count();
    assertThat(buurten).isEqualTo(71);
    assertThat(err.toString()).contains("periode 2014-2016");
  }
}
