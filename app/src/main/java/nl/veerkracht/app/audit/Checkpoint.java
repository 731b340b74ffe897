package nl.veerkracht.app.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The chain's head written outside the database after every committed append, so that
 * truncating the trail (deleting its newest entries) is detected: the entry named here must
 * still be in the database with this hash.
 */
final class Checkpoint {

  record Head(long seq, String hash) {
  }

  private final Path file;

  Checkpoint(Path file) {
    this.file = file;
  }

  /** Writes the head unless the file already names a later entry. */
  synchronized void writeIfNewer(long seq, String hash) {
    if (read().map(head -> head.seq() > seq).orElse(false)) {
      return;
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".audit-head-", ".tmp");
      Files.writeString(temporary, seq + " " + hash + "\n", StandardCharsets.US_ASCII);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit checkpoint " + file, e);
    }
  }

  Optional<Head> read() {
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      String[] parts = Files.readString(file, StandardCharsets.US_ASCII).trim().split(" ");
      return Optional.of(new Head(Long.parseLong(parts[0]), parts[1]));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the audit checkpoint " + file, e);
    }
  }

  Path file() {
    return file;
  }
}
