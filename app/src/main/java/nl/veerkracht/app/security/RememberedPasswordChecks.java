package nl.veerkracht.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password check of sign-in (HTTP Basic and the login form) without a slow hash on every
 * request: a password is verified against its stored bcrypt hash once, and the success is
 * remembered for {@code verifiedFor} (5 minutes by default), so the next requests of an API
 * client with the same credentials cost a lookup instead of a bcrypt check.
 *
 * <p>What is remembered is an HMAC, under a random key of this process, of the stored hash
 * together with the submitted password; never a password. Because the stored hash is part of
 * it, a changed or temporary password (a new hash) is checked again at once and the old one
 * fails. The account itself (blocked, its roles, a password to change) is read from the
 * database on every request as before, so those changes too take effect with the next request.
 * Failures are never remembered: a wrong password is checked in full each time and counted by
 * {@link SignInAttempts}, whose lock is applied before any password is looked at.
 */
public final class RememberedPasswordChecks implements PasswordEncoder {

  private static final String HMAC = "HmacSHA256";

  private final PasswordEncoder encoder;
  private final SecretKeySpec key;
  private final Cache<String, Boolean> verified;

  public RememberedPasswordChecks(PasswordEncoder encoder, Duration verifiedFor, long maximumRemembered) {
    this.encoder = encoder;
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.key = new SecretKeySpec(random, HMAC);
    this.verified = Caffeine.newBuilder().expireAfterWrite(verifiedFor).maximumSize(maximumRemembered).build();
  }

  @Override
  public String encode(CharSequence rawPassword) {
    return encoder.encode(rawPassword);
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    if (rawPassword == null || encodedPassword == null) {
      return encoder.matches(rawPassword, encodedPassword);
    }
    String fingerprint = fingerprint(rawPassword, encodedPassword);
    if (verified.getIfPresent(fingerprint) != null) {
      return true;
    }
    boolean matches = encoder.matches(rawPassword, encodedPassword);
    if (matches) {
      verified.put(fingerprint, Boolean.TRUE);
    }
    return matches;
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return encoder.upgradeEncoding(encodedPassword);
  }

  private String fingerprint(CharSequence rawPassword, String encodedPassword) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
