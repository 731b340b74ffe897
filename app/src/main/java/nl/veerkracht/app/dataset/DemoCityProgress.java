package nl.veerkracht.app.dataset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether the demo city is still being stored at start, and when it should be ready: the login
 * page tells a newcomer so, instead of letting them find an empty service.
 */
@Component
public class DemoCityProgress {

  private final Clock clock;
  private volatile Instant readyAround;

  public DemoCityProgress(Clock clock) {
    this.clock = clock;
  }

  /** The demo city is being stored and should take about this long. */
  void loading(Duration expected) {
    readyAround = clock.instant().plus(expected);
  }

  void done() {
    readyAround = null;
  }

  /** While the demo city is being stored: when it should be ready (never earlier than a few seconds from now). */
  public Optional<Instant> readyAround() {
    Instant expected = readyAround;
    if (expected == null) {
      return Optional.empty();
    }
    Instant soon = clock.instant().plusSeconds(5);
    return Optional.of(expected.isAfter(soon) ? expected : soon);
  }
}
