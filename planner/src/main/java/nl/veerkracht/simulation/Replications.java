package nl.veerkracht.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.veerkracht.simulation.SimulationResult.BuurtOutcome;
import nl.veerkracht.simulation.SimulationResult.Difference;
import nl.veerkracht.simulation.SimulationResult.VariantOutcome;

/**
 * A run repeated on several seeds (docs/simulation.md, "Replications"): every replication runs
 * every variant on its own common draws (replication r on seed + r), so within a replication
 * the variants differ by their policies alone, and across replications the draws vary. Each
 * buurt of every variant after the first gets the mean difference of its
 * {@code vulnerableLettings} against the first variant over the replications, with a 95 %
 * interval (Student's t). The replications run in parallel, one per core; the result is the
 * first replication's, with the differences added, the same whatever the order they finish in.
 */
final class Replications {

  private Replications() {
  }

  static SimulationResult run(Simulator.Runner runner, SimulationSettings settings, Simulator.Progress progress) {
    int count = settings.replications();
    Progress shared = new Progress(count, progress);
    int threads = Math.max(1, Math.min(count, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "simulation-replication");
      thread.setDaemon(true);
      thread.setPriority(Thread.currentThread().getPriority());
      return thread;
    });
    try {
      List<Future<SimulationResult>> futures = new ArrayList<>();
      for (int r = 0; r < count; r++) {
        int replication = r;
        futures.add(pool.submit(() -> runner.run(settings.seed() + replication, shared.of(replication))));
      }
      List<SimulationResult> results = new ArrayList<>();
      for (Future<SimulationResult> future : futures) {
        results.add(future.get());
      }
      return withDifferences(results, count);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The first result, each buurt of every later variant with its difference over all results. */
  static SimulationResult withDifferences(List<SimulationResult> results, int replications) {
    SimulationResult first = results.get(0);
    List<VariantOutcome> variants = new ArrayList<>();
    for (int v = 0; v < first.variants().size(); v++) {
      VariantOutcome outcome = first.variants().get(v);
      if (v == 0) {
        variants.add(outcome);
        continue;
      }
      List<BuurtOutcome> buurten = new ArrayList<>();
      for (int b = 0; b < outcome.buurten().size(); b++) {
        double[] differences = new double[results.size()];
        for (int r = 0; r < results.size(); r++) {
          differences[r] = results.get(r).variants().get(v).buurten().get(b).vulnerableLettings()
              - results.get(r).variants().get(0).buurten().get(b).vulnerableLettings();
        }
        buurten.add(outcome.buurten().get(b).withDifference(Difference.of(differences)));
      }
      variants.add(new VariantOutcome(outcome.policy(), outcome.carriedForwardYears(), outcome.totals(), buurten));
    }
    return first.withReplications(replications, variants);
  }

  /** The steps of all replications together, reported as one run's. */
  private static final class Progress {

    private final int[] done;
    private final int[] total;
    private final Simulator.Progress progress;

    Progress(int replications, Simulator.Progress progress) {
      this.done = new int[replications];
      this.total = new int[replications];
      this.progress = progress;
    }

    Simulator.Progress of(int replication) {
      return (stepsDone, stepsTotal) -> {
        synchronized (this) {
          done[replication] = stepsDone;
          total[replication] = stepsTotal;
          int allTotal = 0;
          int allDone = 0;
          for (int r = 0; r < done.length; r++) {
            allTotal += total[r] == 0 ? total[0] : total[r];
            allDone += done[r];
          }
          progress.update(allDone, allTotal);
        }
      };
    }
  }
}
