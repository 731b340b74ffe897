package nl.veerkracht.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.scenario.ScenarioJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per account name: after {@code veerkracht.sign-in.max-failures} (10) within
 * {@code veerkracht.sign-in.window} (15 minutes) the account is locked for
 * {@code veerkracht.sign-in.cooling-off} (15 minutes): every attempt for it, by form or HTTP
 * Basic and with any password, is refused before the password is checked. The lock and each
 * refused attempt are audit entries of kind {@code SIGN_IN}. Names that do not exist are
 * counted the same way, so a lock says nothing about whether an account exists. Kept in
 * memory: a restart forgets the failures.
 */
@Component
public class SignInAttempts {

  /** More names than this are pruned of their expired failures (the map cannot grow without bound). */
  private static final int PRUNE_ABOVE = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Duration coolingOff;
  private final AuditTrail audit;
  private final Clock clock;
  private final Map<String, Account> accounts = new ConcurrentHashMap<>();

  public SignInAttempts(@Value("${veerkracht.sign-in.max-failures:10}") int maxFailures,
      @Value("${veerkracht.sign-in.window:15m}") Duration window,
      @Value("${veerkracht.sign-in.cooling-off:15m}") Duration coolingOff, AuditTrail audit, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.coolingOff = coolingOff;
    this.audit = audit;
    this.clock = clock;
  }

  /** How long the account stays locked, if it is; the attempt is then refused and recorded. */
  public Optional<Duration> refuse(String username) {
    Account account = accounts.get(key(username));
    if (account == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<Duration> remaining = account.lockedFor(now);
    remaining.ifPresent(left -> record(username, "refused", left));
    return remaining;
  }

  @EventListener
  public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    failed(event.getAuthentication().getName());
  }

  @EventListener
  public void onSuccess(AuthenticationSuccessEvent event) {
    accounts.remove(key(event.getAuthentication().getName()));
  }

  /** Counts a failed sign-in (a wrong password, also on the password change page). */
  public void failed(String username) {
    if (accounts.size() > PRUNE_ABOVE) {
      Instant now = clock.instant();
      accounts.values().removeIf(account -> account.idle(now));
    }
    Instant now = clock.instant();
    Account account = accounts.computeIfAbsent(key(username), name -> new Account());
    if (account.fail(now)) {
      record(username, "locked", coolingOff);
    }
  }

  private void record(String username, String event, Duration lockedFor) {
    String name = key(username);
    audit.append(AuditKind.SIGN_IN, "user " + name, name, ScenarioJson.mapper().createObjectNode()
        .put("event", event).put("user", name).put("failures", maxFailures).put("window", window.toString())
        .put("lockedUntil", clock.instant().plus(lockedFor).toString()));
  }

  private static String key(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return name.length() > 100 ? name.substring(0, 100) : name;
  }

  /** One name's recent failures and lock. */
  private final class Account {

    private final Deque<Instant> failures = new ArrayDeque<>();
    private Instant lockedUntil = Instant.MIN;

    synchronized Optional<Duration> lockedFor(Instant now) {
      return now.isBefore(lockedUntil) ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
    }

    /** Adds a failure; true when it locks the account. */
    synchronized boolean fail(Instant now) {
      while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(window))) {
        failures.removeFirst();
      }
      failures.addLast(now);
      if (failures.size() >= maxFailures && !now.isBefore(lockedUntil)) {
        lockedUntil = now.plus(coolingOff);
        failures.clear();
        return true;
      }
      return false;
    }

    synchronized boolean idle(Instant now) {
      return !now.isBefore(lockedUntil) && (failures.isEmpty() || !failures.peekLast().isAfter(now.minus(window)));
    }
  }
}
