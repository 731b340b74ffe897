package nl.veerkracht.app.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nl.veerkracht.scenario.ScenarioJson;
import picocli.CommandLine.Option;

/**
 * The {@code --out FILE} option: the JSON result goes there (written to a temporary file and
 * moved into place, so a failure never leaves half a result), or to standard output. A target
 * that exists and is no regular file ({@code /dev/null}, a named pipe) is written to as it is:
 * moving a file onto it would replace the device itself.
 */
class ResultOutput {

  @Option(names = "--out", paramLabel = "FILE", description = "where to write the JSON result (default: standard output)")
  Path file;

  void write(Object result) {
    if (file == null) {
      ScenarioJson.writePretty(result, System.out);
      return;
    }
    try {
      Path absolute = file.toAbsolutePath();
      if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
        writeTo(absolute, result);
        return;
      }
      Path temporary = Files.createTempFile(absolute.getParent(), ".veerkracht-", ".tmp");
      try {
        writeTo(temporary, result);
      } catch (RuntimeException | IOException e) {
        Files.deleteIfExists(temporary);
        throw e;
      }
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeTo(Path target, Object result) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
      ScenarioJson.writePretty(result, out);
    }
  }
}
