package nl.veerkracht.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A result written piece by piece reaches a file whole or not at all. */
class ResultOutputTest {

  @TempDir
  Path dir;

  @Test
  void aResultThatFailsHalfWayLeavesTheEarlierFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("result.json");
    Files.writeString(target, "earlier result");
    ResultOutput output = new ResultOutput();
    output.file = target;
    IllegalStateException failure = new IllegalStateException("the run failed");

    assertThatThrownBy(() -> output.write(out -> {
      out.write("{\"vacancies\": [".getBytes(StandardCharsets.UTF_8));
      out.flush();
      throw failure;
    })).isSameAs(failure);

    assertThat(Files.readString(target)).isEqualTo("earlier result");
    assertThat(dir.toFile().list()).containsExactly("result.json");
  }

  @Test
  void aResultWrittenPieceByPieceReplacesTheFileAndTellsWhatWasWritten() throws IOException {
    Path target = dir.resolve("result.json");
    ResultOutput output = new ResultOutput();
    output.file = target;

    long pieces = output.write(out -> {
      for (int i = 0; i < 3; i++) {
        out.write(("piece " + i + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return 3L;
    });

    assertThat(pieces).isEqualTo(3);
    assertThat(Files.readString(target)).isEqualTo("piece 0\npiece 1\npiece 2\n");
    assertThat(dir.toFile().list()).containsExactly("result.json");
  }
}
