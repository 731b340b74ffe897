package nl.veerkracht.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain's throughput in appends per second, measured, not asserted (docs/benchmarks.md):
 * {@code mvn -B -o -pl app test -Pbenchmark -Dtest=AuditThroughputBenchmark}. The same callers
 * append the same entries in two ways, taken in turn in the same run: each append in a
 * transaction of its own (how every append outside a transaction was made before the group
 * commit: lock the head, insert, commit, the next caller waits), and outside any transaction,
 * through the group commit. Options: {@code -Dbench.threads=1,50}, {@code -Dbench.seconds=10},
 * {@code -Dbench.contentBytes=100}. Afterwards the chain must verify.
 */
@Tag("benchmark")
class AuditThroughputBenchmark extends PostgresIntegrationTest {

  @Autowired
  AuditTrail trail;
  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void appendsPerSecond() throws Exception {
    int seconds = Integer.getInteger("bench.seconds", 10);
    String padding = "x".repeat(Integer.getInteger("bench.contentBytes", 100));
    TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "Audit chain throughput %s, %d cores, %d s per measurement, content about %d bytes%n%-10s %-28s %12s%n",
        Instant.now(), Runtime.getRuntime().availableProcessors(), seconds, padding.length(), "callers", "append",
        "appends/s"));
    for (String threads : System.getProperty("bench.threads", "1,50").split(",")) {
      int callers = Integer.parseInt(threads.trim());
      for (int turn = 0; turn < 2; turn++) {
        double before = measure(callers, seconds, content -> ownTransaction.executeWithoutResult(
            status -> trail.append(AuditKind.SENSITIVE_READ, "benchmark", "benchmark", content)), padding);
        double after = measure(callers, seconds,
            content -> trail.append(AuditKind.SENSITIVE_READ, "benchmark", "benchmark", content), padding);
        report.append(String.format(Locale.ROOT, "%-10d %-28s %12.0f%n", callers, "own transaction each", before));
        report.append(String.format(Locale.ROOT, "%-10d %-28s %12.0f%n", callers, "group commit", after));
      }
    }
    System.out.println(report);
    Files.writeString(Path.of("target", "audit-throughput.txt"), report);
    AuditTrail.Verification verification = trail.verify();
    assertThat(verification.valid()).as(verification.problem()).isTrue();
  }

  interface Append {
    void append(ObjectNode content);
  }

  private static double measure(int callers, int seconds, Append append, String padding) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch go = new CountDownLatch(1);
    AtomicLong appended = new AtomicLong();
    long[] deadline = new long[1];
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < callers; c++) {
      int caller = c;
      running.add(pool.submit(() -> {
        go.await();
        for (long n = 0; System.nanoTime() < deadline[0]; n++) {
          append.append(ScenarioJson.mapper().createObjectNode().put("caller", caller).put("n", n).put("pad", padding));
          appended.incrementAndGet();
        }
        return null;
      }));
    }
    long start = System.nanoTime();
    deadline[0] = start + seconds * 1_000_000_000L;
    go.countDown();
    for (Future<?> caller : running) {
      caller.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return appended.get() / elapsed;
  }
}
