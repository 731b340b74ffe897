package nl.veerkracht.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.veerkracht.democity.DemoCity;
import nl.veerkracht.scenario.ScenarioWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  @TempDir
  static Path dir;

  static Path city;
  static Path baseline;
  static Path half;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeAll
  static void files() throws IOException {
    city = dir.resolve("small.scenario.json");
    Files.writeString(city, ScenarioWriter.toJson(DemoCity.generate(7, 0.01)));
    baseline = write("baseline.json", "{\"name\": \"baseline\"}");
    half = write("half.json", "{\"name\": \"art. 9 for half\", \"art9ShareOverride\": \"1/2\"}");
  }

  static Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  int run(String... args) {
    return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void twoRunsOfTheSameInputWriteTheSameBytes() throws IOException {
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");

    assertThat(run("simulate", "--scenario", city.toString(), "--variant", baseline.toString(), "--variant",
        half.toString(), "--months", "2", "--seed", "7", "--out", first.toString())).isEqualTo(0);
    assertThat(run("simulate", "--scenario", city.toString(), "--variant", baseline.toString(), "--variant",
        half.toString(), "--months", "2", "--seed", "7", "--out", second.toString(), "--lang", "en")).isEqualTo(0);

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.readString(first)).contains("\"format\": \"veerkracht-simulation/1\"", "\"waterbed\": null");
    assertThat(err.toString()).contains("simulate: 2 variant(en), 2 maanden vanaf 1 maart 2026",
        "simulate: 2 variant(s), 2 months from 1 March 2026");
  }

  @Test
  void invalidVariantFilesExitWith2AndOneLinePerProblemAtTheirPathsInDutch() throws IOException {
    Path wrong = write("wrong.json", "{\"art9ShareOverride\": 2, \"colour\": \"red\", "
        + "\"model\": {\"indicators\": {\"indexSpan\": 0}}}");

    int exit = run("simulate", "--scenario", city.toString(), "--variant", baseline.toString(), "--variant",
        wrong.toString(), "--variant", dir.resolve("missing.json").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("variants[1].art9ShareOverride: moet een getal in (0, 1] zijn",
        "variants[1].colour: is geen bekend veld", "variants[2]: bestand bestaat niet",
        "simulate: ongeldige invoer, 3 problemen; er is niets gedaan").doesNotContain("must be");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void withLangEnTheProblemsAreInEnglish() throws IOException {
    Path wrong = write("wrong-en.json", "{\"art9ShareOverride\": 2}");
    Path span = write("span.json", "{\"model\": {\"indicators\": {\"indexSpan\": 0}}}");

    int exit = run("simulate", "--lang", "en", "--scenario", city.toString(), "--variant", wrong.toString(),
        "--variant", span.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("variants[0].art9ShareOverride: must be a number in (0, 1]",
        "variants[1].model.indicators.indexSpan: must be a number > 0",
        "simulate: invalid input, 2 problems; nothing was done").doesNotContain("moet");
  }

  @Test
  void settingsOutOfRangeAreProblemsInTheChosenLanguage() {
    assertThat(run("simulate", "--scenario", city.toString(), "--variant", baseline.toString(), "--months", "61"))
        .isEqualTo(2);
    assertThat(run("simulate", "--lang", "en", "--scenario", city.toString(), "--variant", baseline.toString(),
        "--months", "61")).isEqualTo(2);
    assertThat(run("simulate", "--lang", "de", "--scenario", city.toString(), "--variant", baseline.toString()))
        .isEqualTo(2);

    assertThat(err.toString()).contains("months: moet een geheel getal van 1 tot en met 60 zijn",
        "months: must be an integer from 1 to 60", "--lang: moet een van deze waarden zijn: nl, en");
  }
}
