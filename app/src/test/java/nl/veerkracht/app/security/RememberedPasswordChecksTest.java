package nl.veerkracht.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberedPasswordChecksTest {

  /** A stand-in for bcrypt that counts its checks: "{plain}password" matches "password". */
  static final class CountingEncoder implements PasswordEncoder {
    final AtomicInteger checks = new AtomicInteger();

    @Override
    public String encode(CharSequence raw) {
      return "{plain}" + raw;
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      checks.incrementAndGet();
      return encoded.equals(encode(raw));
    }
  }

  final CountingEncoder slow = new CountingEncoder();
  final RememberedPasswordChecks checks = new RememberedPasswordChecks(slow, Duration.ofMinutes(5), 100);

  @Test
  void aVerifiedPasswordIsCheckedOnceForItsStoredHash() {
    assertThat(checks.matches("geheim", "{plain}geheim")).isTrue();
    assertThat(checks.matches("geheim", "{plain}geheim")).isTrue();
    assertThat(checks.matches("geheim", "{plain}geheim")).isTrue();

    assertThat(slow.checks).hasValue(1);
  }

  @Test
  void anotherStoredHashIsCheckedAgainAndTheOldPasswordFails() {
    assertThat(checks.matches("geheim", "{plain}geheim")).isTrue();

    assertThat(checks.matches("geheim", "{plain}nieuw")).isFalse();
    assertThat(slow.checks).hasValue(2);
  }

  @Test
  void aFailureIsNeverRememberedAndAnotherPasswordNeverPasses() {
    assertThat(checks.matches("geheim", "{plain}geheim")).isTrue();

    assertThat(checks.matches("geheim2", "{plain}geheim")).isFalse();
    assertThat(checks.matches("geheim2", "{plain}geheim")).isFalse();
    assertThat(slow.checks).hasValue(3);
  }

  @Test
  void nothingIsRememberedAfterItsTime() {
    RememberedPasswordChecks forgetful = new RememberedPasswordChecks(slow, Duration.ZERO, 100);

    assertThat(forgetful.matches("geheim", "{plain}geheim")).isTrue();
    assertThat(forgetful.matches("geheim", "{plain}geheim")).isTrue();
    assertThat(slow.checks).hasValue(2);
  }
}
