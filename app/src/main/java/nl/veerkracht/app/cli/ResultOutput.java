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

  /** Writes a result onto a stream, which it leaves open, and tells what it wrote. */
  @FunctionalInterface
  interface Writing<T> {
    T writeTo(OutputStream out) throws IOException;
  }

  @Option(names = "--out", paramLabel = "FILE", description = "where to write the JSON result (default: standard output)")
  Path file;

  void write(Object result) {
    write(out -> {
      ScenarioJson.writePretty(result, out);
      return result;
    });
  }

  /** Writes a result piece by piece (one too large to hold), with the same guarantee for a file. */
  <T> T write(Writing<T> result) {
    if (file == null) {
      return writeTo(System.out, result);
    }
    try {
      Path absolute = file.toAbsolutePath();
      if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
        return writeTo(absolute, result);
      }
      Path temporary = Files.createTempFile(absolute.getParent(), ".veerkracht-", ".tmp");
      T written;
      try {
        written = writeTo(temporary, result);
      } catch (RuntimeException | IOException | Error e) {
        Files.deleteIfExists(temporary);
        throw e;
      }
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T writeTo(Path target, Writing<T> result) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
      return result.writeTo(out);
    }
  }

  private static <T> T writeTo(OutputStream out, Writing<T> result) {
    try {
      T written = result.writeTo(out);
      out.flush();
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
