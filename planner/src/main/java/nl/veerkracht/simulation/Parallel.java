package nl.veerkracht.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Independent parts of a run (variants, replications) on a few threads of their own: the
 * results come in the order of the parts, whatever order they finish in, so a run's output does
 * not depend on how many threads it had.
 */
final class Parallel {

  private Parallel() {
  }

  /** As many threads as the machine has cores. */
  static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** {@code part(0)} to {@code part(count - 1)}, on at most {@code threads} threads (1: on this one). */
  static <T> List<T> map(int count, int threads, IntFunction<T> part) {
    List<T> results = new ArrayList<>();
    if (threads <= 1 || count <= 1) {
      for (int i = 0; i < count; i++) {
        results.add(part.apply(i));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), task -> {
      Thread thread = new Thread(task, "simulation-part");
      thread.setDaemon(true);
      thread.setPriority(Thread.currentThread().getPriority());
      return thread;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit(() -> part.apply(index)));
      }
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The steps of several parts running at once, reported as one run's. */
  static final class Steps {

    private final int[] done;
    private final int[] total;
    private final Simulator.Progress progress;

    Steps(int parts, Simulator.Progress progress) {
      this.done = new int[parts];
      this.total = new int[parts];
      this.progress = progress;
    }

    /** The progress of one part. */
    Simulator.Progress of(int part) {
      return (stepsDone, stepsTotal) -> {
        synchronized (this) {
          done[part] = stepsDone;
          total[part] = stepsTotal;
          int allTotal = 0;
          int allDone = 0;
          for (int p = 0; p < done.length; p++) {
            allTotal += total[p] == 0 ? total[0] : total[p];
            allDone += done[p];
          }
          progress.update(allDone, allTotal);
        }
      };
    }
  }
}
