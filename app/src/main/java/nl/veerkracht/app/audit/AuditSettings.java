package nl.veerkracht.app.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Where the audit trail's secrets live: the HMAC key comes from configuration
 * ({@code VEERKRACHT_AUDIT_KEY}, at least 32 characters), never from the database; the
 * checkpoint file with the chain head lies outside the database too. Only the {@code demo}
 * profile may make its own key, in a file in the data folder.
 */
@Component
public class AuditSettings {

  static final int MIN_KEY_LENGTH = 32;

  private final byte[] key;
  private final Path checkpoint;

  public AuditSettings(Environment environment, @Value("${veerkracht.audit.key:}") String configuredKey,
      @Value("${veerkracht.data-dir:./data}") String dataDir,
      @Value("${veerkracht.audit.checkpoint:}") String checkpoint) {
    Path data = Path.of(dataDir).toAbsolutePath().normalize();
    this.checkpoint = checkpoint.isBlank() ? data.resolve("audit-head") : Path.of(checkpoint);
    if (configuredKey.length() >= MIN_KEY_LENGTH) {
      this.key = configuredKey.getBytes(StandardCharsets.UTF_8);
    } else if (configuredKey.isEmpty() && environment.acceptsProfiles(Profiles.of("demo"))) {
      this.key = demoKey(data.resolve("audit.key"));
    } else {
      throw new IllegalStateException("VEERKRACHT_AUDIT_KEY (veerkracht.audit.key) must be set to a secret of at least "
          + MIN_KEY_LENGTH + " characters; the audit trail cannot be kept without it");
    }
  }

  byte[] key() {
    return key.clone();
  }

  Path checkpoint() {
    return checkpoint;
  }

  private static byte[] demoKey(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Files.writeString(file, HexFormat.of().formatHex(random), StandardCharsets.US_ASCII);
      }
      return Files.readString(file, StandardCharsets.US_ASCII).trim().getBytes(StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the demo audit key in " + file, e);
    }
  }
}
