package nl.veerkracht.app.hardening;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A bounded load harness: {@code users} threads, each with its own {@link Http} client and
 * session, start together and repeat the same steps for {@code rounds} rounds or until
 * {@code limit} has passed, whichever comes first. Every request is timed; a request fails when
 * it throws or answers another status than its step expects.
 */
public final class LoadHarness {

  /** One request of a round: a name, what it does, and the status it must answer. */
  public record Step(String name, Function<Http, Http.Response> request, int expected) {
  }

  /** Latencies and failures of one step over the whole run. */
  public record StepResult(String name, int requests, int failures, long p50, long p95, long max,
      List<String> firstFailures) {
  }

  /** The whole run. */
  public record Result(int users, int rounds, Duration think, Duration wall, Map<String, StepResult> steps,
      double loadAverageBefore, double loadAverageAfter, Duration cpu) {

    /** CPU time of this JVM (the service and the clients together) per request. */
    public double cpuMillisPerRequest() {
      return requests() == 0 ? 0 : cpu.toNanos() / 1e6 / requests();
    }

    public int requests() {
      return steps.values().stream().mapToInt(StepResult::requests).sum();
    }

    public int failures() {
      return steps.values().stream().mapToInt(StepResult::failures).sum();
    }

    public double throughput() {
      return requests() / (wall.toMillis() / 1000.0);
    }

    public String report() {
      StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
          "%d users, %d rounds each at most, think time %d ms on average, %d requests in %.1f s: %.1f requests/s,"
              + " %d failed; load average %.1f before, %.1f after; CPU of this JVM (service and clients)"
              + " %.1f ms per request%n",
          users, rounds, think.toMillis(), requests(), wall.toMillis() / 1000.0, throughput(), failures(),
          loadAverageBefore,
          loadAverageAfter, cpuMillisPerRequest()));
      text.append(String.format(Locale.ROOT, "%-48s %8s %8s %8s %8s %8s%n", "step", "requests", "failed",
          "p50 ms", "p95 ms", "max ms"));
      for (StepResult step : steps.values()) {
        text.append(String.format(Locale.ROOT, "%-48s %8d %8d %8d %8d %8d%n", step.name(), step.requests(),
            step.failures(), step.p50(), step.p95(), step.max()));
        step.firstFailures().forEach(failure -> text.append("    ").append(failure).append('\n'));
      }
      return text.toString();
    }
  }

  private LoadHarness() {
  }

  /**
   * Runs the steps. {@code newUser} makes one user's client (logged in where the steps need a
   * session); it is called before the clock starts.
   */
  public static Result run(int users, int rounds, Duration think, Duration limit, Supplier<Http> newUser,
      List<Step> steps) throws InterruptedException {
    Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    Map<String, List<String>> failures = new ConcurrentHashMap<>();
    for (Step step : steps) {
      latencies.put(step.name(), Collections.synchronizedList(new ArrayList<>()));
      failures.put(step.name(), Collections.synchronizedList(new ArrayList<>()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(users);
    CountDownLatch ready = new CountDownLatch(users);
    CountDownLatch go = new CountDownLatch(1);
    long[] deadline = new long[1];
    List<Future<?>> running = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      running.add(pool.submit(() -> {
        Http http;
        try {
          http = newUser.get();
        } finally {
          ready.countDown();
        }
        go.await();
        Random pauses = new Random(Thread.currentThread().getId());
        for (int round = 0; round < rounds && System.nanoTime() < deadline[0]; round++) {
          for (Step step : steps) {
            thinkFor(think, pauses);
            long start = System.nanoTime();
            String failure = null;
            try {
              Http.Response response = step.request().apply(http);
              if (response.status() != step.expected()) {
                failure = response.status() + " " + abbreviate(response.body());
              }
            } catch (RuntimeException e) {
              failure = e.toString();
            }
            latencies.get(step.name()).add((System.nanoTime() - start) / 1_000_000);
            if (failure != null) {
              failures.get(step.name()).add(failure);
            }
          }
        }
        return null;
      }));
    }
    ready.await();
    double loadAverageBefore = loadAverage();
    long cpuBefore = processCpuNanos();
    long start = System.nanoTime();
    deadline[0] = start + limit.toNanos();
    go.countDown();
    pool.shutdown();
    // bounded: the rounds stop at the deadline; a request in flight ends by its own timeout
    if (!pool.awaitTermination(limit.toSeconds() + 120, TimeUnit.SECONDS)) {
      pool.shutdownNow();
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - start);
    double loadAverageAfter = loadAverage();
    Duration cpu = Duration.ofNanos(processCpuNanos() - cpuBefore);
    for (Future<?> user : running) {
      try {
        user.get(1, TimeUnit.SECONDS);
      } catch (Exception e) {
        failures.get(steps.get(0).name()).add("user failed: " + e);
      }
    }
    Map<String, StepResult> results = new LinkedHashMap<>();
    for (Step step : steps) {
      List<Long> sorted = new ArrayList<>(latencies.get(step.name()));
      Collections.sort(sorted);
      List<String> failed = failures.get(step.name());
      results.put(step.name(), new StepResult(step.name(), sorted.size(), failed.size(), percentile(sorted, 50),
          percentile(sorted, 95), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
          failed.stream().limit(3).toList()));
    }
    return new Result(users, rounds, think, wall, results, loadAverageBefore, loadAverageAfter, cpu);
  }

  /**
   * A user reads what came back before the next click: a pause drawn uniformly between half and
   * one and a half times {@code think}, so that users do not fall into step.
   */
  private static void thinkFor(Duration think, Random pauses) throws InterruptedException {
    if (!think.isZero()) {
      Thread.sleep(think.toMillis() / 2 + (long) (pauses.nextDouble() * think.toMillis()));
    }
  }

  /** CPU time this JVM has used, in nanoseconds (0 where the platform does not tell). */
  static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** The machine's load average over the last minute (other builds on a shared machine show here). */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static long percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "..." : body;
  }
}
