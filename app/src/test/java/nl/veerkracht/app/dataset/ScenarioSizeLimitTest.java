package nl.veerkracht.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.veerkracht.scenario.InvalidInputException;
import org.junit.jupiter.api.Test;

class ScenarioSizeLimitTest {

  static final byte[] SMALLEST = "{\"format\": \"veerkracht-scenario/1\", \"referenceDate\": \"2026-03-01\"}"
      .getBytes(StandardCharsets.UTF_8);

  @Test
  void aScenarioWithinTheLimitIsRead() {
    assertThat(new ScenarioSizeLimit(SMALLEST.length).read(new ByteArrayInputStream(SMALLEST)).referenceDate())
        .hasToString("2026-03-01");
  }

  @Test
  void aLargerOneIsInvalidInputBeforeItIsParsed() {
    assertThatThrownBy(() -> new ScenarioSizeLimit(SMALLEST.length - 1).read(new ByteArrayInputStream(SMALLEST)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          assertThat(e.problems().get(0).path()).isEqualTo("$");
          assertThat(e.problems().get(0).message()).contains("larger than the limit of " + (SMALLEST.length - 1));
        });
  }

  @Test
  void theDefaultAdmitsTheDemoCity() {
    assertThat(ScenarioSizeLimit.DEFAULT_BYTES).isGreaterThanOrEqualTo(100L * 1024 * 1024);
  }
}
