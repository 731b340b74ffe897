package nl.veerkracht.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command on a small city; the module's own tests check the whole city. */
class DemoScenarioCommandTest {

  @TempDir
  Path dir;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void writesAValidScenarioThatTheSameSeedRepeatsByteForByte() throws Exception {
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    Path otherSeed = dir.resolve("other.json");

    assertThat(run("demo-scenario", "--seed", "7", "--scale", "0.02", "--out", first.toString())).isZero();
    assertThat(run("demo-scenario", "--seed", "7", "--scale", "0.02", "--out", second.toString())).isZero();
    assertThat(run("demo-scenario", "--seed", "8", "--scale", "0.02", "--out", otherSeed.toString())).isZero();

    Scenario city = ScenarioReader.read(first);
    assertThat(city.units()).isNotEmpty();
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.readAllBytes(otherSeed)).isNotEqualTo(Files.readAllBytes(first));
    assertThat(err.toString()).contains("demo-scenario: seed 7, scale 0.02: 71 buurten");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aScaleOutsideZeroToOneIsInvalidInput() {
    assertThat(run("demo-scenario", "--scale", "1.5")).isEqualTo(Cli.INVALID_INPUT);
    assertThat(err.toString()).contains("--scale: must be a number in (0, 1]");
  }
}
