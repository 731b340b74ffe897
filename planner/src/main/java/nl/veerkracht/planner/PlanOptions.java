package nl.veerkracht.planner;

import java.util.List;

/**
 * How to solve: a time cap in seconds; optionally a fixed number of local search steps (the
 * same input then gives the same plan); the random seed of the reproducible mode; the accepted
 * matches to keep fixed, the rejected pairs never to propose, and the proposals of an earlier
 * plan to keep where they still serve (each one that moves costs {@code keepProposals}).
 */
public record PlanOptions(int seconds, Long steps, long seed, List<Match> pinned, List<Match> forbidden,
    List<Match> previous) {

  public static final int DEFAULT_SECONDS = 30;

  public PlanOptions {
    if (seconds <= 0) {
      throw new IllegalArgumentException("seconds must be > 0");
    }
    if (steps != null && steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0");
    }
    pinned = List.copyOf(pinned);
    forbidden = List.copyOf(forbidden);
    previous = List.copyOf(previous);
  }

  public static PlanOptions defaults() {
    return new PlanOptions(DEFAULT_SECONDS, null, 0, List.of(), List.of(), List.of());
  }

  public PlanOptions withSeconds(int newSeconds) {
    return new PlanOptions(newSeconds, steps, seed, pinned, forbidden, previous);
  }

  public PlanOptions withSteps(Long newSteps) {
    return new PlanOptions(seconds, newSteps, seed, pinned, forbidden, previous);
  }

  public PlanOptions withSeed(long newSeed) {
    return new PlanOptions(seconds, steps, newSeed, pinned, forbidden, previous);
  }

  public PlanOptions withPinned(List<Match> newPinned) {
    return new PlanOptions(seconds, steps, seed, newPinned, forbidden, previous);
  }

  public PlanOptions withForbidden(List<Match> newForbidden) {
    return new PlanOptions(seconds, steps, seed, pinned, newForbidden, previous);
  }

  public PlanOptions withPrevious(List<Match> newPrevious) {
    return new PlanOptions(seconds, steps, seed, pinned, forbidden, newPrevious);
  }
}
