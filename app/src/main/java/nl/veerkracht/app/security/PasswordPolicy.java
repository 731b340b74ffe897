package nl.veerkracht.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.veerkracht.scenario.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least {@code veerkracht.passwords.min-length} characters
 * (default 12), not the user's name, and not on the bundled list of common passwords
 * ({@code security/common-passwords.txt}, compared without regard to case).
 */
@Component
public class PasswordPolicy {

  private final int minLength;
  private final Set<String> common;

  public PasswordPolicy(@Value("${veerkracht.passwords.min-length:12}") int minLength) {
    this.minLength = minLength;
    this.common = commonPasswords();
  }

  public int minLength() {
    return minLength;
  }

  /** What is wrong with the password given in the field {@code path}, if anything. */
  public Optional<Problem> problem(String path, String username, String password) {
    if (password == null || password.length() < minLength) {
      return Optional.of(new Problem(path, "must have at least " + minLength + " characters", "passwordTooShort",
          List.of(Integer.toString(minLength))));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (common.contains(lower)) {
      return Optional.of(new Problem(path, "is on the list of commonly used passwords", "passwordCommon", null));
    }
    if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of(new Problem(path, "must not contain the username", "passwordContainsName", null));
    }
    return Optional.empty();
  }

  private static Set<String> commonPasswords() {
    try {
      String text = new ClassPathResource("security/common-passwords.txt").getContentAsString(StandardCharsets.UTF_8);
      return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
