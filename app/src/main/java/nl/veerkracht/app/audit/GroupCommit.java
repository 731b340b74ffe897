package nl.veerkracht.app.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.veerkracht.app.concurrent.Futures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of the audit trail: units of appends from callers that are not inside a
 * transaction of their own are queued and written by one thread, as many as are waiting (up to
 * {@value #MOST_UNITS}) in one transaction, in the order they came. Each caller waits until the
 * transaction holding its unit has committed, and gets its unit's result or its failure. When a
 * batch fails, its units are written again one by one, so that a unit fails only its own caller.
 * A unit may therefore run more than once; only its last run counts.
 */
final class GroupCommit implements AutoCloseable {

  static final int MOST_UNITS = 100;
  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

  /** One caller's appends: the work, and its result once committed. */
  static final class Unit<T> {
    private final Function<AuditTrail.Chain, T> work;
    private final CompletableFuture<T> done = new CompletableFuture<>();
    private T result;

    Unit(Function<AuditTrail.Chain, T> work) {
      this.work = work;
    }

    void run(AuditTrail.Chain chain) {
      result = work.apply(chain);
    }
  }

  private final Consumer<List<Unit<?>>> writeInOneTransaction;
  private final BlockingQueue<Unit<?>> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closed;

  /** {@code writeInOneTransaction} runs every unit of a batch, in order, in one transaction, and commits it. */
  GroupCommit(Consumer<List<Unit<?>>> writeInOneTransaction) {
    this.writeInOneTransaction = writeInOneTransaction;
    this.writer = new Thread(this::writeWhileOpen, "audit-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** Queues the unit and waits for its commit; its failure is thrown here as it was thrown there. */
  <T> T submit(Function<AuditTrail.Chain, T> work) {
    Unit<T> unit = new Unit<>(work);
    if (closed) {
      throw new IllegalStateException("the audit trail is closed");
    }
    queue.add(unit);
    if (closed && !writer.isAlive() && queue.remove(unit)) {
      throw new IllegalStateException("the audit trail is closed");
    }
    return Futures.joinUnwrapped(unit.done);
  }

  /** Until closed, and then until the queue is empty. */
  private void writeWhileOpen() {
    while (!closed || !queue.isEmpty()) {
      try {
        Unit<?> first = queue.poll(1, TimeUnit.SECONDS);
        if (first != null) {
          List<Unit<?>> batch = new ArrayList<>();
          batch.add(first);
          queue.drainTo(batch, MOST_UNITS - 1);
          write(batch);
        }
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | Error unexpected) {
        LOG.error("the audit writer met an unexpected failure and goes on", unexpected);
      }
    }
  }

  private void write(List<Unit<?>> batch) {
    try {
      writeInOneTransaction.accept(batch);
      batch.forEach(GroupCommit::complete);
    } catch (RuntimeException | Error failure) {
      if (batch.size() == 1) {
        batch.get(0).done.completeExceptionally(failure);
      } else {
        batch.forEach(unit -> write(List.of(unit)));
      }
    }
  }

  private static <T> void complete(Unit<T> unit) {
    unit.done.complete(unit.result);
  }

  /** Writes what is queued and stops the writer. */
  @Override
  public void close() {
    closed = true;
    try {
      writer.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
